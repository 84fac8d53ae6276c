<?php
/**
 * The editor script's dependencies: WordPress's own packages (no build step).
 *
 * @package ICSSI\Statement
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-api-fetch', 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render', 'wp-url' ),
	'version'      => '0.1.0',
);
