/** Resolves feed-provided URLs and keeps only schemes a reader can safely follow. */

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);

/**
 * Resolves `raw` against each base in turn (the first absolute one wins) and returns the absolute
 * URL when its scheme is allowed. The URL parser strips tabs, newlines and leading control
 * characters exactly as the browser does when following a link, so `java\tscript:` and
 * `\u0001javascript:` are judged by the scheme a click would really use.
 */
export function safeUrl(raw: unknown, ...bases: (string | undefined)[]): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    for (const base of bases) {
      try {
        url = new URL(raw, base);
        break;
      } catch {
        /* try the next base */
      }
    }
  }
  return url && ALLOWED.has(url.protocol) ? url.href : undefined;
}

/** The first of `bases` that is itself an absolute URL, resolved against the ones after it. */
export function resolveBase(...bases: (string | undefined)[]): string {
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (!b) continue;
    try {
      return new URL(b, bases.slice(i + 1).find(Boolean)).href;
    } catch {
      /* not usable: try the next */
    }
  }
  return location.href;
}
