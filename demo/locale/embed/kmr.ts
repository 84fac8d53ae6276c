
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'e-no-src': `Ev iframe navnîşana çavkaniyeke daxuyaniyan dixwaze: ?src=https://… li navnîşana rûpelê zêde bike.`,
'e-title': `Daxuyanî`,
    };
  