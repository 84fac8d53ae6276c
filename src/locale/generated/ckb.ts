
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'copy-link': `بەستەرەکە کۆپی بکە`,
'error-cors': `ئەم سەرچاوەیە ڕێگە نادات ماڵپەڕەکانی تر بیخوێننەوە.`,
'error-empty': `هێشتا هیچ بەیاننامەیەک لە سەرچاوەکەدا نییە.`,
'error-http': str`سێرڤەرەکە بە هەڵەیەک وەڵامی دایەوە (${0}).`,
'error-malformed': `سەرچاوەکە تێکچووە و ناخوێندرێتەوە.`,
'error-network': `نەتوانرا بەیاننامەکە بار بکرێت. پەیوەندییەکەت بپشکنە.`,
'error-no-src': `هیچ سەرچاوەیەک دیاری نەکراوە.`,
'error-not-a-feed': `ئەم ناونیشانە سەرچاوەی بەیاننامە نییە.`,
'error-not-found': `ئەم بەیاننامەیە لە سەرچاوەکەدا نییە.`,
'error-timeout': `وەڵامی سەرچاوەکە زۆر دواکەوت.`,
'error-too-large': `سەرچاوەکە زۆر گەورەیە بۆ پیشاندان.`,
'error-truncated': `سەرچاوەکە بە ناتەواوی گەیشت.`,
'error-unsafe': `سەرچاوەکە لەبەر هۆکاری ئاسایش ڕەتکرایەوە.`,
'error-unverified': `نەتوانرا ئەم بەیاننامەیە پشتڕاست بکرێتەوە.`,
'languages': `زمانەکان`,
'link-copied': `بەستەرەکە کۆپی کرا`,
'load-image': `وێنەکە پیشان بدە`,
'loading': `بارکردنی بەیاننامە…`,
'now-showing': `زمانی پیشاندراو:`,
'original': `دەقی ڕەسەن`,
'read-full': `هەموو بەیاننامەکە بخوێنەوە`,
'read-more': `زیاتر بخوێنەوە`,
'share': `هاوبەشی پێ بکە`,
'show-all': `هەمووی پیشان بدە`,
'show-fewer': `کەمتر پیشان بدە`,
'show-less': `کەمتر پیشان بدە`,
'signed-by': `one{واژۆکراوە لەلایەن یەک ڕێکخراوەوە} other{واژۆکراوە لەلایەن # ڕێکخراوەوە}`,
'stale': str`کۆپییەکی پاشەکەوتکراو (${0})`,
'verified': str`پشتڕاستکراوە: ${0}`,
    };
  