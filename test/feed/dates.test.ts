import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/feed/dates.js';

const iso = (s: string) => {
  const t = parseDate(s);
  return t === undefined ? undefined : new Date(t).toISOString();
};

// Every shape below has been seen in real feeds; each must give exactly this instant, or none.
const cases: [string, string | undefined][] = [
  // RFC 822 / 1123 as RSS carries them
  ['Mon, 10 Feb 2025 06:00:00 GMT', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 09:00:00 +0300', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 01:00:00 -0500', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 +0000', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 UT', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 UTC', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 Z', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 01:00:00 EST', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 02:00:00 EDT', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 00:00:00 CST', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 01:00:00 CDT', '2025-02-10T06:00:00.000Z'],
  ['Sun, 09 Feb 2025 23:00:00 MST', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 00:00:00 MDT', '2025-02-10T06:00:00.000Z'],
  ['Sun, 09 Feb 2025 22:00:00 PST', '2025-02-10T06:00:00.000Z'],
  ['Sun, 09 Feb 2025 23:00:00 PDT', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 gmt', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 25 06:00:00 GMT', '2025-02-10T06:00:00.000Z'], // 2-digit year, 00–49 → 20xx
  ['Wed, 10 Feb 99 06:00:00 GMT', '1999-02-10T06:00:00.000Z'], // 50–99 → 19xx
  ['Mon, 10 Feb 2025 06:00 GMT', '2025-02-10T06:00:00.000Z'], // no seconds
  ['10 Feb 2025 06:00:00 GMT', '2025-02-10T06:00:00.000Z'], // no day name
  ['Mon,  10 Feb  2025  06:00:00  GMT', '2025-02-10T06:00:00.000Z'], // doubled spaces
  ['Mon, 3 Feb 2025 06:00:00 GMT', '2025-02-03T06:00:00.000Z'], // 1-digit day
  ['Monday, 10 February 2025 06:00:00 GMT', '2025-02-10T06:00:00.000Z'], // names spelt out
  ['Mon,10 Feb 2025 06:00:00 +03:00', '2025-02-10T03:00:00.000Z'],
  ['  Mon, 10 Feb 2025 06:00:00 GMT\n', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00', '2025-02-10T06:00:00.000Z'], // no zone: UTC
  // RFC 3339 / ISO 8601
  ['2025-02-10T09:00:00+03:00', '2025-02-10T06:00:00.000Z'],
  ['2025-02-10T06:00:00Z', '2025-02-10T06:00:00.000Z'],
  ['2025-02-10T06:00:00.123Z', '2025-02-10T06:00:00.123Z'],
  ['2025-02-10T06:00:00.123456789+00:00', '2025-02-10T06:00:00.123Z'],
  ['2025-02-10t06:00:00z', '2025-02-10T06:00:00.000Z'],
  ['2025-02-10 06:00:00', '2025-02-10T06:00:00.000Z'], // WordPress date_gmt style, no zone
  ['2025-02-10', '2025-02-10T00:00:00.000Z'],
  // Named European zones (tz database abbreviations) and zone spellings other feed readers accept
  ['Mon, 10 Feb 2025 07:00:00 MET', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 08:00:00 MEST', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 07:00:00 CET', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 08:00:00 CEST', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 08:00:00 EET', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 09:00:00 EEST', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 WET', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 07:00:00 WEST', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 07:00:00 BST', '2025-02-10T06:00:00.000Z'], // British Summer Time
  ['Mon, 10 Feb 2025 09:00:00 MSK', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 08:00:00 cest', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 Etc/GMT', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 04:59:00 GMT-01:01', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 09:00:00 UTC+03:00', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 09:00:00 GMT+3', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 09:00:00 +03', '2025-02-10T06:00:00.000Z'],
  ['Mon, 10 Feb 2025 06:00:00 A', '2025-02-10T06:00:00.000Z'], // military letter: RFC 2822 reads it as unknown, UTC
  // A comma after the month, a date without a time
  ['Mon, 13 Feb, 2012 10:00:00 GMT', '2012-02-13T10:00:00.000Z'],
  ['13 Feb, 2012', '2012-02-13T00:00:00.000Z'],
  ['Thu, 01 Jan 2004', '2004-01-01T00:00:00.000Z'],
  ['10 Feb 2025', '2025-02-10T00:00:00.000Z'],
  ['Thu, 01 Jan 04', '2004-01-01T00:00:00.000Z'],
  ['Thu, 01 Jan 2004 +0100', '2003-12-31T23:00:00.000Z'],
  // W3C-DTF reduced precision
  ['2003', '2003-01-01T00:00:00.000Z'],
  ['2003-12', '2003-12-01T00:00:00.000Z'],
  ['1997-07-16T19:20+01:00', '1997-07-16T18:20:00.000Z'],
  ['2025-02-10T09:00:00 UTC+03:00', '2025-02-10T06:00:00.000Z'],
  // Out of range: undated, never a wrong date
  ['9999-12-31T23:59:59-99:99', undefined],
  ['9999-12-31T23:59:59-23:59', undefined], // a real offset, but past year 9999
  ['2025-02-10T06:00:00+24:00', undefined],
  ['2025-02-10T06:00:00+03:60', undefined],
  ['Mon, 10 Feb 2025 06:00:00 +9999', undefined],
  ['Mon, 10 Feb 2025 06:00:00 GMT+25', undefined],
  ['Mon, 10 Feb 2025 06:00:00 Etc/GMT+3', undefined], // tz's inverted sign: not guessed
  ['Mon, 10 Feb 2025 06:60:00 GMT', undefined],
  ['Mon, 10 Feb 2025 06:00:61 GMT', undefined],
  ['Mon, 00 Feb 2025 06:00:00 GMT', undefined],
  ['Mon, 32 Jan 2025 06:00:00 GMT', undefined],
  ['2003-00', undefined],
  ['2003-12-00', undefined],
  ['0000-00-00 00:00:00', undefined], // a database's zero date
  ['0001-01-01T00:00:00Z', undefined], // a zero value for "no date"
  // Unreadable: undated, never Invalid Date, never a guess
  ['Mon, 10 Feb 2025 06:00:00 IST', undefined], // India +05:30, Israel +02, Ireland +01: ambiguous
  ['Mon, 10 Feb 2025 06:00:00 AST', undefined], // Atlantic -04 or Arabia +03: ambiguous
  ['Mon, 10 Feb 2025 06:00:00 J', undefined], // military J is the observer's local time
  ['Mon, 10 Feb 2025 06:00:00 Europe/Paris', undefined],
  ['2025-02-10garbage', undefined],
  ['20250210', undefined],
  ['2025/02/10', undefined],
  ['Mon, 31 Feb 2025 06:00:00 GMT', undefined],
  ['Mon, 10 Foo 2025 06:00:00 GMT', undefined],
  ['Mon, 10 Feb 2025 25:00:00 GMT', undefined],
  ['2025-13-10T06:00:00Z', undefined],
  ['2025-02-30', undefined],
  ['yesterday', undefined],
  ['', undefined],
];

describe('reading feed dates', () => {
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected ?? 'no date'}`, () => {
      expect(iso(input)).to.equal(expected);
    });
  }

  it('leaves a date that is not a string undated', () => {
    expect(parseDate(1739167200000)).to.equal(undefined);
    expect(parseDate(null)).to.equal(undefined);
  });
});
