<?php
/**
 * The only template: the queried post (or posts) through the_content, as every theme does.
 *
 * @package ICSSI\Statement
 */

?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<?php wp_head(); ?>
</head>
<body>
<main>
<?php
while ( have_posts() ) {
	the_post();
	echo '<article class="post"><h1>' . esc_html( get_the_title() ) . '</h1><div class="entry-content">';
	the_content();
	echo '</div></article>';
}
?>
</main>
<?php wp_footer(); ?>
</body>
</html>
