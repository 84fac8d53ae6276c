/**
 * WordPress REST (`/wp-json/wp/v2/posts`, optionally `?_embed`) → the statement model. Posts that
 * Polylang pairs with `lang` + `translations: { lang: postId }` become one statement.
 */
import type { Feed } from '../model.js';
import { parseDate } from './dates.js';
import { pair, type Entry } from './pair.js';
import { arr, obj, str } from './parse-json-feed.js';
import { htmlToText, plainText } from './text.js';
import { resolveBase, safeUrl } from './urls.js';

export function parseWpRest(posts: unknown[], feedUrl: string): Feed {
  const entries = posts.flatMap((p): Entry[] => {
    const post = obj(p);
    const id = post && (typeof post.id === 'number' ? String(post.id) : str(post.id));
    if (!post || !id) return [];
    const rendered = (key: string) => str(obj(post[key])?.rendered);
    const url = safeUrl(post.link, feedUrl);
    const embedded = obj(post._embedded);
    return [
      {
        s: {
          id,
          versions: [
            {
              lang: str(post.lang) ?? '',
              // `rendered` titles and term names are HTML-escaped text, never markup to keep.
              title: htmlToText(rendered('title')),
              html: rendered('content'),
              summary: htmlToText(rendered('excerpt')) || undefined,
              url,
              base: resolveBase(url, feedUrl),
            },
          ],
          // UTC without an offset, which the ISO reader takes as UTC; `date` is local time and unusable.
          published: parseDate(post.date_gmt),
          modified: parseDate(post.modified_gmt),
          authors: arr(embedded?.author).flatMap((a) => {
            const name = plainText(obj(a)?.name);
            return name ? [{ name, url: safeUrl(obj(a)?.link, feedUrl) }] : [];
          }),
          signatories: [],
          tags: arr(embedded?.['wp:term'])
            .flat()
            .map((t) => htmlToText(obj(t)?.name))
            .filter(Boolean),
        },
        key: id,
        alts: Object.values(obj(post.translations) ?? {}).map(String),
      },
    ];
  });
  return { statements: pair(entries) };
}
