/** Writing direction of a language tag, or of text whose language nobody told us. */
import { memo } from './memo.js';

export type Dir = 'ltr' | 'rtl';

// Scripts written right to left (ISO 15924).
const RTL_SCRIPTS = /^(arab|hebr|syrc|thaa|nkoo|adlm|rohg|mand|samr|mend)$/i;

// The interface's six languages and the statements' common ones, bare or with a region that never
// changes their script (Kurmanji in Iraq is written in Arabic script): answered without `Intl.Locale`,
// whose first use costs Chromium ~10 ms of the first paint (it loads CLDR's likely subtags). The
// first group is right to left.
const COMMON = /^(?:(ar|ckb|fa|he|ur|ps|ug|yi|dv|syr)|en|it|fr|de|es|tr|nl|pt|sv|ru)(?:-(?:[a-z]{2}|\d{3}))?$|^kmr$/i;

/**
 * 'rtl' or 'ltr' for a BCP 47 tag; undefined when the tag is empty or malformed. An explicit script
 * decides (`ku-Arab` is right to left, `ar-Latn` left to right); otherwise the language's likely
 * script from the browser's CLDR data (`ckb` → Arab, `he` → Hebr), so only common languages need a table.
 */
export const directionOf = memo((tag: string): Dir | undefined => {
  const common = COMMON.exec(tag);
  if (common) return common[1] ? 'rtl' : 'ltr';
  try {
    return RTL_SCRIPTS.test(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return undefined;
  }
});

// Letters are the strong characters that decide `dir="auto"`; these scripts are the right-to-left ones.
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

/** Direction of the first letter, as `dir="auto"` would judge it; undefined for text without letters. */
export function directionOfText(text: string): Dir | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter ? (RTL_LETTER.test(letter) ? 'rtl' : 'ltr') : undefined;
}
