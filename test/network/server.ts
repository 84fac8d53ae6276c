/** Browser-side helpers for the fault-injection server (test/support/faults.mjs): fixture URLs and its request log. */

export interface LoggedRequest {
  url: string;
  host: string;
  referer?: string;
  cookie?: string;
  ifNoneMatch?: string;
  status?: number;
  aborted: boolean;
}

let counter = 0;
/** A key no other test (or browser running at the same time) uses, so its requests can be counted alone. */
export const uniqueKey = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}${counter++}`;

/** A fixture feed URL on this page's origin (or on the other test origin) with the given faults. */
export function faultUrl(fixture: string, faults: Record<string, string | number | true> = {}, crossOrigin = false): string {
  const url = new URL(`/faults/feed/${fixture}`, crossOrigin ? `http://127.0.0.1:${location.port}` : location.href);
  url.searchParams.set('key', uniqueKey());
  for (const [k, v] of Object.entries(faults)) url.searchParams.set(k, v === true ? '' : String(v));
  return url.href;
}

/** What the server received for paths starting with `prefix` (a path, or a full URL on either origin). */
export async function requests(prefix: string): Promise<LoggedRequest[]> {
  const u = new URL(prefix, location.href);
  const res = await fetch(`/faults/log?prefix=${encodeURIComponent(u.pathname + u.search)}`, { cache: 'no-store' });
  return res.json();
}

/** Polls until `check` passes or the time is up; returns its last result. */
export async function eventually<T>(read: () => Promise<T> | T, check: (v: T) => boolean, ms = 3000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = await read();
    if (check(v) || performance.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Collects uncaught exceptions and unhandled rejections on this page from now on. */
export function uncaught(): string[] {
  const seen: string[] = [];
  addEventListener('error', (e) => seen.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => seen.push(String(e.reason)));
  return seen;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
