<?php
/**
 * Plugin Name:       ICSSI Statement
 * Description:       Shows civil-society statements from a feed in each reader's language and direction (block "Statement" and shortcode [icssi_statement]), and publishes this site's statements as a signed JSON Feed.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * Text Domain:       icssi-statement
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

const VERSION = '0.1.0';
const FILE    = __FILE__;

require __DIR__ . '/includes/attributes.php';
require __DIR__ . '/includes/jcs.php';
require __DIR__ . '/includes/signature.php';
require __DIR__ . '/includes/feed.php';
require __DIR__ . '/includes/render.php';
require __DIR__ . '/includes/script.php';
require __DIR__ . '/includes/block.php';
require __DIR__ . '/includes/settings.php';
require __DIR__ . '/includes/rest.php';
require __DIR__ . '/includes/publish.php';

add_action( 'init', __NAMESPACE__ . '\\register_script' );
add_action( 'init', __NAMESPACE__ . '\\register_block' );
add_action( 'init', __NAMESPACE__ . '\\register_shortcode' );
add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );
add_action( 'rest_api_init', __NAMESPACE__ . '\\register_routes' );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\add_integrity', 10, 2 );
add_filter( 'rest_pre_serve_request', __NAMESPACE__ . '\\serve_feed', 20, 4 );
