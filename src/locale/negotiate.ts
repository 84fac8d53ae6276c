/** Picks the best of the available languages for a reader's ordered preferences (BCP 47 lookup). */
import { memo } from './memo.js';

// Kurdish tags in the wild: `ku` with a script says which written standard is meant.
const ALIASES: Record<string, string> = { 'ku-arab': 'ckb', 'ku-latn': 'kmr', 'ku-iq': 'ckb', 'ku-ir': 'ckb', ku: 'kmr' };

/** Lower-cased canonical form, with Kurdish script variants mapped to Sorani or Kurmanji. */
export const canonical = memo((tag: string): string => {
  let t: string;
  try {
    t = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0]!.toLowerCase();
  } catch {
    return '';
  }
  for (const [alias, target] of Object.entries(ALIASES)) {
    if (t === alias || t.startsWith(alias + '-')) return target + t.slice(alias.length);
  }
  return t;
});

/** Successively shorter prefixes: `ar-Arab-IQ` → `ar-arab-iq`, `ar-arab`, `ar`. */
function prefixes(tag: string): string[] {
  const parts = canonical(tag).split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-')).filter(Boolean);
}

/**
 * Index into `available` of the best match for `wanted` (most preferred first), or -1.
 * For each wanted tag in turn: an exact match, then its shorter prefixes (`ar-IQ` finds `ar`),
 * then any available tag of the same language (`en` finds `en-GB`).
 */
export function negotiate(wanted: readonly string[], available: readonly string[]): number {
  const avail = available.map(canonical);
  for (const w of wanted) {
    const pre = prefixes(w);
    if (!pre.length) continue;
    for (const p of pre) {
      const i = avail.indexOf(p);
      if (i >= 0) return i;
    }
    const lang = pre[pre.length - 1];
    const i = avail.findIndex((a) => a.split('-')[0] === lang);
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * The reader's own tag for a UI `locale`, canonical (`ar-IQ` → `ar-iq` for `ar`), so digits follow
 * the reader's region: Intl writes `ar` with Latin digits but `ar-IQ` with Arabic-Indic ones.
 */
export const regionalTag = (wanted: readonly string[], locale: string): string =>
  canonical(wanted.find((w) => negotiate([w], [locale]) === 0) ?? locale);
