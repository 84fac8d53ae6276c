/**
 * Feed HTML → DOM nodes built from an allowlist. The markup is parsed inertly (render/parse-html.ts:
 * no script runs, nothing loads) and a fresh tree is built element by element; nothing is ever
 * serialised and parsed again, which is where string sanitisers meet mutation XSS.
 */
import { safeUrl } from '../feed/urls.js';
import { DROP, HEADING, PLAIN, WITH_ATTRS } from './allowlist.js';
import { parseHtml } from './parse-html.js';

export interface SanitizeOptions {
  /** Base for relative links and images. */
  base: string;
  /** Level of the statement's own heading: headings in the body are demoted below it. */
  headingLevel: number;
  /** Decides whether an image URL may load now; others become a placeholder. */
  imageAllowed: (url: string) => boolean;
  /** Builds what stands in for an image that may not load yet. */
  imagePlaceholder: (src: string, alt: string) => Node;
}

export function sanitizeHtml(html: string, opts: SanitizeOptions): DocumentFragment {
  const parsed = parseHtml(html);
  const out = document.createDocumentFragment();
  // The body's top heading sits one level below the statement's title, the others keep their steps
  // from it: a body starting at <h2> under a level-2 title gets <h3>, never a skipped level.
  const top = Math.min(...[...parsed.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.localName[1])));
  copyChildren(parsed, out, top < 7 ? { ...opts, headingLevel: opts.headingLevel + 1 - top } : opts);
  return out;
}

function copyChildren(from: Node, to: Node, opts: SanitizeOptions): void {
  for (let n = from.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode((n as Text).data));
    else if (n.nodeType === Node.ELEMENT_NODE) copyElement(n as Element, to, opts);
  }
}

function copyElement(el: Element, to: Node, opts: SanitizeOptions): void {
  // Only HTML-namespace elements: SVG and MathML children keep their foreign meaning.
  if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
  const name = el.localName;
  if (DROP.test(name)) return;
  const heading = HEADING.exec(name);
  if (heading) {
    const level = Math.min(6, opts.headingLevel + Number(heading[1]));
    return copyInto(el, document.createElement(`h${level}`), to, opts);
  }
  if (name === 'img') return copyImage(el, to, opts);
  // hasOwn: a feed's `<constructor>` must find nothing here, not Object's own function.
  const allowed = PLAIN.test(name) ? [] : Object.hasOwn(WITH_ATTRS, name) ? WITH_ATTRS[name] : undefined;
  if (!allowed) return copyChildren(el, to, opts);
  const made = document.createElement(name);
  for (const attr of allowed) {
    const v = el.getAttribute(attr);
    if (v !== null && attr !== 'href') made.setAttribute(attr, v);
  }
  if (name === 'a') {
    const href = safeUrl(el.getAttribute('href'), opts.base);
    // A link whose target is not allowed becomes its text: the reader keeps the words.
    if (!href) return copyChildren(el, to, opts);
    made.setAttribute('href', href);
    if (!href.startsWith('mailto:')) {
      made.setAttribute('target', '_blank');
      // No opener handle for the other site, and no referrer telling it which page the reader was on.
      made.setAttribute('rel', 'noopener noreferrer');
    }
  }
  copyInto(el, made, to, opts);
}

function copyInto(from: Element, made: Element, to: Node, opts: SanitizeOptions): void {
  copyChildren(from, made, opts);
  to.appendChild(made);
}

function copyImage(el: Element, to: Node, opts: SanitizeOptions): void {
  const src = safeUrl(el.getAttribute('src'), opts.base);
  const alt = (el.getAttribute('alt') ?? '').trim();
  if (!src || src.startsWith('mailto:')) {
    if (alt) to.appendChild(document.createTextNode(alt));
    return;
  }
  // 1×1 (or smaller) images are tracking pixels, not pictures; `parseFloat` reads `1px` and `0.5` too.
  if (parseFloat(el.getAttribute('width') ?? '') <= 1 || parseFloat(el.getAttribute('height') ?? '') <= 1) return;
  if (!opts.imageAllowed(src)) {
    to.appendChild(opts.imagePlaceholder(src, alt));
    return;
  }
  to.appendChild(makeImage(src, alt, el.getAttribute('width'), el.getAttribute('height')));
}

/** An image that tells its host nothing about the page it is shown on, loaded only when near view. */
export function makeImage(src: string, alt: string, width?: string | null, height?: string | null): HTMLImageElement {
  const img = document.createElement('img');
  img.referrerPolicy = 'no-referrer';
  img.loading = 'lazy';
  img.decoding = 'async';
  img.alt = alt;
  if (width && /^\d+$/.test(width)) img.width = +width;
  if (height && /^\d+$/.test(height)) img.height = +height;
  img.src = src;
  return img;
}
