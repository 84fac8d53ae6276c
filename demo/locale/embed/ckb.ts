
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'e-no-src': `ئەم iframeە پێویستی بە ناونیشانی سەرچاوەیەکی بەیاننامە هەیە: ‎?src=https://…‎ بخەرە سەر ناونیشانی پەڕەکە.`,
'e-title': `بەیاننامە`,
    };
  