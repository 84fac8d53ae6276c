/** Writing direction of a language tag, or of text whose language nobody told us. */

export type Dir = 'ltr' | 'rtl';

// Scripts written right to left (ISO 15924) and languages whose default script is one of them.
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr', 'mend']);
const RTL_LANGS = new Set([
  'ar', 'arc', 'ckb', 'dv', 'fa', 'glk', 'he', 'iw', 'ks', 'lrc', 'mzn', 'pnb', 'ps', 'prs', 'sd', 'syr', 'ug', 'ur', 'yi', 'azb',
]);

/** 'rtl' or 'ltr' for a BCP 47 tag; undefined when the tag is empty or malformed. */
export function directionOf(tag: string): Dir | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  // An explicit script decides (`ku-Arab` is right to left, `az-Latn` left to right).
  const script = locale.script?.toLowerCase();
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGS.has(locale.language) ? 'rtl' : 'ltr';
}

// Letters are the strong characters that decide `dir="auto"`; these scripts are the right-to-left ones.
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

/** Direction of the first letter, as `dir="auto"` would judge it; undefined for text without letters. */
export function directionOfText(text: string): Dir | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter ? (RTL_LETTER.test(letter) ? 'rtl' : 'ltr') : undefined;
}
