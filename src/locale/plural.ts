/** Counted phrases ("Signed by 3 organisations") in any language's plural forms and digits. */
import { memo } from './memo.js';

// Built once per locale and shared by every widget on the page.
const rules = memo((locale: string) => new Intl.PluralRules(locale));
const digits = memo((locale: string) => new Intl.NumberFormat(locale));

/**
 * Picks the form of `forms` that `n` needs in `locale` and writes `n` in the locale's digits.
 * A catalogue string lists only the forms its language uses, as `one{… # …} other{… # …}`, keyed by
 * Intl.PluralRules categories (zero, one, two, few, many, other): Arabic needs one, two, few and
 * other, English one and other. A category the string leaves out falls back to `other`.
 */
export function plural(forms: string, n: number, locale: string): string {
  const byCategory: Record<string, string> = {};
  for (const [, category, text] of forms.matchAll(/(\w+)\{([^}]*)\}/g)) byCategory[category!] = text!;
  const text = byCategory[rules(locale).select(n)] ?? byCategory.other ?? '';
  return text.replace('#', digits(locale).format(n));
}
