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
  // Unreadable: undated, never Invalid Date, never a guess
  ['Mon, 10 Feb 2025 06:00:00 CEST', undefined], // a zone name that is not unambiguous
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
