/** JSON Feed 1.0/1.1 with the `_icssi` extension (translations, signatories) → the statement model. */
import type { Feed, Person, Statement, Version } from '../model.js';
import { parseDate } from './dates.js';
import { FeedError } from './errors.js';
import { plainText } from './text.js';
import { resolveBase, safeUrl } from './urls.js';

export type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

export function parseJsonFeed(data: unknown, feedUrl: string): Feed {
  const feed = obj(data);
  if (!feed || !Array.isArray(feed.items)) throw new FeedError('malformed');
  const feedLang = str(feed.language);
  const base = resolveBase(str(feed.home_page_url), feedUrl);
  const statements: Statement[] = [];
  for (const raw of feed.items) {
    const s = parseItem(obj(raw), feedLang ?? '', base, feedUrl);
    if (s) statements.push(s);
  }
  return { title: plainText(feed.title) || undefined, lang: feedLang, statements };
}

function parseItem(item: Obj | undefined, feedLang: string, base: string, feedUrl: string): Statement | undefined {
  if (!item) return undefined;
  // The spec: ids are strings, but numbers must be accepted and kept as strings.
  const id = typeof item.id === 'number' ? String(item.id) : str(item.id);
  if (!id) return undefined;
  const url = safeUrl(item.url, base, feedUrl);
  const ext = obj(item._icssi);
  const original = version(item, str(item.language) ?? feedLang, resolveBase(url, base));
  const translations = arr(ext?.translations).flatMap((t) => {
    const o = obj(t);
    const lang = str(o?.language);
    return o && lang ? [version(o, lang, resolveBase(str(o.url), url, base))] : [];
  });
  // JSON Feed 1.0 had a single `author`; 1.1 has `authors`.
  const authors = people(item.authors ?? (item.author ? [item.author] : []), base);
  return {
    id,
    versions: [original, ...translations],
    published: parseDate(item.date_published),
    modified: parseDate(item.date_modified),
    authors,
    signatories: people(ext?.signatories, base),
    tags: arr(item.tags).map(plainText).filter(Boolean),
  };
}

function version(o: Obj, lang: string, base: string): Version {
  return {
    lang,
    title: plainText(o.title),
    html: str(o.content_html),
    text: str(o.content_text),
    summary: plainText(o.summary) || undefined,
    url: safeUrl(o.url, base),
    base,
  };
}

function people(list: unknown, base: string): Person[] {
  return arr(list).flatMap((p) => {
    const o = obj(p);
    const name = plainText(o?.name);
    return name ? [{ name, url: safeUrl(o?.url, base) }] : [];
  });
}
