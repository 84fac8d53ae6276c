<?php
/**
 * `_icssi.signature` exactly as docs/feed-format.md specifies: Ed25519 (sodium) over the JCS form of the
 * item without that one member, keys and signatures in unpadded base64url.
 *
 * @package ICSSI\Statement
 */

namespace ICSSI\Statement;

defined( 'ABSPATH' ) || exit;

function base64url_encode( string $bytes ): string {
	return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' );
}

function base64url_decode( string $text ): string {
	$bytes = base64_decode( strtr( $text, '-_', '+/' ), true );
	return false === $bytes ? '' : $bytes;
}

/** The UTF-8 bytes that are signed: the item, deep-copied, without `_icssi.signature`. */
function signed_bytes( \stdClass $item ): string {
	$copy = json_decode( json_encode( $item, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE ), false, 512, JSON_THROW_ON_ERROR );
	if ( isset( $copy->_icssi ) && $copy->_icssi instanceof \stdClass ) {
		unset( $copy->_icssi->signature );
	}
	return canonical_json( $copy );
}

/**
 * Signs an item in place with the 32-byte Ed25519 seed; `_icssi` is created when missing.
 */
function sign_item( \stdClass $item, string $seed ): \stdClass {
	$pair = sodium_crypto_sign_seed_keypair( $seed );
	if ( ! isset( $item->_icssi ) || ! $item->_icssi instanceof \stdClass ) {
		$item->_icssi = new \stdClass();
	}
	unset( $item->_icssi->signature );
	$sig                     = sodium_crypto_sign_detached( signed_bytes( $item ), sodium_crypto_sign_secretkey( $pair ) );
	$item->_icssi->signature = (object) array(
		'alg' => 'Ed25519',
		'key' => base64url_encode( sodium_crypto_sign_publickey( $pair ) ),
		'sig' => base64url_encode( $sig ),
	);
	sodium_memzero( $pair );
	return $item;
}

/** Whether the item's signature verifies against one of the space-separated base64url public keys. */
function verify_item( \stdClass $item, string $keys ): bool {
	$sig = base64url_decode( (string) ( $item->_icssi->signature->sig ?? '' ) );
	if ( SODIUM_CRYPTO_SIGN_BYTES !== strlen( $sig ) || 'Ed25519' !== ( $item->_icssi->signature->alg ?? '' ) ) {
		return false;
	}
	try {
		$bytes = signed_bytes( $item );
	} catch ( \Throwable $e ) {
		return false;
	}
	foreach ( preg_split( '/\s+/', trim( $keys ) ) as $key ) {
		$public = base64url_decode( $key );
		if ( SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES === strlen( $public ) && sodium_crypto_sign_verify_detached( $sig, $bytes, $public ) ) {
			return true;
		}
	}
	return false;
}

/** The configured signing seed (the ICSSI_STATEMENT_SIGNING_KEY constant, base64url), or ''. */
function signing_seed(): string {
	$seed = defined( 'ICSSI_STATEMENT_SIGNING_KEY' ) ? base64url_decode( (string) constant( 'ICSSI_STATEMENT_SIGNING_KEY' ) ) : '';
	return SODIUM_CRYPTO_SIGN_SEEDBYTES === strlen( $seed ) ? $seed : '';
}

/** The public key of the configured seed, base64url, or ''. */
function signing_public_key(): string {
	$seed = signing_seed();
	return '' === $seed ? '' : base64url_encode( sodium_crypto_sign_publickey( sodium_crypto_sign_seed_keypair( $seed ) ) );
}
