/** Explicit date parsers: `Date.parse` only guarantees ISO 8601, and feeds are creative. */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// Day name optional, seconds optional, any run of spaces; the zone may be a name, a military letter or numeric.
const RFC822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3,})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]{1,3}|[+-]\d{2}:?\d{2}))?$/i;

/** RFC 3339 / ISO 8601 date-times, with or without fractions; a missing zone means UTC. */
export function parseIsoDate(s: string): number | undefined {
  const m = RFC3339.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone = 'Z'] = m;
  return utc(+y!, +mo!, +d!, +h, +mi, +sec, Math.round(Number(`0.${frac || 0}`) * 1000), zoneOffset(zone));
}

/**
 * RFC 822 / RFC 1123 / RFC 2822 dates as RSS carries them: `Mon, 10 Feb 2025 06:00:00 GMT`, also
 * with 2-digit years (RFC 2822 §4.3: 00–49 are 20xx), no seconds, no day name or doubled spaces.
 */
export function parseRfc822Date(s: string): number | undefined {
  const m = RFC822.exec(s.trim());
  const mo = m && 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(m[2]!.slice(0, 3).toLowerCase());
  if (!m || mo === null || mo % 3) return undefined;
  const [, d, , y, h, mi, sec = '0', zone = ''] = m;
  const offset = zoneOffset(zone);
  const year = y!.length > 2 ? +y! : +y! + (+y! < 50 ? 2000 : 1900);
  return offset === undefined ? undefined : utc(year, mo / 3 + 1, +d!, +h!, +mi!, +sec, 0, offset);
}

/**
 * Minutes east of UTC for `Z`, `+03:00`, `+0300`, `GMT`/`UT`/`UTC`, or a North American zone name;
 * undefined for a name we cannot place. RFC 2822 §4.3 reads military letters other than `Z` as
 * "offset unknown", which is UTC; a missing zone is UTC too.
 */
export function zoneOffset(zone: string): number | undefined {
  const z = zone.toUpperCase();
  const num = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (num) return (num[1] === '-' ? -1 : 1) * (+num[2]! * 60 + +num[3]!);
  const us = /^([ECMP])([SD])T$/.exec(z);
  if (us) return (-5 - 'ECMP'.indexOf(us[1]!) + (us[2] === 'D' ? 1 : 0)) * 60;
  return /^(|GMT|UTC?|[A-IK-Z])$/.test(z) ? 0 : undefined;
}

/** The instant, or undefined when a field is out of range (31 February does not roll into March). */
function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset = 0) {
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  return new Date(t).getUTCDate() === d && mo >= 1 && mo <= 12 && h <= 23 && mi <= 59 && s <= 60 ? t - offset * 60000 : undefined;
}

/** Any date string a feed may hold; undefined when it cannot be read with confidence. */
export function parseDate(s: unknown): number | undefined {
  if (typeof s !== 'string' || !s.trim()) return undefined;
  return parseIsoDate(s) ?? parseRfc822Date(s);
}
