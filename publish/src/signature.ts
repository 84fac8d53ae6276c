/**
 * `_icssi.signature` as docs/feed-format.md specifies it: Ed25519 over the UTF-8 bytes of the RFC 8785
 * canonical item without `_icssi.signature`; keys and signatures in unpadded base64url.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalize } from './jcs.js';

export interface Signature {
  alg: 'Ed25519';
  key: string;
  sig: string;
}

// DER wrappers (RFC 8410) around the raw 32-byte seed and public key, so node:crypto takes them as they are.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const BASE64URL_32 = /^[A-Za-z0-9_-]{43}$/;

/** Decodes unpadded base64url of exactly `length` bytes; undefined for anything else. */
export function decodeKey(text: string, length = 32): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.length === length && bytes.toString('base64url') === text ? bytes : undefined;
}

export const isPublicKeyText = (text: string): boolean => BASE64URL_32.test(text) && decodeKey(text) !== undefined;

export interface KeyPair {
  /** The 32-byte private seed, base64url. */
  privateKey: string;
  publicKey: string;
}

export function generateKeys(): KeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  return keysFromSeed(privateKey.export({ format: 'jwk' }).d!);
}

/** The key pair of a base64url seed; throws when it is not 32 bytes. */
export function keysFromSeed(seed: string): KeyPair & { object: KeyObject } {
  const raw = decodeKey(seed);
  if (!raw) throw new Error('a private key is 32 bytes in base64url (43 characters, no padding)');
  const object = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
  return { privateKey: seed, publicKey: createPublicKey(object).export({ format: 'jwk' }).x!, object };
}

/** The bytes that are signed: the canonical item with `_icssi.signature` removed, nothing else. */
export function signedBytes(item: Record<string, unknown>): Buffer {
  const icssi = item._icssi;
  let copy = item;
  if (icssi && typeof icssi === 'object' && !Array.isArray(icssi)) {
    const rest: Record<string, unknown> = { ...icssi };
    delete rest.signature;
    copy = { ...item, _icssi: rest };
  }
  return Buffer.from(canonicalize(copy), 'utf8');
}

export function signItem(item: Record<string, unknown>, seed: string): Signature {
  const { publicKey, object } = keysFromSeed(seed);
  return { alg: 'Ed25519', key: publicKey, sig: sign(null, signedBytes(item), object).toString('base64url') };
}

/** The trusted key (of `keys`) the item's signature verifies against, or why none does. */
export function verifyItem(item: unknown, keys: readonly string[]): { ok: true; key: string } | { ok: false; reason: string } {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return { ok: false, reason: 'not an object' };
  const signature = (item as { _icssi?: { signature?: Partial<Signature> } })._icssi?.signature;
  if (!signature || typeof signature !== 'object') return { ok: false, reason: 'not signed' };
  if (signature.alg !== 'Ed25519') return { ok: false, reason: `signature algorithm ${JSON.stringify(signature.alg)} is not Ed25519` };
  const sig = typeof signature.sig === 'string' ? decodeKey(signature.sig, 64) : undefined;
  if (!sig) return { ok: false, reason: 'the signature is not 64 bytes of base64url' };
  const bytes = signedBytes(item as Record<string, unknown>);
  // The `key` member only names the publisher's key; the verdict comes from the trusted keys alone.
  for (const key of keys) {
    const raw = decodeKey(key);
    if (!raw) continue;
    const publicKey = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    if (verify(null, bytes, publicKey, sig)) return { ok: true, key };
  }
  return { ok: false, reason: 'the signature does not match: altered after signing, or signed by another key' };
}
