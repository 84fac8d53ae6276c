<?php
/**
 * The "Statement" block (rendered on the server, see render()) and the [icssi_statement] shortcode.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

function register_block(): void {
	register_block_type(
		dirname( FILE ) . '/block',
		array( 'render_callback' => static fn( array $attributes ): string => render( $attributes ) )
	);
}

function register_shortcode(): void {
	add_shortcode(
		'icssi_statement',
		static fn( $atts ): string => render( shortcode_atts( array_fill_keys( ATTRIBUTES, '' ), is_array( $atts ) ? $atts : array(), 'icssi_statement' ) )
	);
}
