/** Fetches a feed's bytes: no cookies, no referrer, a time limit and a size cap enforced while streaming. */
import { decode } from './decode.js';
import { FeedError } from './errors.js';

export interface FetchOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is aborted. */
  timeout: number;
  /** Bytes; a larger body is refused without being parsed. */
  maxBytes: number;
  /** Revalidate with the server even when the HTTP cache holds a fresh copy (`reload()`). */
  fresh?: boolean;
}

export interface FetchedFeed {
  text: string;
  contentType: string;
  /** The final URL after redirects: relative links in the feed resolve against it. */
  url: string;
}

export async function fetchFeed(url: string, { signal, timeout, maxBytes, fresh }: FetchOptions): Promise<FetchedFeed> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        // The reader's cookies and the partner page's address are nobody else's business.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        // Otherwise the HTTP cache decides: the URL is never made unique, so browsers and CDNs can
        // answer from their copies and a feed's server carries little load however many pages embed it.
        cache: fresh ? 'no-cache' : undefined,
      });
    } catch {
      if (controller.signal.aborted) throw abortError(timedOut);
      throw await classifyNetworkFailure(url);
    }
    if (!response.ok) {
      throw new FeedError('http', response.status);
    }
    const contentType = response.headers.get('content-type') ?? '';
    // A picture, sound or font (a captive portal's logo, a misconfigured path) is refused unread.
    if (/^\s*(image|audio|video|font)\//i.test(contentType)) {
      throw new FeedError('not-a-feed');
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new FeedError('too-large');
    const bytes = await readCapped(response, maxBytes).catch((e: unknown) => {
      if (e instanceof FeedError) throw e;
      if (controller.signal.aborted) throw abortError(timedOut);
      throw new FeedError('truncated');
    });
    return { text: decode(bytes, contentType), contentType, url: response.url || url };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const abortError = (timedOut: boolean) => (timedOut ? new FeedError('timeout') : new DOMException('Aborted', 'AbortError'));

/** The body's bytes, refused as soon as they pass `maxBytes` (a chunked body declares no length). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (let r; reader && !(r = await reader.read()).done; ) {
    chunks.push(r.value);
    if ((received += r.value.byteLength) > maxBytes) {
      reader.cancel().catch(() => {});
      throw new FeedError('too-large');
    }
  }
  // Copied here rather than through a Blob, whose read is one more trip to the browser's storage.
  const bytes = new Uint8Array(received);
  received = 0;
  for (const c of chunks) bytes.set(c, (received += c.byteLength) - c.byteLength);
  return bytes;
}

/**
 * A browser reports a CORS refusal and an unreachable server with the same TypeError. An opaque
 * `no-cors` request to the same URL tells them apart: it succeeds only when the server answered.
 */
async function classifyNetworkFailure(url: string): Promise<FeedError> {
  if (new URL(url, location.href).origin !== location.origin) {
    try {
      await fetch(url, { mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
      // Readers see that the feed refuses other sites; the partner who can fix it looks here.
      console.warn(`icssi-statement: ${url} does not let other sites read it: see "Serving the feed to other sites" in the README.`);
      return new FeedError('cors');
    } catch {
      /* unreachable: fall through to a network error */
    }
  }
  return new FeedError('network');
}
