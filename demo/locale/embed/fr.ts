
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'e-no-src': `Cette iframe a besoin de l’adresse d’un flux de déclarations : ajoutez ?src=https://… à l’adresse de la page.`,
'e-title': `Déclaration`,
    };
  