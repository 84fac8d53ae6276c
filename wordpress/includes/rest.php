<?php
/**
 * REST routes: `icssi/v1/inspect` tells the block editor what a feed holds (or why it cannot be read);
 * `icssi/v1/feed` is the site's own statements feed (publish.php).
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

function register_routes(): void {
	register_rest_route(
		'icssi/v1',
		'/inspect',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\\inspect',
			// The server fetches the address: only people who may write posts can ask it to.
			'permission_callback' => static fn(): bool => current_user_can( 'edit_posts' ),
			'args'                => array(
				'src'     => array( 'type' => 'string', 'required' => true ),
				'mirrors' => array( 'type' => 'string', 'default' => '' ),
				'key'     => array( 'type' => 'string', 'default' => '' ),
			),
		)
	);
	register_rest_route(
		'icssi/v1',
		'/feed',
		array(
			'methods'             => 'GET',
			'callback'            => __NAMESPACE__ . '\\feed_response',
			'permission_callback' => '__return_true',
		)
	);
}

/** `{ statements: [{ id, title, date, languages }] }`, or a WP_Error the editor shows as a notice. */
function inspect( \WP_REST_Request $request ): array|\WP_Error {
	$atts = attributes( array( 'src' => $request['src'], 'mirrors' => $request['mirrors'], 'key' => $request['key'] ) );
	if ( '' === $atts['src'] ) {
		return new \WP_Error( 'bad-address', __( 'A feed address starts with https:// or http://.', 'icssi-statement' ), array( 'status' => 400 ) );
	}
	$statements = load_feed( $atts['src'], $atts['mirrors'], $atts['key'] );
	if ( is_wp_error( $statements ) ) {
		$statements->add_data( array( 'status' => 422 ) );
		return $statements;
	}
	usort( $statements, static fn( $a, $b ) => ( $b['date'] ?? PHP_INT_MIN ) <=> ( $a['date'] ?? PHP_INT_MIN ) );
	return array(
		'statements' => array_map(
			static fn( array $s ): array => array(
				'id'        => $s['id'],
				'title'     => $s['versions'][0]['title'],
				'date'      => null === $s['date'] ? null : gmdate( 'Y-m-d', $s['date'] ),
				'languages' => array_values( array_filter( array_column( $s['versions'], 'lang' ) ) ),
			),
			$statements
		),
	);
}
