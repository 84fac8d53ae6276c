
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-link': `نسخ الرابط`,
'error-cors': `لا يسمح مصدر البيانات للمواقع الأخرى بقراءته.`,
'error-empty': `لا يحتوي مصدر البيانات على أي بيان بعد.`,
'error-http': str`ردّ الخادم بخطأ (${0}).`,
'error-malformed': `مصدر البيانات تالف ولا يمكن قراءته.`,
'error-network': `تعذّر تحميل البيان. تحقّق من اتصالك.`,
'error-no-src': `لم يُحدَّد مصدر البيانات.`,
'error-not-a-feed': `هذا العنوان لا يشير إلى مصدر بيانات.`,
'error-not-found': `هذا البيان غير موجود في مصدر البيانات.`,
'error-timeout': `تأخّر مصدر البيانات كثيرًا في الرد.`,
'error-too-large': `مصدر البيانات أكبر من أن يُعرض.`,
'error-truncated': `وصل مصدر البيانات ناقصًا.`,
'error-unsafe': `رُفض مصدر البيانات لدواعٍ أمنية.`,
'error-unverified': `تعذّر التحقق من صحة هذا البيان.`,
'languages': `اللغات`,
'link-copied': `نُسخ الرابط`,
'load-image': `عرض الصورة`,
'loading': `جارٍ تحميل البيان…`,
'now-showing': `اللغة المعروضة:`,
'original': `النص الأصلي`,
'read-full': `اقرأ البيان كاملًا`,
'read-more': `اقرأ المزيد`,
'share': `مشاركة`,
'show-all': `عرض الكل`,
'show-fewer': `عرض أقل`,
'show-less': `عرض أقل`,
'signed-by': `one{وقّعت عليه منظمة واحدة} two{وقّعت عليه منظمتان} few{وقّعت عليه # منظمات} other{وقّعت عليه # منظمة}`,
'stale': str`نسخة محفوظة (${0})`,
'verified': str`بيان موثَّق من ${0}`,
    };
  