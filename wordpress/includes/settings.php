<?php
/**
 * Settings → ICSSI Statement: the default feed (with its key and mirrors) and, for publishers, which
 * category or tag the site's own feed serves. The signing key lives in wp-config.php, never in the database.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

const OPTION = 'icssi_statement';

/** @return array{src:string,key:string,mirrors:string,publish:string} */
function settings(): array {
	$saved = get_option( OPTION, array() );
	return array_merge( array( 'src' => '', 'key' => '', 'mirrors' => '', 'publish' => '' ), is_array( $saved ) ? $saved : array() );
}

function sanitize_settings( $input ): array {
	$input = is_array( $input ) ? $input : array();
	$text  = static fn( string $name ): string => is_string( $input[ $name ] ?? null ) ? trim( wp_unslash( $input[ $name ] ) ) : '';
	$term  = $text( 'publish' );
	return array(
		'src'     => feed_url( $text( 'src' ) ),
		'key'     => keys( $text( 'key' ) ),
		'mirrors' => mirrors( $text( 'mirrors' ) ),
		// "category:slug" or "post_tag:slug".
		'publish' => preg_match( '/^(category|post_tag):[a-z0-9_-]+$/', $term ) ? $term : '',
	);
}

function register_settings(): void {
	register_setting( 'icssi_statement', OPTION, array( 'type' => 'object', 'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings', 'default' => array() ) );
	add_settings_section( 'icssi_statement_show', __( 'Statements shown on this site', 'icssi-statement' ), '__return_null', 'icssi_statement' );
	add_settings_section( 'icssi_statement_publish', __( 'Statements published by this site', 'icssi-statement' ), __NAMESPACE__ . '\\publish_section', 'icssi_statement' );
	$fields = array(
		'src'     => array( __( 'Default feed', 'icssi-statement' ), 'icssi_statement_show', __( 'Used by blocks and shortcodes that name no feed.', 'icssi-statement' ) ),
		'key'     => array( __( 'Publisher’s public key', 'icssi-statement' ), 'icssi_statement_show', __( 'With a key, only statements signed by it are shown (space-separated for more than one).', 'icssi-statement' ) ),
		'mirrors' => array( __( 'Mirrors', 'icssi-statement' ), 'icssi_statement_show', __( 'More addresses of the default feed, space-separated, tried in order when it fails.', 'icssi-statement' ) ),
		'publish' => array( __( 'Publish as a feed', 'icssi-statement' ), 'icssi_statement_publish', '' ),
	);
	foreach ( $fields as $name => [ $label, $section, $help ] ) {
		add_settings_field(
			$name,
			$label,
			__NAMESPACE__ . '\\field',
			'icssi_statement',
			$section,
			array( 'name' => $name, 'help' => $help, 'label_for' => 'icssi-statement-' . $name )
		);
	}
}

function field( array $args ): void {
	$name  = $args['name'];
	$value = settings()[ $name ];
	$id    = 'icssi-statement-' . $name;
	if ( 'publish' === $name ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( OPTION . '[publish]' ) . '"><option value="">' . esc_html__( 'Nothing (no feed)', 'icssi-statement' ) . '</option>';
		foreach ( array( 'category', 'post_tag' ) as $taxonomy ) {
			foreach ( get_terms( array( 'taxonomy' => $taxonomy, 'hide_empty' => false ) ) as $term ) {
				$option = $taxonomy . ':' . $term->slug;
				/* translators: 1: taxonomy name (Category, Tag), 2: term name */
				$label = sprintf( __( '%1$s: %2$s', 'icssi-statement' ), get_taxonomy( $taxonomy )->labels->singular_name, $term->name );
				echo '<option value="' . esc_attr( $option ) . '"' . selected( $value, $option, false ) . '>' . esc_html( $label ) . '</option>';
			}
		}
		echo '</select>';
		return;
	}
	echo '<input type="' . ( 'src' === $name ? 'url' : 'text' ) . '" class="large-text code" dir="ltr" id="' . esc_attr( $id ) . '" name="' . esc_attr( OPTION . '[' . $name . ']' ) . '" value="' . esc_attr( $value ) . '">';
	echo '<p class="description">' . esc_html( $args['help'] ) . '</p>';
}

function publish_section(): void {
	echo '<p>' . esc_html__( 'The posts of the chosen category or tag are served as a JSON Feed 1.1 (with Polylang’s translations, when it is active) at:', 'icssi-statement' ) . ' <code>' . esc_html( rest_url( 'icssi/v1/feed' ) ) . '</code></p>';
	$public = signing_public_key();
	echo '<p>' . ( '' === $public
		? esc_html__( 'Unsigned. To sign every statement, define ICSSI_STATEMENT_SIGNING_KEY in wp-config.php as a base64url Ed25519 seed (32 random bytes; see the README’s WordPress section).', 'icssi-statement' )
		/* translators: %s: the public key */
		: sprintf( esc_html__( 'Signed. Partners verify with key="%s".', 'icssi-statement' ), '<code>' . esc_html( $public ) . '</code>' ) ) . '</p>';
}

function add_settings_page(): void {
	add_options_page( __( 'ICSSI Statement', 'icssi-statement' ), __( 'ICSSI Statement', 'icssi-statement' ), 'manage_options', 'icssi-statement', __NAMESPACE__ . '\\settings_page' );
}

function settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'icssi_statement' );
	do_settings_sections( 'icssi_statement' );
	submit_button();
	echo '</form></div>';
}
