/**
 * Per-element UI language on top of @lit/localize's reentrant mode: `msg()` asks `getLocale()`
 * before every lookup, so each element makes its own locale current while it renders.
 *
 * `configureReentrantLocalization` may run once per copy of @lit/localize. Both builds carry a
 * private copy (the ES module build inlines it; only `lit` is shared), so an application that
 * configures @lit/localize for itself neither collides with this call nor changes our language.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
// Named imports, not `import * as`: a bundled namespace object costs bytes in every copy of the script.
import { templates as ar } from './generated/ar.js';
import { templates as ckb } from './generated/ckb.js';
import { templates as kmr } from './generated/kmr.js';
import { templates as it } from './generated/it.js';
import { templates as fr } from './generated/fr.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const uiLocales: readonly UiLocale[] = [sourceLocale, ...targetLocales];

const catalogues: Record<string, LocaleModule> = { ar: { templates: ar }, ckb: { templates: ckb }, kmr: { templates: kmr }, it: { templates: it }, fr: { templates: fr } };
let current: UiLocale = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => catalogues[locale],
});

/** Runs `fn` with `locale` as the language of every `msg()` it calls. */
export function inLocale<T>(locale: UiLocale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
