<?php
/**
 * Installs WordPress into the throwaway database with wp_install() (nothing is downloaded), switches
 * to the test theme, activates the plugin, and creates the users the tests act as, each with an
 * application password. Prints what the tests need as JSON.
 *
 * Usage: php install.php ROOT HOST SOCKET
 *
 * @package ICSSI\Statement
 */

[ , $root, $host, $socket ] = $argv;
$db = new mysqli( 'localhost', 'root', '', '', 0, $socket );
$db->query( 'CREATE DATABASE IF NOT EXISTS wp CHARACTER SET utf8mb4' );
$db->close();

$_SERVER['HTTP_HOST'] = $host;
define( 'ABSPATH', "$root/wp/" );
define( 'WP_INSTALLING', true );
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$admin_password = wp_generate_password( 24, false );
$installed      = wp_install( 'ICSSI test', 'admin', 'admin@example.org', false, '', $admin_password );
if ( is_wp_error( $installed ) ) {
	fwrite( STDERR, $installed->get_error_message() );
	exit( 1 );
}
switch_theme( 'icssi-test' );
$activated = activate_plugin( 'icssi-statement/icssi-statement.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() );
	exit( 1 );
}
// Uninstalling, tried first: settings and cached feeds written as the plugin writes them, then uninstall.php.
update_option( 'icssi_statement', array( 'src' => 'https://example.org/feed.json' ) );
set_transient( ICSSI\Statement\TRANSIENT . md5( 'https://example.org/feed.json' ), array( 'statements' => array() ), 600 );
define( 'WP_UNINSTALL_PLUGIN', 'icssi-statement/icssi-statement.php' );
require WP_PLUGIN_DIR . '/icssi-statement/uninstall.php';
$left = $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name = 'icssi_statement'", '%icssi_feed_%' ) );

$statements = wp_insert_term( 'Statements', 'category', array( 'slug' => 'statements' ) );
update_option( 'icssi_statement', array( 'publish' => 'category:statements' ) );

$users = array();
foreach ( array( 'administrator', 'author' ) as $role ) {
	$id = 1;
	if ( 'administrator' !== $role ) {
		$id = wp_insert_user( array( 'user_login' => $role, 'user_pass' => wp_generate_password( 24 ), 'user_email' => "$role@example.org", 'role' => $role, 'display_name' => ucfirst( $role ) ) );
	}
	[ $password ] = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
	$users[ $role ] = array(
		'login'           => get_userdata( $id )->user_login,
		'password'        => $password,
		'unfiltered_html' => user_can( $id, 'unfiltered_html' ),
	);
}
echo wp_json_encode(
	array(
		'version'    => get_bloginfo( 'version' ),
		'home'       => home_url( '/' ),
		'users'      => $users,
		'statements' => $statements['term_id'],
		'uninstall'  => array( 'left' => (int) $left ),
		// For the block editor's test, which logs in as a person does.
		'admin'      => array( 'login' => 'admin', 'password' => $admin_password ),
	)
);
