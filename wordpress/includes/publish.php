<?php
/**
 * For publishers: the posts of the chosen category or tag as the canonical statement feed (JSON Feed 1.1
 * with `_icssi`; Polylang's translations of a post become its translations), each item signed when
 * ICSSI_STATEMENT_SIGNING_KEY is defined, served to any site (CORS) with cache headers.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

const FEED_ROUTE = '/icssi/v1/feed';
const FEED_ITEMS = 50;

function feed_response(): \WP_REST_Response|\WP_Error {
	$publish = settings()['publish'];
	if ( '' === $publish ) {
		return new \WP_Error( 'no-feed', __( 'This site publishes no statements feed.', 'icssi-statement' ), array( 'status' => 404 ) );
	}
	[ $taxonomy, $slug ] = explode( ':', $publish, 2 );
	$posts               = get_posts(
		array(
			'post_type'        => 'post',
			'post_status'      => 'publish',
			'numberposts'      => FEED_ITEMS,
			'orderby'          => 'date',
			'order'            => 'DESC',
			'tax_query'        => array( array( 'taxonomy' => $taxonomy, 'field' => 'slug', 'terms' => $slug ) ), // phpcs:ignore WordPress.DB.SlowDBQuery
			'lang'             => '', // Polylang: every language.
			'suppress_filters' => false,
		)
	);
	$seed  = signing_seed();
	$items = array();
	foreach ( translation_groups( $posts ) as $group ) {
		$item = feed_item( $group );
		$items[] = '' === $seed ? $item : sign_item( $item, $seed );
	}
	return new \WP_REST_Response(
		(object) array(
			'version'       => 'https://jsonfeed.org/version/1.1',
			'title'         => plain( get_bloginfo( 'name' ) ),
			'home_page_url' => home_url( '/' ),
			'feed_url'      => rest_url( ltrim( FEED_ROUTE, '/' ) ),
			'language'      => site_language(),
			'items'         => $items,
		)
	);
}

/**
 * Posts grouped with their Polylang translations (those in the same feed), the original first: the
 * earliest published, as the widget decides for formats that do not say.
 *
 * @param \WP_Post[] $posts Newest first.
 * @return \WP_Post[][]
 */
function translation_groups( array $posts ): array {
	$by_id = array();
	foreach ( $posts as $post ) {
		$by_id[ $post->ID ] = $post;
	}
	$groups = array();
	$placed = array();
	foreach ( $posts as $post ) {
		if ( isset( $placed[ $post->ID ] ) ) {
			continue;
		}
		$ids   = function_exists( 'pll_get_post_translations' ) ? array_values( pll_get_post_translations( $post->ID ) ) : array( $post->ID );
		$group = array_values( array_filter( array_map( static fn( $id ) => $by_id[ $id ] ?? null, array_unique( array_merge( array( $post->ID ), $ids ) ) ) ) );
		usort( $group, static fn( $a, $b ) => strcmp( $a->post_date_gmt, $b->post_date_gmt ) ?: $a->ID <=> $b->ID );
		foreach ( $group as $member ) {
			$placed[ $member->ID ] = true;
		}
		$groups[] = $group;
	}
	return $groups;
}

/** One item: the original post, with the others of its group as `_icssi.translations`. */
function feed_item( array $group ): \stdClass {
	$original = array_shift( $group );
	$item     = (object) array_merge(
		array( 'id' => get_the_guid( $original ) ),
		version_fields( $original ),
		array(
			'date_published' => get_post_time( 'c', true, $original ),
			'date_modified'  => get_post_modified_time( 'c', true, $original ),
			'authors'        => array(
				(object) array(
					'name' => plain( get_the_author_meta( 'display_name', (int) $original->post_author ) ),
					'url'  => get_author_posts_url( (int) $original->post_author ),
				),
			),
			'tags'           => array_map( static fn( $t ) => plain( $t->name ), wp_get_post_tags( $original->ID ) ),
		)
	);
	$item->_icssi = (object) array();
	if ( $group ) {
		$item->_icssi->translations = array_map( static fn( $post ) => (object) version_fields( $post ), $group );
	}
	return $item;
}

/** What each language version carries: language, title, body, summary, link. */
function version_fields( \WP_Post $post ): array {
	$previous        = $GLOBALS['post'] ?? null;
	$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	setup_postdata( $post );
	$fields = array(
		'language'     => post_language( $post ),
		'title'        => plain( get_the_title( $post ) ),
		'content_html' => apply_filters( 'the_content', $post->post_content ),
		'summary'      => plain( get_the_excerpt( $post ) ),
		'url'          => get_permalink( $post ),
	);
	$GLOBALS['post'] = $previous; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	wp_reset_postdata();
	return $fields;
}

function post_language( \WP_Post $post ): string {
	$locale = function_exists( 'pll_get_post_language' ) ? (string) pll_get_post_language( $post->ID, 'locale' ) : '';
	return '' === $locale ? site_language() : str_replace( '_', '-', $locale );
}

function site_language(): string {
	return get_bloginfo( 'language' );
}

/** WordPress's HTML-escaped text as plain text. */
function plain( string $html ): string {
	return html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' );
}

/**
 * Serves the feed route itself: the exact JSON bytes (Arabic as itself), `application/feed+json`,
 * readable by every site (no credentials), cacheable, with an ETag.
 *
 * @param bool              $served  Whether the request was already served.
 * @param \WP_HTTP_Response $result  The route's response.
 * @param \WP_REST_Request  $request The request.
 */
function serve_feed( $served, $result, $request ): bool {
	if ( $served || FEED_ROUTE !== $request->get_route() || ! $result instanceof \WP_HTTP_Response || 200 !== $result->get_status() ) {
		return (bool) $served;
	}
	$body = wp_json_encode( $result->get_data(), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	$etag = '"' . md5( $body ) . '"';
	header_remove( 'Access-Control-Allow-Credentials' );
	header( 'Access-Control-Allow-Origin: *' );
	header( 'Content-Type: application/feed+json; charset=utf-8' );
	header( 'Cache-Control: public, max-age=300' );
	header( 'ETag: ' . $etag );
	header( 'X-Content-Type-Options: nosniff' );
	if ( trim( (string) ( $_SERVER['HTTP_IF_NONE_MATCH'] ?? '' ) ) === $etag ) {
		status_header( 304 );
		return true;
	}
	echo $body; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON, served as application/feed+json.
	return true;
}
