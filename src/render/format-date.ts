/** Dates in the reader's language. `Intl.DateTimeFormat` is costly to build, so one is kept per list of locales. */
import { memo } from '../locale/memo.js';
import { canonical } from '../locale/negotiate.js';

// Browsers ship trimmed locale data: Chromium has no Sorani calendar names, and Iraqi Arabic's are
// the nearest a Sorani reader meets every day.
const NEAREST: Record<string, string> = { ckb: 'ar-IQ' };

// Each date is formatted once per list of locales: a list renders again for every chunk it grows by.
// The fields of CLDR's long date, not `dateStyle: 'long'`, which Chromium takes a third longer to build.
const formatter = memo((list: string) => {
  const f = new Intl.DateTimeFormat(list ? list.split(' ') : [], { year: 'numeric', month: 'long', day: 'numeric' });
  return memo((ms: string) => f.format(+ms));
});

/**
 * A formatter of long dates in the first of `locales` the browser can format (the reader's own
 * language, then the UI language); `Intl` does that lookup itself, cheaper than asking
 * `supportedLocalesOf`. A list asks for it once per render, not once per date.
 */
export function dateFormat(locales: readonly string[]): (ms: number) => string {
  // A page's lang attribute can hold anything; one malformed tag would make Intl reject the whole list.
  const list = locales.map(canonical).flatMap((l) => (l ? [l, ...(NEAREST[l] ? [NEAREST[l]] : [])] : []));
  const f = formatter(list.join(' '));
  return (ms) => f(String(ms));
}

export const formatDate = (ms: number, locales: readonly string[]): string => dateFormat(locales)(ms);
