<?php
/**
 * The feed as the server reads it for the fallback: fetched with WordPress's HTTP API (safe URLs only, a
 * timeout, a size cap), cached in a transient, and reduced to the statements of a JSON Feed 1.1.
 * Other formats are left to the widget in the reader's browser.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

/** The widget's own default cap (`max-bytes`). */
const MAX_BYTES       = 5000000;
const TIMEOUT         = 10;
const CACHE_SECONDS   = 600;
const FAILURE_SECONDS = 60;
const TRANSIENT       = 'icssi_feed_';

/**
 * The statements of a feed, from the first of its addresses that serves one.
 *
 * @param string $src     Feed URL.
 * @param string $mirrors Space-separated mirror URLs, tried in order when `src` fails.
 * @param string $keys    Space-separated public keys: when given, only statements signed by one of them are kept.
 * @return array|\WP_Error List of statements (see statements()), or the last failure.
 */
function load_feed( string $src, string $mirrors = '', string $keys = '' ): array|\WP_Error {
	$error = new \WP_Error( 'unreachable', __( 'No feed address.', 'icssi-statement' ) );
	foreach ( array_filter( array_merge( array( $src ), explode( ' ', $mirrors ) ) ) as $url ) {
		$cache_key = TRANSIENT . md5( $url . "\n" . $keys );
		$cached    = get_transient( $cache_key );
		if ( is_array( $cached ) ) {
			$result = isset( $cached['error'] ) ? new \WP_Error( $cached['error'], $cached['message'] ) : $cached['statements'];
		} else {
			$result = fetch_statements( $url, $keys );
			set_transient(
				$cache_key,
				is_wp_error( $result ) ? array( 'error' => $result->get_error_code(), 'message' => $result->get_error_message() ) : array( 'statements' => $result ),
				is_wp_error( $result ) ? FAILURE_SECONDS : CACHE_SECONDS
			);
		}
		if ( ! is_wp_error( $result ) ) {
			return $result;
		}
		$error = $result;
	}
	return $error;
}

/** One address, fetched and read. */
function fetch_statements( string $url, string $keys ): array|\WP_Error {
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => TIMEOUT,
			'redirection'         => 3,
			'limit_response_size' => MAX_BYTES + 1,
			'headers'             => array( 'Accept' => 'application/feed+json, application/json;q=0.9' ),
		)
	);
	if ( is_wp_error( $response ) ) {
		return new \WP_Error( 'unreachable', __( 'The feed could not be reached.', 'icssi-statement' ) );
	}
	$status = (int) wp_remote_retrieve_response_code( $response );
	if ( 200 !== $status ) {
		/* translators: %d: HTTP status code */
		return new \WP_Error( 'http', sprintf( __( 'The feed address answered with HTTP status %d.', 'icssi-statement' ), $status ) );
	}
	$body = wp_remote_retrieve_body( $response );
	if ( strlen( $body ) > MAX_BYTES ) {
		/* translators: %s: size in megabytes */
		return new \WP_Error( 'too-large', sprintf( __( 'The feed is larger than %s MB.', 'icssi-statement' ), number_format_i18n( MAX_BYTES / 1e6 ) ) );
	}
	$feed = json_decode( $body, false, 64 );
	if ( ! $feed instanceof \stdClass || ! is_array( $feed->items ?? null ) || ! str_starts_with( (string) ( $feed->version ?? '' ), 'https://jsonfeed.org/version/' ) ) {
		return new \WP_Error( 'not-a-feed', __( 'This address does not serve a JSON Feed of statements.', 'icssi-statement' ) );
	}
	$statements = statements( $feed, $url, $keys );
	if ( ! $statements ) {
		return new \WP_Error(
			'empty',
			'' === $keys ? __( 'The feed holds no statements.', 'icssi-statement' ) : __( 'The feed holds no statement signed with the key given.', 'icssi-statement' )
		);
	}
	return $statements;
}

/**
 * The feed's items as statements: `{ id, date, versions: [{ lang, title, html, url }] }`, the original first.
 */
function statements( \stdClass $feed, string $url, string $keys ): array {
	$feed_lang  = is_string( $feed->language ?? null ) ? $feed->language : '';
	$statements = array();
	foreach ( $feed->items as $item ) {
		$id = $item->id ?? null;
		if ( ! $item instanceof \stdClass || ! ( is_string( $id ) && '' !== trim( $id ) || is_int( $id ) ) ) {
			continue;
		}
		if ( '' !== $keys && ! verify_item( $item, $keys ) ) {
			continue;
		}
		$versions = array( version( $item, is_string( $item->language ?? null ) ? $item->language : $feed_lang, $url ) );
		foreach ( is_array( $item->_icssi->translations ?? null ) ? $item->_icssi->translations : array() as $translation ) {
			if ( $translation instanceof \stdClass && is_string( $translation->language ?? null ) ) {
				$versions[] = version( $translation, $translation->language, $url );
			}
		}
		$date         = is_string( $item->date_published ?? null ) ? strtotime( $item->date_published ) : false;
		$statements[] = array(
			'id'       => (string) $id,
			'date'     => false === $date ? null : $date,
			'versions' => $versions,
		);
	}
	return $statements;
}

/** One language version: plain-text title, the body as HTML (text split into paragraphs), a safe link. */
function version( \stdClass $v, string $lang, string $base ): array {
	$html = is_string( $v->content_html ?? null ) ? $v->content_html : '';
	if ( '' === $html && is_string( $v->content_text ?? null ) ) {
		$html = implode( '', array_map( static fn( $p ) => '<p>' . esc_html( trim( $p ) ) . '</p>', array_filter( preg_split( '/\n\s*\n/', $v->content_text ), 'trim' ) ) );
	}
	$url = is_string( $v->url ?? null ) ? \WP_Http::make_absolute_url( $v->url, $base ) : '';
	return array(
		'lang'  => preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $lang ) ? $lang : '',
		'title' => is_string( $v->title ?? null ) ? $v->title : '',
		'html'  => $html,
		'url'   => esc_url_raw( $url, array( 'http', 'https' ) ),
	);
}

/** The statement to show: the one with this id, else the newest by date (first in the feed on a tie). */
function choose_statement( array $statements, string $id ): ?array {
	if ( '' !== $id ) {
		foreach ( $statements as $s ) {
			if ( $s['id'] === $id ) {
				return $s;
			}
		}
		return null;
	}
	$newest = null;
	foreach ( $statements as $s ) {
		if ( null === $newest || ( $s['date'] ?? PHP_INT_MIN ) > ( $newest['date'] ?? PHP_INT_MIN ) ) {
			$newest = $s;
		}
	}
	return $newest;
}

/** The version in this language (exactly, else by its primary subtag), else the original. */
function choose_version( array $statement, string $lang ): array {
	$lang = strtolower( $lang );
	foreach ( array( $lang, strtok( $lang, '-' ) ) as $wanted ) {
		foreach ( $statement['versions'] as $v ) {
			if ( '' !== $wanted && ( strtolower( $v['lang'] ) === $wanted || strtok( strtolower( $v['lang'] ), '-' ) === $wanted ) ) {
				return $v;
			}
		}
	}
	return $statement['versions'][0];
}

/**
 * `rtl` or `ltr`: from the language (its script subtag, else the languages written right to left), and
 * for a version with no language, from the first letter of its text, as the widget decides.
 */
function direction( string $lang, string $text = '' ): string {
	$lang = strtolower( $lang );
	if ( preg_match( '/-(arab|hebr|syrc|thaa|nkoo|adlm|rohg|mand|samr|mend)(-|$)/', $lang ) ) {
		return 'rtl';
	}
	if ( '' !== $lang ) {
		return preg_match( '/-[a-z]{4}(-|$)/', $lang ) || ! in_array( strtok( $lang, '-' ), array( 'ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'syr', 'arc', 'nqo' ), true ) ? 'ltr' : 'rtl';
	}
	return preg_match( '/^[^\p{L}]*[\p{Arabic}\p{Hebrew}\p{Syriac}\p{Thaana}\p{Nko}]/u', wp_strip_all_tags( $text ) ) ? 'rtl' : 'ltr';
}
