/** Body text → normalised feed, whatever the format; every failure is a typed FeedError. */
import type { Feed } from '../model.js';
import { detectFormat, trimStart } from './detect.js';
import { FeedError } from './errors.js';
import { parseJsonFeed } from './parse-json-feed.js';

export function parseFeed(text: string, contentType: string, feedUrl: string): Feed {
  const format = detectFormat(text, contentType);
  let feed: Feed;
  switch (format) {
    case 'json-feed':
      feed = parseJsonFeed(parseJson(text), feedUrl);
      break;
    case 'html':
      throw new FeedError('not-a-feed', 'The address returned a web page, not a feed.');
    default:
      throw new FeedError('not-a-feed', 'The address did not return a feed this widget can read.');
  }
  if (!feed.statements.length) throw new FeedError('empty', 'The feed holds no statements.');
  return feed;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(trimStart(text));
  } catch {
    throw new FeedError('malformed', 'The feed is not valid JSON (it may be cut short).');
  }
}
