/** Typed feed failures: each code maps to its own localised message and to `icssi-error`'s detail. */

export type FeedErrorCode =
  | 'network' // no answer at all (offline, DNS, refused)
  | 'cors' // the server answered but does not let other sites read the feed
  | 'timeout'
  | 'http' // a non-2xx status
  | 'too-large'
  | 'truncated' // the connection broke before the whole body arrived
  | 'not-a-feed' // an HTML page or something unrecognisable
  | 'encoding' // a character encoding no browser knows
  | 'malformed' // a recognised format that does not parse
  | 'unsafe' // XML with a DOCTYPE or ENTITY declaration
  | 'empty' // a valid feed with no usable statement
  | 'not-found' // the requested statement id is not in the feed
  | 'unverified' // with `key`: no signature verified, or this statement's did not
  | 'no-src';

/**
 * The code is the whole message: readers get a localised sentence for it (render/messages.ts) and
 * partners get it in `icssi-error`. English prose here would ship to every visitor and reach no one.
 */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    readonly status?: number,
  ) {
    super(code);
    this.name = 'FeedError';
  }
}
