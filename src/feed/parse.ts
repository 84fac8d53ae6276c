/** Body text → normalised feed, whatever the format; every failure is a typed FeedError. */
import type { Feed } from '../model.js';
import { detectFormat, trimStart } from './detect.js';
import { FeedError } from './errors.js';
import { parseAtom } from './parse-atom.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseRss } from './parse-rss.js';
import { parseWpRest } from './parse-wp-rest.js';
import { parseXml } from './xml.js';

export function parseFeed(text: string, contentType: string, feedUrl: string): Feed {
  const format = detectFormat(text, contentType);
  const body = trimStart(text);
  let feed: Feed;
  if (format === 'json') {
    const data = parseJson(body);
    // A WordPress post list, or one post (`/wp-json/wp/v2/posts/123`), else JSON Feed.
    const post = (data as { content?: { rendered?: unknown } } | null)?.content?.rendered;
    feed = Array.isArray(data) || post !== undefined ? parseWpRest([data].flat(), feedUrl) : parseJsonFeed(data, feedUrl);
  } else {
    // The root element decides, read by the XML parser rather than guessed from the first bytes.
    const root = format === 'xml' ? parseXml(body).documentElement : undefined;
    if (root?.localName === 'feed') feed = parseAtom(root, feedUrl);
    else if (root && /^(rss|RDF)$/.test(root.localName)) feed = parseRss(root, feedUrl);
    else throw new FeedError('not-a-feed');
  }
  if (!feed.statements.length) throw new FeedError('empty');
  return feed;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('malformed');
  }
}
