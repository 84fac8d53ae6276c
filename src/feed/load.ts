/**
 * One request per feed URL per page: every element showing the same feed shares a single fetch and
 * its parsed result. Elements with a `key` share the request too, and each set of keys its verified
 * feed. A shared request is aborted only when every element waiting for it has gone.
 */
import type { Feed } from '../model.js';
import { FeedError } from './errors.js';
import { fetchFeed, type FetchedFeed } from './fetch.js';
import { parseFeed } from './parse.js';
import { verifyFeed } from './verify.js';

export interface LoadOptions {
  timeout: number;
  maxBytes: number;
  /** Revalidate past the HTTP cache. */
  fresh?: boolean;
}

interface Shared {
  fetched: Promise<FetchedFeed>;
  /** The feed built from the response, per `key` attribute ('' for none). */
  feeds: Map<string, Promise<Feed>>;
  abort: AbortController;
  waiting: number;
}

const shared = new Map<string, Shared>();

/** The feed at `url`, verified against `keys` when they are given. */
export function loadFeed(url: string, opts: LoadOptions, signal: AbortSignal, keys = ''): Promise<Feed> {
  let e = shared.get(url);
  if (!e) {
    const abort = new AbortController();
    shared.set(url, (e = { fetched: fetchFeed(url, { ...opts, signal: abort.signal }), feeds: new Map(), abort, waiting: 0 }));
  }
  const entry = e;
  let feed = e.feeds.get(keys);
  if (!feed) {
    feed = e.fetched.then((f) => (keys ? verifyFeed(f, keys) : parseFeed(f.text, f.contentType, f.url)));
    e.feeds.set(keys, feed);
    // A failure is not kept: the next element (or a retry) asks the network again.
    feed.catch(() => {
      if (shared.get(url) === entry) shared.delete(url);
    });
  }
  const result = feed;
  entry.waiting++;
  return new Promise<Feed>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      entry.waiting--;
    };
    const onAbort = () => {
      leave();
      reject(new DOMException('Aborted', 'AbortError'));
      if (entry.waiting === 0 && shared.get(url) === entry) {
        shared.delete(url);
        entry.abort.abort();
      }
    };
    signal.addEventListener('abort', onAbort);
    result.then(
      (feed) => {
        if (signal.aborted) return;
        leave();
        resolve(feed);
      },
      (err: unknown) => {
        if (signal.aborted) return;
        leave();
        reject(err instanceof FeedError || isAbort(err) ? err : new FeedError('malformed'));
      },
    );
  });
}

export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/** Forgets a settled feed so the next load asks the network (used by `reload()`). */
export function forgetFeed(url: string): void {
  shared.delete(url);
}
