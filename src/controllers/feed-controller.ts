/**
 * Loads the host's feed whenever its arguments change. Each run gets a fresh AbortSignal and a run
 * number, so a slow old response never overwrites a newer one; leaving the page aborts the request.
 * With the cache on, the last good copy is shown at once while the feed is asked again, and stays
 * (marked with its age) when the feed cannot be reached. A feed that fails at one address is asked
 * of the next (the mirrors), in order, each with the whole timeout.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../model.js';
import { saveFeed, savedFeed } from '../feed/cache.js';
import { FeedError } from '../feed/errors.js';
import { forgetFeed, isAbort, loadFeed } from '../feed/load.js';
import { cannotVerify, verifiedFeed } from '../feed/verify.js';
import { afterPaint } from '../render/after-paint.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

export interface FeedArgs {
  /** Absolute feed URLs: `src`, then its mirrors; empty when no feed was given. */
  urls: string[];
  timeout: number;
  maxBytes: number;
  /** Keep and show the last good copy. */
  cache: boolean;
  /** The `key` attribute: public keys, space-separated; '' shows unsigned statements. */
  keys: string;
  /** The id of the one statement shown, '' for the newest or a list. */
  want: string;
}

export class FeedController implements ReactiveController {
  /** `loading` while the feed is asked for, even when a saved copy is already in `feed`. */
  status: FeedStatus = 'loading';
  feed?: Feed;
  error?: FeedError;
  /** Set when `feed` is a saved copy shown because the feed could not be loaded: when it was saved. */
  savedAt?: number;
  /** The address that served `feed`, or whose failure `error` is. */
  src?: string;

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
    // The request starts as the element connects, not a render later; a reconnect after a disconnect
    // aborted the last run loads again.
    if (this.#key === undefined) this.hostUpdate();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.status === 'loading') this.#key = undefined;
  }

  /** Runs before each render: starts a load when the arguments changed. */
  hostUpdate(): void {
    const args = this.args();
    const key = `${args.urls}\n${args.timeout}\n${args.maxBytes}\n${args.cache}\n${args.keys}\n${args.want}`;
    if (key !== this.#key) this.#start(args, key);
  }

  /** Asks the feed's server again, past this page's copy and the browser's HTTP cache. */
  reload(): void {
    this.args().urls.forEach(forgetFeed);
    this.#key = undefined;
    this.#fresh = true;
    this.host.requestUpdate();
  }

  async #start({ urls, timeout, maxBytes, cache, keys, want }: FeedArgs, key: string): Promise<void> {
    this.#abort?.abort();
    this.#key = key;
    const run = ++this.#run;
    const fresh = this.#fresh;
    this.#fresh = false;
    this.src = urls[0];
    const saved = cache && this.src ? savedFeed(this.src) : undefined;
    const signed = saved?.feed.signed;
    // With a key, the saved copy is verified again before it shows: the page's storage vouches for nothing.
    const copy = keys ? signed && verifiedFeed(signed.items, signed.url, keys).catch(() => undefined) : saved?.feed;
    this.feed = keys ? undefined : saved?.feed;
    this.error = this.savedAt = undefined;
    this.status = 'loading';
    // This runs inside the host's update, after its willUpdate, where a request for another update is
    // dropped: ask just after it, so the saved copy (or the loading state) shows without waiting.
    queueMicrotask(() => this.host.requestUpdate());
    if (keys)
      void (copy as Promise<Feed | undefined> | undefined)?.then((feed) => {
        if (run === this.#run && this.status === 'loading') {
          this.feed = feed;
          this.host.requestUpdate();
        }
      });
    if (!this.src) {
      this.status = 'error';
      this.error = new FeedError('no-src');
      return;
    }
    const abort = (this.#abort = new AbortController());
    let error: FeedError | undefined;
    let found: [Feed, string] | undefined;
    // Outside a secure context there is no WebCrypto, so nothing could ever verify: no address is asked.
    if (keys && !crypto.subtle) {
      cannotVerify();
      error = new FeedError('unverified');
    } else
      for (const url of urls) {
        try {
          const feed = await loadFeed(url, { timeout, maxBytes, fresh }, abort.signal, keys);
          if (run !== this.#run) return;
          // Mirrors hold the same statements: one that lacks the statement asked for (with `key`, a copy
          // whose version of it was forged) is passed over for the next; when none has it, the first stands.
          found ??= [feed, url];
          if (want && !feed.statements.some((s) => s.id === want)) continue;
          found = [feed, url];
          break;
        } catch (e) {
          if (run !== this.#run || isAbort(e)) return;
          error ??= e instanceof FeedError ? e : new FeedError('network');
        }
      }
    if (found) {
      [this.feed, this.src] = found;
      error = undefined;
      // Kept once the statement is on screen: writing the copy is no reason to show it later.
      const feed = found[0];
      if (cache) void afterPaint().then(() => saveFeed(urls[0]!, feed));
    } else if (error) {
      const feed = await copy;
      if (run !== this.#run) return;
      if (saved && feed) {
        this.feed = feed;
        this.savedAt = saved.at;
      } else this.error = error;
    }
    this.status = this.error ? 'error' : 'ready';
    this.host.requestUpdate();
  }
}
