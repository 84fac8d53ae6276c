/**
 * RSS 2.0 (and RSS 1.0) → the statement model. Translations: an item names each translation with
 * `<atom:link rel="alternate" hreflang="…" href="…"/>` pointing at another item's `<link>`.
 */
import type { Feed } from '../model.js';
import { FeedError } from './errors.js';
import { pair, type Entry } from './pair.js';
import { firstWords, htmlToText, plainText } from './text.js';
import { resolveBase, safeUrl } from './urls.js';
import { alternates, dateOf, DC, get, kids, langOf, xmlBase } from './xml.js';

const CONTENT = 'http://purl.org/rss/1.0/modules/content/';

/**
 * RSS titles and descriptions may be plain text or entity-encoded HTML, decided per item. The XML
 * parser has already unescaped once; a tag or an entity left after that means HTML, read once more
 * by the HTML parser; anything else is text and is never unescaped again.
 */
// A tag never spans another '<': that keeps the test linear on a hostile string of unclosed tags.
const isHtml = (s = '') => /<[a-z!/][^<>]*>|&#?\w+;/i.test(s);
const textOf = (s?: string) => (isHtml(s) ? htmlToText(s) : plainText(s));

export function parseRss(root: Element, feedUrl: string): Feed {
  const channel = kids(root, 'channel')[0];
  if (!channel) throw new FeedError('malformed');
  // RSS 2.0 elements have no namespace, RSS 1.0's have their own: the channel's tells which.
  const ns = channel.namespaceURI;
  const feedLink = safeUrl(get(channel, 'link', ns), xmlBase(channel, feedUrl), feedUrl);
  const feedLang = get(channel, 'language', ns) ?? get(channel, 'language', DC) ?? langOf(channel) ?? '';
  // RSS 1.0 puts items beside the channel, not inside it.
  const entries = [...kids(channel, 'item', ns), ...kids(root, 'item', ns)].flatMap((item): Entry[] => {
    const guid = kids(item, 'guid', ns)[0];
    const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? guid.textContent : undefined;
    const url = safeUrl(get(item, 'link', ns) ?? permalink, xmlBase(item, feedUrl), feedLink, feedUrl);
    // Else dc:title, else media:title (or another namespace's title).
    const title = textOf(get(item, 'title', ns) ?? get(item, 'title', DC) ?? get(item, 'title'));
    const encoded = get(item, 'encoded', CONTENT)?.trim();
    const description = get(item, 'description', ns)?.trim();
    const body = encoded || description;
    // RSS 2.0 needs only a title or a description: an item with either is a statement.
    if (!title && !body) return [];
    const described = isHtml(description) ? 'html' : 'text';
    const authors = [...kids(item, 'creator', DC), ...kids(item, 'author', ns)].flatMap((a) => {
      // RSS 2.0's <author> is "email (Name)"; Dublin Core's creator is just the name.
      const name = plainText(a.textContent?.replace(/^[^(]*\((.*)\)\s*$/, '$1'));
      return name ? [{ name }] : [];
    });
    return [
      {
        s: {
          // Else the body's first words (its markup, when it is only a picture), as a title would be.
          id: plainText(guid?.textContent) || url || title || firstWords(textOf(body) || body!),
          versions: [
            {
              lang: get(item, 'language', DC) ?? langOf(item) ?? feedLang,
              title,
              html: encoded || (described === 'html' ? description : undefined),
              text: encoded || described === 'html' ? undefined : description || undefined,
              summary: (encoded && textOf(description)) || undefined,
              url,
              base: xmlBase(item, feedUrl) ?? resolveBase(url, feedLink, feedUrl),
            },
          ],
          published: dateOf(item, 'pubDate', 'date', 'issued', 'created', 'modified'),
          authors,
          signatories: [],
          tags: kids(item, 'category', ns).map((c) => plainText(c.textContent)).filter(Boolean),
        },
        key: url,
        alts: alternates(item, feedUrl, feedLink).flatMap((l) => (l.lang ? [l.href] : [])),
      },
    ];
  });
  return { title: textOf(get(channel, 'title', ns)) || undefined, lang: feedLang || undefined, statements: pair(entries, feedLang) };
}
