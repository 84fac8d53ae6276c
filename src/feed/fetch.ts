/** Fetches a feed's bytes: no cookies, no referrer, a time limit and a size cap enforced while streaming. */
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
      if (controller.signal.aborted) throw abortError(timedOut, timeout);
      throw await classifyNetworkFailure(url);
    }
    if (!response.ok) {
      throw new FeedError('http', `The feed server answered ${response.status}.`, response.status);
    }
    // A picture, sound or font (a captive portal's logo, a misconfigured path) is refused unread.
    if (/^\s*(image|audio|video|font)\//i.test(response.headers.get('content-type') ?? '')) {
      throw new FeedError('not-a-feed', 'The address returned media, not a feed.');
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const text = await readCapped(response, maxBytes).catch((e: unknown) => {
      if (e instanceof FeedError) throw e;
      if (controller.signal.aborted) throw abortError(timedOut, timeout);
      throw new FeedError('truncated', 'The connection broke while the feed was loading.');
    });
    return { text, contentType: response.headers.get('content-type') ?? '', url: response.url || url };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function abortError(timedOut: boolean, timeout: number) {
  return timedOut
    ? new FeedError('timeout', `The feed did not answer within ${timeout} ms.`)
    : new DOMException('Aborted', 'AbortError');
}

const tooLarge = (maxBytes: number) => new FeedError('too-large', `The feed is larger than ${maxBytes} bytes.`);

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const charset = /charset=["']?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder();
  }
  if (!response.body) return decoder.decode(await response.arrayBuffer());
  const reader = response.body.getReader();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * A browser reports a CORS refusal and an unreachable server with the same TypeError. An opaque
 * `no-cors` request to the same URL tells them apart: it succeeds only when the server answered.
 */
async function classifyNetworkFailure(url: string): Promise<FeedError> {
  if (new URL(url, location.href).origin !== location.origin) {
    try {
      await fetch(url, { mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer' });
      return new FeedError('cors', 'The feed server does not allow other sites to read the feed.');
    } catch {
      /* unreachable: fall through to a network error */
    }
  }
  return new FeedError('network', 'The feed could not be reached.');
}
