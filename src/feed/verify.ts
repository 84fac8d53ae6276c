/**
 * The verify stage, used only when the element has a `key`: a JSON Feed item counts only when its
 * `_icssi.signature` (docs/feed-format.md, "Signatures") verifies against one of the partner's keys,
 * and the statements are then built from those very objects, with nothing from the unsigned feed
 * around them. WebCrypto does the Ed25519 check; where it cannot (no secure context, no Ed25519),
 * nothing verifies and nothing is shown.
 */
import type { Feed } from '../model.js';
import { canonicalJson } from './canonical-json.js';
import { base64Bytes } from './decode.js';
import { trimStart } from './detect.js';
import { FeedError } from './errors.js';
import type { FetchedFeed } from './fetch.js';
import { parseFeed } from './parse.js';
import { arr, obj, parseJsonFeed } from './parse-json-feed.js';

/** Tells the partner, who can act on it, why nothing shows; the reader sees `unverified`. */
export const cannotVerify = () => console.warn('icssi-statement: `key` needs https, Ed25519 and a valid key');

/** The usable keys of a `key` attribute: none where WebCrypto cannot verify Ed25519. */
async function trustedKeys(keys: string): Promise<CryptoKey[]> {
  const usable = (
    await Promise.all(
      keys.split(/\s+/).map(async (k) => {
        try {
          // `crypto.subtle` is undefined outside a secure context: that throws here too.
          return await crypto.subtle.importKey('raw', base64Bytes(k), 'Ed25519', false, ['verify']);
        } catch {
          return undefined;
        }
      }),
    )
  ).filter((k) => k !== undefined);
  if (!usable.length) cannotVerify();
  return usable;
}

async function verifies(item: unknown, keys: CryptoKey[]): Promise<boolean> {
  try {
    // Everything but the signature itself is signed, unknown members included.
    const { signature, ...rest } = (item as { _icssi: { signature: { alg: string; sig: string } } })._icssi;
    const signed = new TextEncoder().encode(canonicalJson({ ...(item as object), _icssi: rest }));
    const sig = base64Bytes(signature.sig);
    if (signature.alg === 'Ed25519') for (const key of keys) if (await crypto.subtle.verify('Ed25519', key, sig, signed)) return true;
  } catch {
    // Unsigned, or a signature that is not even well formed.
  }
  return false;
}

/**
 * The feed of the `items` (raw JSON Feed items) that verify, relative links resolving against `url`;
 * `unverified` when none does. The verified items travel with it, so a saved copy is verified again.
 */
export async function verifiedFeed(items: unknown[], url: string, keys: string): Promise<Feed> {
  const trusted = await trustedKeys(keys);
  const good: unknown[] = [];
  for (const item of items) if (await verifies(item, trusted)) good.push(item);
  const feed = parseJsonFeed({ items: good }, url);
  if (!feed.statements.length) throw new FeedError('unverified');
  return { ...feed, signed: { url, items: good } };
}

/** A fetched feed, verified: the format's own failures first, then every item of a JSON Feed checked. */
export async function verifyFeed({ text, contentType, url }: FetchedFeed, keys: string): Promise<Feed> {
  parseFeed(text, contentType, url);
  let items: unknown[] = [];
  try {
    items = arr(obj(JSON.parse(trimStart(text)))?.items);
  } catch {
    // RSS, Atom: only JSON Feed items carry signatures.
  }
  return verifiedFeed(items, url, keys);
}
