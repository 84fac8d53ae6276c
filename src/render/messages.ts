/** The reader-facing sentence for each failure, through `msg()` so it follows the element's UI language. */
import { msg, str } from '@lit/localize';
import type { FeedError } from '../feed/errors.js';

export function errorMessage(error: FeedError): string {
  switch (error.code) {
    case 'network':
      return msg('The statement could not be loaded. Check your connection and try again.', { id: 'error-network' });
    case 'cors':
      return msg(
        'The feed does not allow other websites to read it. Its owner can allow this: see “Serving the feed to other sites” in the icssi-statement documentation.',
        { id: 'error-cors' },
      );
    case 'timeout':
      return msg('The statement feed took too long to answer.', { id: 'error-timeout' });
    case 'http':
      return msg(str`The feed server answered with an error (${error.status ?? 0}).`, { id: 'error-http' });
    case 'too-large':
      return msg('The statement feed is too large to show.', { id: 'error-too-large' });
    case 'not-a-feed':
      return msg('The address does not point to a statement feed.', { id: 'error-not-a-feed' });
    case 'malformed':
      return msg('The statement feed is damaged and cannot be read.', { id: 'error-malformed' });
    case 'unsafe':
      return msg('The statement feed contains declarations that are refused for safety.', { id: 'error-unsafe' });
    case 'empty':
      return msg('The statement feed has no statements yet.', { id: 'error-empty' });
    case 'not-found':
      return msg('This statement is not in the feed.', { id: 'error-not-found' });
    case 'no-src':
      return msg('No statement feed was given.', { id: 'error-no-src' });
  }
}
