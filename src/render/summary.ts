/**
 * A card's summary, read from the cheapest source the feed offers: its own summary, else the text of
 * the body's first paragraph, found without building (or sanitising) the body a closed card hides.
 */
import type { Version } from '../model.js';
import { DROP } from './allowlist.js';
import { parseHtml } from './parse-html.js';

// What the sanitiser drops with everything inside it, and the foreign (SVG, MathML) content it never copies.
const DROPPED = `${DROP.source.slice(2, -2).replace(/\|/g, ',')},svg,math`;

/** Text of the first paragraph of `html` as the sanitised body shows it, or of the whole when it has none. */
function firstParagraphOf(html: string): string {
  const box = parseHtml(html);
  box.querySelectorAll(DROPPED).forEach((e) => e.remove());
  return box.querySelector('p')?.textContent || box.textContent!;
}

/** The first paragraph's text. */
export function firstParagraph(v: Version): string {
  return v.html ? firstParagraphOf(v.html) : ((v.text ?? '').split(/\n\s*\n/).find((p) => p.trim())?.trim() ?? '');
}

// Every render of a list asks again for each card it shows; the answer depends on the version alone.
const summaries = new WeakMap<Version, string>();

export function summaryOf(v: Version): string {
  let summary = v.summary || summaries.get(v);
  if (summary === undefined) summaries.set(v, (summary = firstParagraph(v)));
  return summary;
}
