<?php
/**
 * Router for `php -S` serving the test WordPress under /wp/: static files as they are, PHP files run
 * with ABSPATH set to the test's own WordPress folder (Debian's files linked in, with a wp-config.php of
 * its own), so Debian's /etc/wordpress layout is never touched.
 *
 * @package ICSSI\Statement
 */

$icssi_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$icssi_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_contains( $icssi_path, '..' ) || ! str_starts_with( $icssi_path . '/', '/wp/' ) ) {
	http_response_code( 404 );
	return true;
}
$icssi_file = $icssi_root . $icssi_path;
if ( is_dir( $icssi_file ) ) {
	$icssi_file = rtrim( $icssi_file, '/' ) . '/index.php';
}
if ( ! str_ends_with( $icssi_file, '.php' ) ) {
	return is_file( $icssi_file ) ? false : ( http_response_code( 404 ) || true );
}
if ( ! is_file( $icssi_file ) ) {
	$icssi_file = "$icssi_root/wp/index.php";
}
define( 'ABSPATH', "$icssi_root/wp/" );
$_SERVER['SCRIPT_FILENAME'] = $icssi_file;
$_SERVER['SCRIPT_NAME']     = substr( $icssi_file, strlen( $icssi_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $icssi_file ) );
require $icssi_file;
