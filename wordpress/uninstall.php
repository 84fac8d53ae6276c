<?php
/**
 * Removes what the plugin stored: its settings and every cached feed.
 *
 * @package ICSSI\Statement
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
delete_option( 'icssi_statement' );
$like = $wpdb->esc_like( '_transient_icssi_feed_' ) . '%';
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $like, $wpdb->esc_like( '_transient_timeout_icssi_feed_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
wp_cache_flush();
