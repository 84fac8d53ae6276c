/** A feed's bytes → text, in the encoding its bytes and headers declare (never the browser's guess); base64 → bytes. */
import { FeedError } from './errors.js';

/** base64 or base64url (RFC 4648 §4, §5), white space and padding ignored → bytes. */
export const base64Bytes = (b64: string) => Uint8Array.from(atob(b64.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** A `charset=` or `encoding=` label: the Content-Type's, or the XML declaration's. */
const label = (s: string) => /(?:charset|encoding)=["']?([\w.:-]+)/i.exec(s)?.[1];

/**
 * The order RFC 7303 §3 gives for XML (with the XML 1.0 appendix F on autodetection): a byte-order
 * mark, then the HTTP `charset`, then the XML declaration's `encoding`, then UTF-8. JSON starts as
 * UTF-8 whatever the header says (RFC 8259 §8.1), a BOM tolerated. Any label of the WHATWG Encoding
 * Standard works; an unknown one, when it is reached, is an `encoding` error, not text in another one.
 *
 * Each is tried in turn, and the first in which the bytes are valid wins: a declared encoding they
 * are not valid in is wrong (PHP adds `charset=UTF-8` to a legacy CMS's windows-1256 `text/xml`).
 * Bytes valid in none are decoded in the first, with replacement characters, rather than refused.
 * A single-byte encoding accepts any byte, so a wrong one declared first cannot be told from a right
 * one and wins, as RFC 7303 says it should.
 */
export function decode(bytes: Uint8Array, contentType: string): string {
  // The first bytes as Latin-1 characters: a BOM (þÿ, ÿþ, ï»¿), JSON's `{` or `[`, an ASCII XML declaration.
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const [, be, le, utf8] = /^(\xfe\xff)?(\xff\xfe)?(\xef\xbb\xbf|\s*[[{])?/.exec(head)!;
  const labels = [
    be ? 'utf-16be' : le ? 'utf-16le' : utf8 && 'utf-8',
    label(contentType),
    // The XML declaration ends at the first `>`.
    label(head.split('>')[0]!),
    'utf-8',
  ].filter(Boolean);
  for (const label of labels) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch (e) {
      if (e instanceof RangeError) throw new FeedError('encoding');
      // A TypeError: the bytes are not valid in this encoding.
    }
  }
  return new TextDecoder(labels[0]).decode(bytes);
}
