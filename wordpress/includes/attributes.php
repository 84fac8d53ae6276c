<?php
/**
 * The element's attributes from a shortcode or a block, validated as the element reads them: a value
 * the element would ignore is dropped here, so the page never carries it.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

const LAYOUTS = array( 'full', 'card', 'list' );
const THEMES  = array( 'light', 'dark', 'auto' );

/** The attribute names, in the order the element is written with. */
const ATTRIBUTES = array( 'src', 'statement', 'lang', 'layout', 'theme', 'key', 'mirrors' );

/**
 * Validated attributes; the settings' default feed (with its key and mirrors) when no feed is named.
 *
 * @param array $raw Attributes as given (strings or missing).
 * @return array<string,string> Every name of ATTRIBUTES, '' when absent or invalid.
 */
function attributes( array $raw ): array {
	$value    = static fn( string $name ): string => is_scalar( $raw[ $name ] ?? null ) ? trim( (string) $raw[ $name ] ) : '';
	$settings = settings();
	$src      = feed_url( $value( 'src' ) );
	$default  = '' === $value( 'src' );
	if ( $default ) {
		$src = feed_url( $settings['src'] );
	}
	$lang = $value( 'lang' );
	return array(
		'src'       => $src,
		'statement' => 'list' === $value( 'layout' ) ? '' : substr( $value( 'statement' ), 0, 2000 ),
		'lang'      => preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $lang ) ? $lang : '',
		'layout'    => in_array( $value( 'layout' ), LAYOUTS, true ) ? $value( 'layout' ) : '',
		'theme'     => in_array( $value( 'theme' ), THEMES, true ) ? $value( 'theme' ) : '',
		'key'       => keys( '' === $value( 'key' ) && $default ? $settings['key'] : $value( 'key' ) ),
		'mirrors'   => mirrors( '' === $value( 'mirrors' ) && $default ? $settings['mirrors'] : $value( 'mirrors' ) ),
	);
}

/** An absolute http(s) URL, or ''. */
function feed_url( string $url ): string {
	$url = trim( $url );
	return preg_match( '#^https?://#i', $url ) && filter_var( $url, FILTER_VALIDATE_URL ) ? esc_url_raw( $url, array( 'http', 'https' ) ) : '';
}

/** The space-separated public keys that are 32-byte base64url values; the others are dropped. */
function keys( string $list ): string {
	$keys = array_filter( preg_split( '/\s+/', trim( $list ) ), static fn( $k ) => (bool) preg_match( '/^[A-Za-z0-9_-]{43}$/', $k ) );
	return implode( ' ', array_unique( $keys ) );
}

/** The space-separated mirror feed addresses that are http(s) URLs. */
function mirrors( string $list ): string {
	$urls = array_filter( array_map( __NAMESPACE__ . '\\feed_url', preg_split( '/\s+/', trim( $list ) ) ) );
	return implode( ' ', array_unique( $urls ) );
}
