/** `icssi-statement verify FEED --key PUBLIC`: every statement of a feed checked against the trusted keys, one line each. */
import { readFileSync } from 'node:fs';
import { InputError } from './problems.js';
import { isPublicKeyText, verifyItem } from './signature.js';

/** A key given on the command line: the base64url key itself, or a file holding it (such as FILE.pub). */
export function readPublicKey(arg: string): string {
  if (isPublicKeyText(arg)) return arg;
  let text: string;
  try {
    text = readFileSync(arg, 'utf8').trim();
  } catch {
    throw new InputError([{ file: arg, line: 1, column: 1, message: 'neither a public key (43 base64url characters) nor a readable file' }]);
  }
  if (!isPublicKeyText(text)) throw new InputError([{ file: arg, line: 1, column: 1, message: 'not a public key: expected 32 bytes in base64url (43 characters)' }]);
  return text;
}

async function readFeed(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { credentials: 'omit', redirect: 'follow' });
    if (!response.ok) throw new InputError([{ file: source, line: 1, column: 1, message: `HTTP ${response.status}` }]);
    return response.text();
  }
  try {
    return readFileSync(source, 'utf8');
  } catch {
    throw new InputError([{ file: source, line: 1, column: 1, message: 'cannot read the feed' }]);
  }
}

/** Lines for people, and whether every statement verified. */
export async function verifyFeed(source: string, keys: readonly string[]): Promise<{ lines: string[]; ok: boolean }> {
  let feed: { items?: unknown };
  try {
    feed = JSON.parse(await readFeed(source));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([{ file: source, line: 1, column: 1, message: `not JSON: ${(error as Error).message}` }]);
  }
  if (!feed || !Array.isArray(feed.items) || !feed.items.length) {
    throw new InputError([{ file: source, line: 1, column: 1, message: 'not a JSON Feed with items' }]);
  }
  const lines = feed.items.map((item: unknown, i: number) => {
    const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : `item ${i + 1}`;
    const verdict = verifyItem(item, keys);
    return verdict.ok ? `ok      ${id} (key ${verdict.key})` : `FAILED  ${id}: ${verdict.reason}`;
  });
  return { lines, ok: lines.every((l) => l.startsWith('ok')) };
}
