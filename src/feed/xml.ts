/** Reading RSS and Atom as XML: by namespace URI rather than prefix, with `xml:lang` and `xml:base` inherited. */
import { trustedHtml } from '../render/trusted-types.js';
import { parseDate } from './dates.js';
import { FeedError } from './errors.js';
import { safeUrl } from './urls.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const DC = 'http://purl.org/dc/elements/1.1/';

/**
 * Refuses a DOCTYPE with an internal subset (and with it any ENTITY declaration) before a parser sees
 * it: browsers expand internal entities, so a few hundred bytes can grow into gigabytes. A DOCTYPE
 * that only names an external DTD (RSS 0.91's Netscape one) is let through: no browser fetches it.
 * A DOCTYPE may only stand before the root element, so only the prolog is read, skipping exactly
 * what an XML parser would skip.
 */
export function parseXml(text: string): Document {
  const prolog = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(\s+([\w:.-]+|"[^"]*"|'[^']*'))+\s*>/y;
  let end = 0;
  while (prolog.test(text)) end = prolog.lastIndex;
  if (text.startsWith('<!', end)) {
    throw new FeedError('unsafe');
  }
  const doc = new DOMParser().parseFromString(trustedHtml(text), 'application/xml');
  // Chromium inserts a <parsererror>; Firefox makes it the root, in its own namespace.
  if (doc.getElementsByTagNameNS('*', 'parsererror').length) {
    throw new FeedError('malformed');
  }
  return doc;
}

/** Child elements with this local name, in namespace `ns` (null: no namespace; omitted: any). */
export function kids(el: Element | undefined, name: string, ns?: string | null): Element[] {
  // A sibling walk, not [...children]: this runs for every field of every item of a large feed.
  const found: Element[] = [];
  for (let c = el?.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === name && (ns === undefined || c.namespaceURI === ns)) found.push(c);
  }
  return found;
}

/** Text of the first such child; undefined when there is none. */
export const get = (el: Element | undefined, name: string, ns?: string | null): string | undefined =>
  kids(el, name, ns)[0]?.textContent ?? undefined;

/** The first readable date among children with these local names, in any namespace (`dc:date`, `dcterms:issued`…). */
export const dateOf = (el: Element, ...names: string[]): number | undefined =>
  names.map((n) => parseDate(get(el, n))).find((t) => t !== undefined);

/** `xml:lang` in scope (it is inherited down the tree). */
export function langOf(el: Element | null | undefined): string | undefined {
  for (let e = el; e; e = e.parentElement) {
    const lang = e.getAttributeNS(XML_NS, 'lang');
    if (lang !== null) return lang.trim();
  }
  return undefined;
}

/** `xml:base` in scope, each level resolved against the one above and the outermost against the feed URL. */
export function xmlBase(el: Element | null, feedUrl: string): string | undefined {
  const chain: string[] = [];
  for (let e = el; e; e = e.parentElement) {
    const base = e.getAttributeNS(XML_NS, 'base');
    if (base !== null) chain.unshift(base);
  }
  return chain.length ? chain.reduce((acc, b) => safeUrl(b, acc) ?? acc, feedUrl) : undefined;
}

/** `link rel="alternate"` children in any namespace (Atom's own, or atom:link inside RSS), with their `hreflang`. */
export const alternates = (el: Element, feedUrl: string, fallback?: string) =>
  kids(el, 'link').flatMap((l) => {
    const href = safeUrl(l.getAttribute('href'), xmlBase(l, feedUrl), fallback, feedUrl);
    return href && /^(alternate)?$/i.test(l.getAttribute('rel') ?? '') ? [{ href, lang: l.getAttribute('hreflang') ?? '' }] : [];
  });
