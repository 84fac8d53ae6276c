/** Explicit date parsers: `Date.parse` only guarantees ISO 8601, and feeds are creative. */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** RFC 3339 / ISO 8601 date-times, with or without fractions; a missing zone means UTC. */
export function parseIsoDate(s: string): number | undefined {
  const m = RFC3339.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone = 'Z'] = m;
  const ms = Math.round(Number(`0.${frac || 0}`) * 1000);
  const t = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +sec, ms);
  return valid(+mo!, +d!, +h, +mi, +sec) ? t - zoneOffset(zone) * 60000 : undefined;
}

/** Minutes east of UTC for `Z`, `+03:00` or `+0300`. */
export function zoneOffset(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) : 0;
}

export const valid = (mo: number, d: number, h: number, mi: number, s: number): boolean =>
  mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 24 && mi <= 59 && s <= 60;

/** Any date string a feed may hold; undefined when it cannot be read with confidence. */
export function parseDate(s: unknown): number | undefined {
  if (typeof s !== 'string' || !s.trim()) return undefined;
  return parseIsoDate(s);
}
