/** Dates in the reader's language. `Intl.DateTimeFormat` is costly to build, so one is kept per locale. */

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(ms: number, locale: string): string {
  let f = formatters.get(locale);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'long' });
    } catch {
      f = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
    }
    formatters.set(locale, f);
  }
  return f.format(ms);
}
