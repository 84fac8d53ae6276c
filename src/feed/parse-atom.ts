/**
 * Atom 1.0 (RFC 4287) → the statement model. Translations are entries of the same feed named by a
 * `link rel="alternate" hreflang="…"` whose href is the other entry's own alternate link.
 */
import type { Feed, Person } from '../model.js';
import { base64Bytes } from './decode.js';
import { pair, type Entry } from './pair.js';
import { firstWords, htmlToText, plainText } from './text.js';
import { resolveBase, safeUrl } from './urls.js';
import { alternates, dateOf, get, kids, langOf, xmlBase } from './xml.js';

interface Body {
  html?: string;
  text?: string;
}

/**
 * A text construct or `content` (RFC 4287 §3.1, §4.1.3): `html` holds escaped markup, `xhtml` holds
 * markup inside a wrapper div that is not content itself, anything else textual is text. Other
 * media types (or out-of-line content) have no body we can show. Atom 0.3 gives a media type and a
 * `mode`: `xml` (the default: inline markup, read as `xhtml`), `escaped` or `base64` (of UTF-8).
 */
function read(el?: Element): Body {
  const type = el?.getAttribute('type')?.toLowerCase() ?? 'text';
  const mode = el?.getAttribute('mode') ?? 'xml';
  if (!el || el.hasAttribute('src')) return {};
  if (/xhtml/.test(type) && mode === 'xml') {
    // The sanitizer re-parses this string inertly as HTML, so serialising the div's children suffices.
    const s = new XMLSerializer();
    return { html: [...(el.firstElementChild?.childNodes ?? [])].map((n) => s.serializeToString(n)).join('') };
  }
  const raw = mode === 'base64' ? new TextDecoder().decode(base64Bytes(el.textContent!)) : el.textContent!;
  return /html/.test(type) ? { html: raw } : /^text($|\/)/.test(type) ? { text: raw } : {};
}

const textOf = ({ html, text }: Body) => (html === undefined ? plainText(text) : htmlToText(html));
const filled = (s?: string) => (s?.trim() ? s : undefined);

export function parseAtom(feed: Element, feedUrl: string): Feed {
  const ns = feed.namespaceURI;
  const one = (el: Element, name: string) => kids(el, name, ns)[0];
  const people = (el: Element): Person[] =>
    kids(el, 'author', ns).flatMap((a) => {
      const name = plainText(get(a, 'name', ns));
      return name ? [{ name, url: safeUrl(get(a, 'uri', ns), xmlBase(a, feedUrl), feedUrl) }] : [];
    });
  const feedLang = langOf(feed) ?? '';
  const feedLinks = alternates(feed, feedUrl);
  const feedLink = (feedLinks.find((l) => !l.lang) ?? feedLinks[0])?.href;
  const feedAuthors = people(feed);
  const entries = kids(feed, 'entry', ns).map((entry): Entry => {
    const content = one(entry, 'content');
    const summary = one(entry, 'summary');
    const lang = langOf(content ?? entry) ?? '';
    const links = alternates(entry, feedUrl);
    // Out-of-line content (content src=) is linked to, never fetched.
    const url =
      (links.find((l) => !l.lang || l.lang === lang) ?? links[0])?.href ??
      safeUrl(content?.getAttribute('src'), xmlBase(content ?? entry, feedUrl), feedUrl);
    const inline = content && !content.hasAttribute('src');
    const body = read(inline ? content : summary);
    const title = textOf(read(one(entry, 'title')));
    const authors = people(entry);
    // Atom 0.3 calls them issued (and created) and modified.
    const updated = dateOf(entry, 'updated', 'modified');
    return {
      s: {
        id: plainText(get(entry, 'id', ns)) || url || title || firstWords(textOf(body)),
        versions: [
          {
            lang,
            title,
            html: filled(body.html),
            text: filled(body.text),
            summary: (inline && textOf(read(summary))) || undefined,
            url,
            base: xmlBase(content ?? entry, feedUrl) ?? resolveBase(url, feedLink, feedUrl),
          },
        ],
        published: dateOf(entry, 'published', 'issued', 'created') ?? updated,
        modified: updated,
        authors: authors.length ? authors : feedAuthors,
        signatories: [],
        tags: kids(entry, 'category', ns).map((c) => plainText(c.getAttribute('label') ?? c.getAttribute('term'))).filter(Boolean),
      },
      key: url,
      alts: links.flatMap((l) => (l.lang ? [l.href] : [])),
    };
  });
  return { title: textOf(read(one(feed, 'title'))) || undefined, lang: feedLang || undefined, statements: pair(entries, feedLang) };
}
