/**
 * Statement HTML (Markdown output, raw HTML included) reduced to the widget's allowlist
 * (src/render/allowlist.ts), in Node: parse5 parses as browsers do, and a fresh tree is built from
 * the allowed parts only, so the feed never carries markup the widget would have to strip.
 */
import { defaultTreeAdapter as tree, html as spec, parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { safeUrl } from '../../src/feed/urls.js';
import { DROP, HEADING, PLAIN, WITH_ATTRS } from '../../src/render/allowlist.js';

export interface SanitizeOptions {
  /** Absolute URL that relative links and images resolve against: the statement's page. */
  base: string;
  /** Level of the title above the body, when headings are to sit below it (pages); absent keeps them (the feed). */
  titleLevel?: number;
}

export interface Sanitized {
  html: string;
  /** The first paragraph's text, for previews when the statement has no summary. */
  firstParagraph: string;
}

export function sanitize(input: string, opts: SanitizeOptions): Sanitized {
  const doc = parse(input);
  const body = doc.childNodes.find(isElement)?.childNodes.filter(isElement).find((n) => n.tagName === 'body');
  const out = tree.createDocumentFragment();
  if (body) {
    // As the widget does: the body's top heading goes one level below the title, the others keep their steps.
    const top = Math.min(7, ...headings(body));
    const shift = opts.titleLevel === undefined || top > 6 ? 0 : opts.titleLevel + 1 - top;
    copyChildren(body, out, opts.base, shift);
  }
  const first = out.childNodes.find((n) => isElement(n) && n.tagName === 'p');
  // The Markdown renderer's closing newline is not content.
  return { html: serialize(out).trim(), firstParagraph: first ? textOf(first).replace(/\s+/g, ' ').trim() : '' };
}

const isElement = (n: T.Node): n is T.Element => 'tagName' in n;

function headings(node: T.ParentNode): number[] {
  return node.childNodes.filter(isElement).flatMap((el) => {
    const h = HEADING.exec(el.tagName);
    return [...(h ? [Number(h[1])] : []), ...headings(el)];
  });
}

function textOf(node: T.Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const attr = (el: T.Element, name: string): string | null => el.attrs.find((a) => a.name === name && !a.namespace)?.value ?? null;

function append(to: T.ParentNode, name: string, attrs: Record<string, string | null>): T.Element {
  const made = tree.createElement(name, spec.NS.HTML, Object.entries(attrs).flatMap(([n, value]) => (value === null ? [] : [{ name: n, value }])));
  tree.appendChild(to, made);
  return made;
}

function copyChildren(from: T.ParentNode, to: T.ParentNode, base: string, shift: number): void {
  for (const n of from.childNodes) {
    if (n.nodeName === '#text') tree.insertText(to, (n as T.TextNode).value);
    else if (isElement(n)) copyElement(n, to, base, shift);
  }
}

function copyElement(el: T.Element, to: T.ParentNode, base: string, shift: number): void {
  // Only HTML-namespace elements: SVG and MathML children keep their foreign meaning.
  if (el.namespaceURI !== spec.NS.HTML) return;
  const name = el.tagName;
  if (DROP.test(name)) return;
  const heading = HEADING.exec(name);
  if (heading) return copyChildren(el, append(to, `h${Math.min(6, Number(heading[1]) + shift)}`, {}), base, shift);
  if (name === 'img') return copyImage(el, to, base);
  // hasOwn: a statement's `<constructor>` must find nothing here, not Object's own function.
  const allowed = PLAIN.test(name) ? [] : Object.hasOwn(WITH_ATTRS, name) ? WITH_ATTRS[name] : undefined;
  if (!allowed) return copyChildren(el, to, base, shift);
  const attrs = Object.fromEntries(allowed.map((a) => [a, attr(el, a)]));
  if (name === 'a') {
    const href = safeUrl(attr(el, 'href'), base);
    // A link whose target is not allowed becomes its text: the reader keeps the words.
    if (!href) return copyChildren(el, to, base, shift);
    attrs.href = href;
  }
  copyChildren(el, append(to, name, attrs), base, shift);
}

function copyImage(el: T.Element, to: T.ParentNode, base: string): void {
  const src = safeUrl(attr(el, 'src'), base);
  const alt = (attr(el, 'alt') ?? '').trim();
  const [width, height] = [attr(el, 'width'), attr(el, 'height')];
  if (!src || src.startsWith('mailto:')) {
    if (alt) tree.insertText(to, alt);
    return;
  }
  // 1×1 (or smaller) images are tracking pixels, not pictures, as the widget judges them.
  if (parseFloat(width ?? '') <= 1 || parseFloat(height ?? '') <= 1) return;
  const size = (v: string | null) => (v && /^\d+$/.test(v) ? v : null);
  append(to, 'img', { src, alt, width: size(width), height: size(height) });
}
