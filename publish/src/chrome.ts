/**
 * The few words a statement page adds around the publisher's text, in the widget's own translations
 * (src/locale/generated/, translated by hand in xliff/), so a page and an embed say the same thing.
 */
import { templates as ar } from '../../src/locale/generated/ar.js';
import { templates as ckb } from '../../src/locale/generated/ckb.js';
import { templates as fr } from '../../src/locale/generated/fr.js';
import { templates as it } from '../../src/locale/generated/it.js';
import { templates as kmr } from '../../src/locale/generated/kmr.js';
import { plural } from '../../src/locale/plural.js';

// The source language's strings are the msg() defaults in src/: these are the same words.
const en = {
  languages: 'Languages',
  original: 'Original',
  'signed-by': 'one{Signed by # organisation} other{Signed by # organisations}',
};
type Id = keyof typeof en;
const catalogues: Record<string, Partial<Record<Id, unknown>>> = { ar, ckb, fr, it, kmr };

/** A UI string in `lang` (its primary language's catalogue), else English. */
export function word(id: Id, lang: string): string {
  const found = catalogues[lang.split('-')[0]!]?.[id];
  return typeof found === 'string' ? found : en[id];
}

export const signedBy = (count: number, lang: string): string => plural(word('signed-by', lang), count, lang);
