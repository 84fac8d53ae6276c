/** The reader-facing sentence for each failure, through `msg()` so it follows the element's UI language. */
import { msg, str } from '@lit/localize';
import type { FeedError } from '../feed/errors.js';

export function errorMessage(error: FeedError): string {
  switch (error.code) {
    case 'network':
      return msg('The statement could not be loaded. Check your connection.', { id: 'error-network' });
    case 'cors':
      // The reader cannot fix this; the feed's owner learns how from the event's `code` and the README.
      return msg('This feed does not allow other websites to read it.', { id: 'error-cors' });
    case 'timeout':
      return msg('The feed took too long to answer.', { id: 'error-timeout' });
    case 'http':
      return msg(str`The feed server answered with an error (${error.status ?? 0}).`, { id: 'error-http' });
    case 'too-large':
      return msg('The feed is too large to show.', { id: 'error-too-large' });
    case 'truncated':
      return msg('The feed arrived incomplete.', { id: 'error-truncated' });
    case 'not-a-feed':
      return msg('The address does not point to a statement feed.', { id: 'error-not-a-feed' });
    // A reader can do nothing about an unknown character encoding: for them the feed is unreadable.
    // The partner, who can ask the publisher to fix it, gets the precise code in `icssi-error`.
    case 'encoding':
    case 'malformed':
      return msg('The feed is damaged and cannot be read.', { id: 'error-malformed' });
    case 'unsafe':
      return msg('The feed was refused for safety reasons.', { id: 'error-unsafe' });
    case 'empty':
      return msg('The feed has no statements yet.', { id: 'error-empty' });
    case 'not-found':
      return msg('This statement is not in the feed.', { id: 'error-not-found' });
    case 'unverified':
      return msg('This statement could not be verified.', { id: 'error-unverified' });
    case 'no-src':
      return msg('No feed was given.', { id: 'error-no-src' });
  }
}

/** Marks a last good copy shown because the feed could not be reached; `age` is e.g. “3 days ago”. */
export const savedCopyMessage = (age: string): string => msg(str`Saved copy from ${age}`, { id: 'stale' });
