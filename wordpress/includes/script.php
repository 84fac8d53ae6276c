<?php
/**
 * The widget script, shipped in assets/ (a copy of the package's dist/icssi-statement.js made by
 * `npm run wordpress:zip`), loaded from this site only, once per page, only where a statement is shown,
 * with its Subresource Integrity hash.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

const SCRIPT = 'icssi-statement';

function register_script(): void {
	wp_register_script( SCRIPT, plugins_url( 'assets/icssi-statement.js', FILE ), array(), VERSION, true );
}

/** The `sha384-…` value written beside the script by the build, or '' when the file is missing. */
function integrity(): string {
	$file = dirname( FILE ) . '/assets/icssi-statement.js.sri';
	$sri  = is_readable( $file ) ? trim( (string) file_get_contents( $file ) ) : '';
	return preg_match( '#^sha384-[A-Za-z0-9+/]{64}$#', $sri ) ? $sri : '';
}

/**
 * Adds `integrity` and `crossorigin` to the widget's script tag (WordPress 6.1 has no API for them).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function add_integrity( string $tag, string $handle ): string {
	$sri = integrity();
	if ( SCRIPT !== $handle || '' === $sri ) {
		return $tag;
	}
	return preg_replace( '/<script\b/', '<script integrity="' . esc_attr( $sri ) . '" crossorigin="anonymous" defer', $tag, 1 );
}
