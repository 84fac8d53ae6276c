<?php
/**
 * The plugin's JCS and sodium signing against test/fixtures/signature/vector.json, outside WordPress:
 * prints `{ canonical, signature, public_key, signed_item }` for the browser test to compare.
 *
 * @package ICSSI\Statement
 */

define( 'ABSPATH', __DIR__ . '/' );
require __DIR__ . '/../../wordpress/includes/jcs.php';
require __DIR__ . '/../../wordpress/includes/signature.php';

use function ICSSI\Statement\{base64url_decode, canonical_json, sign_item, signed_bytes, verify_item};

$vector = json_decode( file_get_contents( __DIR__ . '/../fixtures/signature/vector.json' ), false, 512, JSON_THROW_ON_ERROR );
$item   = sign_item( json_decode( json_encode( $vector->unsigned_item ), false ), base64url_decode( $vector->private_key_seed ) );
echo json_encode(
	array(
		'canonical'       => signed_bytes( $vector->unsigned_item ),
		'signature'       => $item->_icssi->signature->sig,
		'public_key'      => $item->_icssi->signature->key,
		'signed_item'     => canonical_json( $item ),
		'vector_signed'   => canonical_json( $vector->signed_item ),
		'verifies_vector' => verify_item( $vector->signed_item, $vector->public_key ),
	),
	JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
);
