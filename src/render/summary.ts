/**
 * A card's summary, read from the cheapest source the feed offers: its own summary, else the text of
 * the body's first paragraph, found without building (or sanitising) the body a closed card hides.
 */
import type { Version } from '../model.js';
import { DROP } from './allowlist.js';
import { trustedHtml } from './trusted-types.js';

// What the sanitiser drops with everything inside it, and the foreign (SVG, MathML) content it never copies.
const DROPPED = `${DROP.source.slice(2, -2).replace(/\|/g, ',')},svg,math`;

/** Text of the first paragraph of `html` as the sanitised body shows it, or of the whole when it has none. */
function firstParagraphOf(html: string): string {
  const doc = new DOMParser().parseFromString(trustedHtml(html), 'text/html').body;
  doc.querySelectorAll(DROPPED).forEach((e) => e.remove());
  return doc.querySelector('p')?.textContent || doc.textContent!;
}

/**
 * The first paragraph's text. HTML parses as it streams, so the markup up to the first `</p>` holds the
 * same first paragraph: only that much is parsed (a fifth of a typical body), the whole when it yields nothing.
 */
export function firstParagraph(v: Version): string {
  if (!v.html) return (v.text ?? '').split(/\n\s*\n/).find((p) => p.trim())?.trim() ?? '';
  const end = v.html.search(/<\/p/i) + 4;
  return (end > 3 && firstParagraphOf(v.html.slice(0, end))) || firstParagraphOf(v.html);
}

// Every render of a list asks again for each card it shows; the answer depends on the version alone.
const summaries = new WeakMap<Version, string>();

export function summaryOf(v: Version): string {
  let summary = v.summary || summaries.get(v);
  if (summary === undefined) summaries.set(v, (summary = firstParagraph(v)));
  return summary;
}
