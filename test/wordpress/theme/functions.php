<?php
/**
 * The test theme asks nothing of other sites: no emoji script (it names s.w.org).
 *
 * @package ICSSI\Statement
 */

remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
