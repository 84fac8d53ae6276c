/** Decides what a response body is from the body itself: servers mislabel feeds all the time. */

export type BodyKind = 'json' | 'xml' | 'html' | 'unknown';

/** Strips a BOM and leading whitespace, which real feeds put before `<?xml` or `{` (`\s` includes U+FEFF). */
export const trimStart = (text: string): string => text.replace(/^\s*/, '');

/**
 * JSON or XML by the first character (which of the XML feed formats is the parsed root's business);
 * an HTML page — the usual answer of a wrong address — by its doctype or root element, past any
 * prolog, comments and processing instructions. The Content-Type only vouches for JSON that does not
 * start as JSON should, so it is reported as damaged rather than as no feed at all.
 */
export function detectFormat(text: string, contentType = ''): BodyKind {
  const head = trimStart(text).slice(0, 2048);
  if (/^[[{]/.test(head)) return 'json';
  if (!head.startsWith('<')) return /json/i.test(contentType) ? 'json' : 'unknown';
  return /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(!doctype\s+html|(\w+:)?html[\s>])/i.test(head) ? 'html' : 'xml';
}
