/**
 * One request per feed URL per page: every element showing the same feed shares a single fetch and
 * its parsed result. A shared request is aborted only when every element waiting for it has gone.
 */
import type { Feed } from '../model.js';
import { FeedError } from './errors.js';
import { fetchFeed } from './fetch.js';
import { parseFeed } from './parse.js';

export interface LoadOptions {
  timeout: number;
  maxBytes: number;
  /** Revalidate past the HTTP cache. */
  fresh?: boolean;
}

interface Shared {
  promise: Promise<Feed>;
  abort: AbortController;
  waiting: number;
}

const shared = new Map<string, Shared>();

export function loadFeed(url: string, opts: LoadOptions, signal: AbortSignal): Promise<Feed> {
  let entry = shared.get(url);
  if (!entry) {
    const abort = new AbortController();
    const promise = fetchFeed(url, { ...opts, signal: abort.signal }).then(({ text, contentType, url: finalUrl }) =>
      parseFeed(text, contentType, finalUrl),
    );
    const created: Shared = { promise, abort, waiting: 0 };
    entry = created;
    shared.set(url, created);
    // A failure is not kept: the next element (or a retry) asks the network again.
    promise.catch(() => {
      if (shared.get(url) === created) shared.delete(url);
    });
  }
  const e = entry;
  e.waiting++;
  return new Promise<Feed>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      e.waiting--;
    };
    const onAbort = () => {
      leave();
      reject(new DOMException('Aborted', 'AbortError'));
      if (e.waiting === 0 && shared.get(url) === e) {
        shared.delete(url);
        e.abort.abort();
      }
    };
    signal.addEventListener('abort', onAbort);
    e.promise.then(
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
