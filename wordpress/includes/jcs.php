<?php
/**
 * RFC 8785, the JSON Canonicalization Scheme, for values decoded by json_decode() without `$associative`
 * (objects are stdClass, so `{}` and `[]` stay apart).
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

/**
 * The canonical JSON text of a value, as UTF-8.
 *
 * @param mixed $value A decoded JSON value.
 * @throws \InvalidArgumentException On a value JSON cannot hold (NaN, a resource, invalid UTF-8).
 */
function canonical_json( mixed $value ): string {
	if ( $value instanceof \stdClass ) {
		$members = get_object_vars( $value );
		$names   = array_map( 'strval', array_keys( $members ) );
		// Names are compared as UTF-16 code units: CESU-8 bytes sort in that order.
		usort( $names, static fn( string $a, string $b ): int => strcmp( utf16_order( $a ), utf16_order( $b ) ) );
		$out = array();
		foreach ( $names as $name ) {
			$out[] = canonical_string( $name ) . ':' . canonical_json( $members[ $name ] );
		}
		return '{' . implode( ',', $out ) . '}';
	}
	if ( is_array( $value ) ) {
		return '[' . implode( ',', array_map( __NAMESPACE__ . '\\canonical_json', array_values( $value ) ) ) . ']';
	}
	if ( is_string( $value ) ) {
		return canonical_string( $value );
	}
	if ( is_int( $value ) ) {
		return (string) $value;
	}
	if ( is_float( $value ) ) {
		return canonical_number( $value );
	}
	if ( is_bool( $value ) ) {
		return $value ? 'true' : 'false';
	}
	if ( null === $value ) {
		return 'null';
	}
	throw new \InvalidArgumentException( 'Not a JSON value.' );
}

/**
 * A number as ECMAScript's Number::toString writes it, from PHP's shortest round-trip digits.
 *
 * @throws \InvalidArgumentException On NaN or an infinity.
 */
function canonical_number( float $value ): string {
	if ( ! is_finite( $value ) ) {
		throw new \InvalidArgumentException( 'JSON has no NaN or Infinity.' );
	}
	if ( 0.0 === $value ) {
		return '0';
	}
	preg_match( '/^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i', json_encode( $value, JSON_THROW_ON_ERROR ), $m );
	$all    = $m[2] . ( $m[3] ?? '' );
	$digits = rtrim( ltrim( $all, '0' ), '0' );
	$k      = strlen( $digits );
	// The value is 0.<digits> × 10^n.
	$n = strlen( $m[2] ) + (int) ( $m[4] ?? 0 ) - ( strlen( $all ) - strlen( ltrim( $all, '0' ) ) );
	if ( $k <= $n && $n <= 21 ) {
		return $m[1] . $digits . str_repeat( '0', $n - $k );
	}
	if ( 0 < $n && $n <= 21 ) {
		return $m[1] . substr( $digits, 0, $n ) . '.' . substr( $digits, $n );
	}
	if ( -6 < $n && $n <= 0 ) {
		return $m[1] . '0.' . str_repeat( '0', -$n ) . $digits;
	}
	$e = $n - 1;
	return $m[1] . $digits[0] . ( $k > 1 ? '.' . substr( $digits, 1 ) : '' ) . 'e' . ( $e < 0 ? '-' : '+' ) . abs( $e );
}

/** A string as ECMAScript's JSON.stringify writes it: only `"`, `\` and U+0000–U+001F escaped. */
function canonical_string( string $text ): string {
	return json_encode( $text, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS );
}

/** UTF-8 with each character beyond U+FFFF written as its two surrogates (CESU-8), so bytes sort as UTF-16 code units. */
function utf16_order( string $text ): string {
	return preg_replace_callback(
		'/[\x{10000}-\x{10FFFF}]/u',
		static function ( array $m ): string {
			$cp    = ( ( ord( $m[0][0] ) & 0x07 ) << 18 ) | ( ( ord( $m[0][1] ) & 0x3F ) << 12 ) | ( ( ord( $m[0][2] ) & 0x3F ) << 6 ) | ( ord( $m[0][3] ) & 0x3F );
			$cp   -= 0x10000;
			$units = array( 0xD800 | ( $cp >> 10 ), 0xDC00 | ( $cp & 0x3FF ) );
			return implode( '', array_map( static fn( int $u ): string => chr( 0xE0 | ( $u >> 12 ) ) . chr( 0x80 | ( ( $u >> 6 ) & 0x3F ) ) . chr( 0x80 | ( $u & 0x3F ) ), $units ) );
		},
		$text
	);
}
