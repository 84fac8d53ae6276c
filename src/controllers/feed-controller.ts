/**
 * Loads the host's feed whenever its arguments change. Each run gets a fresh AbortSignal and a run
 * number, so a slow old response never overwrites a newer one; leaving the page aborts the request.
 * With the cache on, the last good copy is shown at once while the feed is asked again, and stays
 * (marked with its age) when the feed cannot be reached.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../model.js';
import { saveFeed, savedFeed } from '../feed/cache.js';
import { FeedError } from '../feed/errors.js';
import { forgetFeed, isAbort, loadFeed } from '../feed/load.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

export interface FeedArgs {
  /** Absolute feed URL, or '' when none was given. */
  url: string;
  timeout: number;
  maxBytes: number;
  /** Keep and show the last good copy. */
  cache: boolean;
}

export class FeedController implements ReactiveController {
  /** `loading` while the feed is asked for, even when a saved copy is already in `feed`. */
  status: FeedStatus = 'loading';
  feed?: Feed;
  error?: FeedError;
  /** Set when `feed` is a saved copy shown because the feed could not be loaded: when it was saved. */
  savedAt?: number;

  #key?: string;
  #run = 0;
  #abort?: AbortController;
  #fresh = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly args: () => FeedArgs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnected after a disconnect aborted the last run: load again.
    if (this.#key === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.status === 'loading') this.#key = undefined;
  }

  /** Runs before each render: starts a load when the arguments changed. */
  hostUpdate(): void {
    const args = this.args();
    const key = `${args.url}\n${args.timeout}\n${args.maxBytes}\n${args.cache}`;
    if (key !== this.#key) this.#start(args, key);
  }

  /** Asks the feed's server again, past this page's copy and the browser's HTTP cache. */
  reload(): void {
    forgetFeed(this.args().url);
    this.#key = undefined;
    this.#fresh = true;
    this.host.requestUpdate();
  }

  async #start({ url, timeout, maxBytes, cache }: FeedArgs, key: string): Promise<void> {
    this.#abort?.abort();
    this.#key = key;
    const run = ++this.#run;
    const fresh = this.#fresh;
    this.#fresh = false;
    const saved = cache && url ? savedFeed(url) : undefined;
    this.feed = saved?.feed;
    this.error = this.savedAt = undefined;
    this.status = 'loading';
    // This runs inside the host's update, after its willUpdate, where a request for another update is
    // dropped: ask just after it, so the saved copy (or the loading state) shows without waiting.
    queueMicrotask(() => this.host.requestUpdate());
    if (!url) {
      this.status = 'error';
      this.error = new FeedError('no-src');
      return;
    }
    const abort = (this.#abort = new AbortController());
    try {
      const feed = await loadFeed(url, { timeout, maxBytes, fresh }, abort.signal);
      if (run !== this.#run) return;
      this.feed = feed;
      if (cache) saveFeed(url, feed);
    } catch (e) {
      if (run !== this.#run || isAbort(e)) return;
      if (saved) this.savedAt = saved.at;
      else this.error = e instanceof FeedError ? e : new FeedError('network');
    }
    this.status = this.error ? 'error' : 'ready';
    this.host.requestUpdate();
  }
}
