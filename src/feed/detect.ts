/** Decides what a response body is from the body itself: servers mislabel feeds all the time. */

export type FeedFormat = 'json-feed' | 'wp-rest' | 'rss' | 'atom' | 'html' | 'unknown';

/** Strips a BOM and leading whitespace, which real feeds put before `<?xml` or `{`. */
export const trimStart = (text: string): string => text.replace(/^\uFEFF?\s*/, '');

export function detectFormat(text: string, contentType = ''): FeedFormat {
  const head = trimStart(text).slice(0, 2048);
  if (head.startsWith('{')) return 'json-feed';
  if (head.startsWith('[')) return 'wp-rest';
  if (!head.startsWith('<')) return /json/i.test(contentType) ? 'json-feed' : 'unknown';
  // Skip the prolog, comments and processing instructions to find the root element's name.
  const root = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w.:-]+)/i.exec(head)?.[1] ?? '';
  const local = root.toLowerCase().replace(/^.*:/, '');
  if (local === 'rss' || local === 'rdf') return 'rss';
  if (local === 'feed') return 'atom';
  if (local === 'html' || /^<!doctype\s+html/i.test(head)) return 'html';
  return 'unknown';
}
