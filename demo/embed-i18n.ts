// The iframe page's messages in the reader's language: the statement's language when the address gives one, else the
// browser's languages. The page has its own copy of @lit/localize, so it configures it for its own catalogue.
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './locale/embed/locale-codes.js';
import { templates as ar } from './locale/embed/ar.js';
import { templates as ckb } from './locale/embed/ckb.js';
import { templates as kmr } from './locale/embed/kmr.js';
import { templates as it } from './locale/embed/it.js';
import { templates as fr } from './locale/embed/fr.js';
import { embedMessages } from './embed-messages.js';
import { pageLocale, setDocumentLocale } from './page-locale.js';

const catalogues: Record<string, LocaleModule> = { ar: { templates: ar }, ckb: { templates: ckb }, kmr: { templates: kmr }, it: { templates: it }, fr: { templates: fr } };
let current = sourceLocale as string;
configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => catalogues[locale]!,
});

/** The page's messages in the first of `wanted` it speaks, and a function that gives the document their language. */
export function embedText(wanted: readonly string[]) {
  current = pageLocale(wanted);
  const locale = current;
  return { ...embedMessages(), inTheirLanguage: () => setDocumentLocale(locale) };
}
