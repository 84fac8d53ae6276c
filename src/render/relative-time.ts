/** “3 days ago” in the interface language: the age of a saved copy, in the largest unit that fits. */
import { memo } from '../locale/memo.js';

const formatter = memo((locale: string) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536e6],
  ['month', 2_592e6],
  ['week', 6_048e5],
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
];

export function timeAgo(at: number, locale: string, now = Date.now()): string {
  const age = Math.max(0, now - at);
  const [unit, ms] = UNITS.find(([, ms]) => age >= ms) ?? UNITS[5]!;
  return formatter(locale).format(-Math.floor(age / ms), unit);
}
