
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'e-no-src': `يحتاج هذا الإطار إلى عنوان مصدر بيانات: أضف ‎?src=https://…‎ إلى عنوان الصفحة.`,
'e-title': `بيان`,
    };
  