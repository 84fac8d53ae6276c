
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'load-image': `Load image`,
'error-network': `The statement could not be loaded. Check your connection and try again.`,
'error-cors': `The feed does not allow other websites to read it. Its owner can allow this: see “Serving the feed to other sites” in the icssi-statement documentation.`,
'error-timeout': `The statement feed took too long to answer.`,
'error-http': str`The feed server answered with an error (${0}).`,
'error-too-large': `The statement feed is too large to show.`,
'error-not-a-feed': `The address does not point to a statement feed.`,
'error-malformed': `The statement feed is damaged and cannot be read.`,
'error-unsafe': `The statement feed contains declarations that are refused for safety.`,
'error-empty': `The statement feed has no statements yet.`,
'error-not-found': `This statement is not in the feed.`,
'error-no-src': `No statement feed was given.`,
'loading': `Loading statement…`,
'read-full': `Read the full statement`,
    };
  