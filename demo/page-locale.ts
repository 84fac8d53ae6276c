// The language of the blogger pages' own interface (the builder's, the iframe page's messages): the first of the
// reader's languages the pages speak, English otherwise, with the direction that language is written in.
import { directionOf } from '../src/locale/direction.js';
import { sourceLocale, targetLocales } from '../src/locale/generated/locale-codes.js';
import { negotiate } from '../src/locale/negotiate.js';

export const pageLocales: readonly string[] = [sourceLocale, ...targetLocales];

export const pageLocale = (wanted: readonly string[]): string => pageLocales[Math.max(0, negotiate(wanted, pageLocales))]!;

export function setDocumentLocale(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale) ?? 'ltr';
}
