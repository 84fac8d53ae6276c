<?php
/**
 * The element as the page carries it: `<icssi-statement>` with the validated attributes and, inside it,
 * the chosen version's title, date and text (through wp_kses_post, with its lang and dir), so readers
 * without scripts and search engines read the statement and it shows before any script runs.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

/**
 * The HTML of one statement; '' when there is no valid feed address. Enqueues the widget script.
 *
 * @param array $raw Shortcode or block attributes.
 */
function render( array $raw ): string {
	$atts   = attributes( $raw );
	$editor = is_editor_preview();
	if ( '' === $atts['src'] ) {
		return $editor ? notice( __( 'Statement: give the address of a feed (http:// or https://), or a default feed in Settings → ICSSI Statement.', 'icssi-statement' ) ) : '';
	}
	wp_enqueue_script( SCRIPT );
	$open = '<icssi-statement';
	foreach ( ATTRIBUTES as $name ) {
		if ( '' !== $atts[ $name ] ) {
			$open .= ' ' . $name . '="' . ( 'src' === $name ? esc_url( $atts[ $name ] ) : esc_attr( $atts[ $name ] ) ) . '"';
		}
	}
	$statements = load_feed( $atts['src'], $atts['mirrors'], $atts['key'] );
	$statement  = is_wp_error( $statements ) ? null : choose_statement( $statements, $atts['statement'] );
	$notice     = '';
	if ( is_wp_error( $statements ) ) {
		/* translators: %s: why the feed could not be read */
		$notice = sprintf( __( 'Statement: the feed could not be read on the server: %s Readers see no statement text until it can.', 'icssi-statement' ), $statements->get_error_message() );
	} elseif ( null === $statement ) {
		$notice = __( 'Statement: the feed holds no statement with this id.', 'icssi-statement' );
	}
	$fallback = null === $statement ? '' : fallback( $statement, $atts['lang'] );
	return ( $editor && $notice ? notice( $notice ) : '' ) . $open . '>' . $fallback . '</icssi-statement>';
}

/** The version the element would show for this language (the original when none is set). */
function fallback( array $statement, string $lang ): string {
	$v    = choose_version( $statement, $lang );
	$html = '<article' . ( $v['lang'] ? ' lang="' . esc_attr( $v['lang'] ) . '"' : '' ) . ' dir="' . direction( $v['lang'], $v['title'] . $v['html'] ) . '">';
	$html .= '<h2>' . esc_html( $v['title'] ) . '</h2>';
	if ( null !== $statement['date'] ) {
		$html .= '<p>' . esc_html( gmdate( 'Y-m-d', $statement['date'] ) ) . '</p>';
	}
	$html .= $v['html'];
	if ( $v['url'] ) {
		// The link speaks the site's language, which may not be the statement's.
		$site  = get_bloginfo( 'language' );
		$html .= '<p lang="' . esc_attr( $site ) . '" dir="' . ( is_rtl() ? 'rtl' : 'ltr' ) . '"><a href="' . esc_url( $v['url'] ) . '">' . esc_html__( 'Read the full statement', 'icssi-statement' ) . '</a></p>';
	}
	return wp_kses_post( $html . '</article>' );
}

/** Whether this is the block editor asking for its preview (ServerSideRender), where editors see notices. */
function is_editor_preview(): bool {
	return defined( 'REST_REQUEST' ) && REST_REQUEST && current_user_can( 'edit_posts' );
}

function notice( string $text ): string {
	return '<p class="icssi-statement-notice" role="alert" style="border-inline-start:4px solid #d63638;padding:.5em 1em;background:#fcf0f1">' . esc_html( $text ) . '</p>';
}
