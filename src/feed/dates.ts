/** Explicit date parsers: `Date.parse` only guarantees ISO 8601, and feeds are creative. */

// W3C-DTF's reduced precision (`2003`, `2003-12`) too; whatever follows is the zone, judged by zoneOffset.
const RFC3339 = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?)?)?\s*(\S*)$/i;

// Day name optional, a comma after the month allowed, time optional, seconds optional, any run of spaces.
const RFC822 = /^(?:[a-z]+,?\s*)?(\d\d?)\s+([a-z]{3,})\.?,?\s+(\d{4}|\d\d)(?:\s+(\d\d?):(\d\d)(?::(\d\d))?)?\s*(\S*)$/i;

/**
 * Zone names by whole hours east of UTC, from -8 (the first group) to +3 (the last): RFC 822 §5.1's
 * North American names, and the European abbreviations the tz database uses today (its `europe` file).
 */
const ZONES = 'PST|MST PDT|CST MDT|EST CDT|EDT||||WET|CET MET WEST BST|CEST MEST EET|EEST MSK';

/** RFC 3339 / ISO 8601 / W3C-DTF dates and date-times, with or without fractions; a missing zone means UTC. */
export function parseIsoDate(s: string): number | undefined {
  const m = RFC3339.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo = '1', d = '1', h = '0', mi = '0', sec = '0', frac = '', zone = ''] = m;
  return utc(+y!, +mo, +d, +h, +mi, +sec, Math.round(Number(`0.${frac || 0}`) * 1000), zone);
}

/**
 * RFC 822 / RFC 1123 / RFC 2822 dates as RSS carries them: `Mon, 10 Feb 2025 06:00:00 GMT`, also
 * with 2-digit years (RFC 2822 §4.3: 00–49 are 20xx), no seconds, no time, no day name, doubled
 * spaces or a comma after the month (`13 Feb, 2012`).
 */
export function parseRfc822Date(s: string): number | undefined {
  const m = RFC822.exec(s.trim());
  const mo = m && 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(m[2]!.slice(0, 3).toLowerCase());
  if (!m || mo === null || mo % 3) return undefined;
  const [, d, , y, h = '0', mi = '0', sec = '0', zone = ''] = m;
  return utc(+y! + (y!.length > 2 ? 0 : +y! < 50 ? 2000 : 1900), mo / 3 + 1, +d!, +h, +mi, +sec, 0, zone);
}

/**
 * Minutes east of UTC, or undefined for a zone we cannot place with confidence (see "Dates" in
 * docs/feed-format.md for the table and its sources):
 * - none, `Z`, `GMT`, `UT`, `UTC`, `Etc/GMT`: UTC; so are military letters, which RFC 2822 §4.3 reads
 *   as "offset unknown";
 * - `+03:00`, `+0300`, `+03`, also after `GMT` or `UTC` (`GMT-01:01`, `UTC+03:00`): within ±23:59, as
 *   RFC 3339's grammar allows. `Etc/GMT+3` is refused: tz inverts its sign;
 * - RFC 822's North American names (`EST` … `PDT`), and Europe's in the tz database (`WET`, `WEST`,
 *   `CET`, `CEST`, `MET`, `MEST`, `EET`, `EEST`, `BST`, `MSK`).
 */
export function zoneOffset(zone: string): number | undefined {
  const z = zone.toUpperCase().replace(/^(GMT|UTC?|ETC\/GMT$)(?=[+-]|$)/, '');
  const [, sign, hh = '', mm = '0'] = /^([+-])(\d\d?):?(\d\d)?$/.exec(z) ?? [];
  if (sign) return +hh < 24 && +mm < 60 ? +(sign + 1) * (+hh * 60 + +mm) : undefined;
  // z is a single word, so it matches a whole name or none.
  const hours = ZONES.split('|').findIndex((names) => names.split(' ').includes(z));
  return /^[A-IK-Z]?$/.test(z) ? 0 : hours < 0 ? undefined : (hours - 8) * 60;
}

/**
 * The instant, or undefined when a field or the zone is out of range: 31 February does not roll
 * into March, `-99:99` is no offset, and years before 1000 (`0001-01-01`, a zero value some servers
 * write for "no date") or instants past 9999 are no publication date.
 */
function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: string) {
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  // An unknown zone makes the instant NaN, which fails the last test.
  const instant = t - zoneOffset(zone)! * 6e4;
  return new Date(t).getUTCDate() === d && y > 999 && mo > 0 && mo < 13 && h < 24 && mi < 60 && s < 61 && instant < 2534023008e5
    ? instant
    : undefined;
}

/** Any date string a feed may hold; undefined when it cannot be read with confidence. */
export function parseDate(s: unknown): number | undefined {
  if (typeof s !== 'string' || !s.trim()) return undefined;
  return parseIsoDate(s) ?? parseRfc822Date(s);
}
