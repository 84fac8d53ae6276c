/**
 * The last good copy of each feed, so a later visit renders at once and an offline reader still sees
 * the statement. Kept in the page's `localStorage`: it is synchronous (the saved copy is on screen
 * in the first render, before any request), needs a few lines rather than IndexedDB's ceremony,
 * and, unlike the Cache API, also works on plain-http partner pages. That storage belongs to the
 * partner's origin and its ~5 MB quota is shared with the partner's own data, so the copies are
 * tightly bounded and a full or blocked storage is never an error. No cookies are involved.
 */
import type { Feed } from '../model.js';

// The model's version is part of the key: a copy saved by an older widget is simply never read.
const PREFIX = 'icssi-statement:1:';
const MAX_ENTRIES = 4;
/** UTF-16 code units for all copies together, about 800 KB. */
const MAX_CHARS = 400_000;

export interface SavedFeed {
  feed: Feed;
  /** When the copy was saved, in milliseconds since the epoch. */
  at: number;
}

const written = new WeakSet<Feed>();

/** The last good copy of the feed at `url`, if one was saved and is still readable. */
export function savedFeed(url: string): SavedFeed | undefined {
  try {
    const value = localStorage.getItem(PREFIX + url);
    // Stored as "<time> <json>", so eviction reads each entry's age without parsing it.
    const feed = value && (JSON.parse(value.slice(value.indexOf(' '))) as Feed);
    if (feed && feed.statements.every((s) => s.versions.length)) return { feed, at: parseInt(value) };
  } catch {
    // Storage blocked (sandboxed frame, privacy settings) or an unreadable copy: there is none.
  }
  return undefined;
}

/** Saves `feed` as the last good copy for `url`, evicting the oldest copies to stay within bounds. */
export function saveFeed(url: string, feed: Feed, at = Date.now()): void {
  // Every element sharing this page's request saves the same object: write it once.
  if (written.has(feed)) return;
  written.add(feed);
  const key = PREFIX + url;
  try {
    localStorage.removeItem(key);
    // The bodies alone are a lower bound on the copy's length: a feed too large to keep is never
    // serialised (a thousand statements took 70 ms of the first render to find that out).
    if (feed.statements.reduce((n, s) => s.versions.reduce((m, v) => m + (v.html ?? v.text ?? '').length, n), 0) > MAX_CHARS) return;
    const value = `${at} ${JSON.stringify(feed)}`;
    if (key.length + value.length > MAX_CHARS) return;
    const ours: [string, string][] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith(PREFIX)) ours.push([k, localStorage.getItem(k)!]);
    }
    // The newest copies stay while they fit beside the new one; every older one goes.
    ours.sort((a, b) => parseInt(b[1]) - parseInt(a[1]));
    let total = key.length + value.length;
    ours.forEach(([k, v], i) => {
      total += k.length + v.length;
      if (i + 1 >= MAX_ENTRIES || total > MAX_CHARS) localStorage.removeItem(k);
    });
    localStorage.setItem(key, value);
  } catch {
    // Quota reached or storage blocked: the widget works without a saved copy.
  }
}
