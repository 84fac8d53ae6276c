/**
 * Loads the host's feed whenever its arguments change. Each run gets a fresh AbortSignal and a run
 * number, so a slow old response never overwrites a newer one; leaving the page aborts the request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../model.js';
import { FeedError } from '../feed/errors.js';
import { forgetFeed, isAbort, loadFeed } from '../feed/load.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

export interface FeedArgs {
  /** Absolute feed URL, or '' when none was given. */
  url: string;
  timeout: number;
  maxBytes: number;
}

export class FeedController implements ReactiveController {
  status: FeedStatus = 'loading';
  feed?: Feed;
  error?: FeedError;

  #key?: string;
  #run = 0;
  #abort?: AbortController;

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
    const key = `${args.url}\n${args.timeout}\n${args.maxBytes}`;
    if (key !== this.#key) this.#start(args, key);
  }

  /** Asks the network again, ignoring the copy this page already has. */
  reload(): void {
    const { url } = this.args();
    forgetFeed(url);
    this.#key = undefined;
    this.host.requestUpdate();
  }

  async #start({ url, timeout, maxBytes }: FeedArgs, key: string): Promise<void> {
    this.#abort?.abort();
    this.#key = key;
    const run = ++this.#run;
    this.feed = undefined;
    this.error = undefined;
    if (!url) {
      this.status = 'error';
      this.error = new FeedError('no-src', 'No feed URL was given.');
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.status = 'loading';
    try {
      const feed = await loadFeed(url, { timeout, maxBytes }, abort.signal);
      if (run !== this.#run) return;
      this.feed = feed;
      this.status = 'ready';
    } catch (e) {
      if (run !== this.#run || isAbort(e)) return;
      this.error = e instanceof FeedError ? e : new FeedError('network', String(e));
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
