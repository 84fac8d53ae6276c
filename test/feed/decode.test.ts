import { expect } from '@open-wc/testing';
import { decode } from '../../src/feed/decode.js';
import { FeedError } from '../../src/feed/errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const xml = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?><rss/>`;

// The rules decide from bytes and headers alone; test/feed/wild.test.ts shows the same files in the element.
describe('choosing the encoding of a feed body', () => {
  it('lets a UTF-8 byte-order mark beat the HTTP charset and the XML declaration', () => {
    expect(decode(cat([0xef, 0xbb, 0xbf], utf8(xml('windows-1252') + 'é')), 'text/xml; charset=windows-1252')).to.equal(xml('windows-1252') + 'é');
  });

  it('reads JSON as UTF-8 whatever the charset says, a BOM tolerated', () => {
    const json = '{"title":"بيان"}';
    expect(decode(utf8(`\n ${json}`), 'application/json; charset=ISO-8859-1')).to.equal(`\n ${json}`);
    expect(decode(cat([0xef, 0xbb, 0xbf], utf8(json)), 'text/plain; charset=windows-1256')).to.equal(json);
  });

  it('takes any WHATWG label from the HTTP charset, quoted or not, in any case', () => {
    // "Мир" in KOI8-R
    expect(decode(cat(utf8('<r>'), [0xed, 0xc9, 0xd2], utf8('</r>')), 'text/xml; Charset="KOI8-R"')).to.equal('<r>Мир</r>');
    expect(decode(Uint8Array.from([0xe9]), "text/xml;charset='latin1'")).to.equal('é');
  });

  it('takes the XML declaration when the header names no charset', () => {
    expect(decode(cat(utf8(xml('ISO-8859-6')), [0xc8]), 'application/rss+xml')).to.equal(xml('ISO-8859-6') + 'ب');
    expect(decode(cat(utf8(`<?xml version='1.0' encoding='cp1256'?>`), [0xc8]), '')).to.equal(`<?xml version='1.0' encoding='cp1256'?>ب`);
  });

  it('falls back to UTF-8 with neither', () => {
    expect(decode(utf8('<?xml version="1.0"?><t>ب</t>'), 'application/xml')).to.equal('<?xml version="1.0"?><t>ب</t>');
  });

  it('decodes bytes valid in no candidate in the first, with replacement characters', () => {
    // 0xA1 is unmapped in ISO-8859-6, and a UTF-8 sequence cannot start with it.
    expect(decode(cat(utf8(xml('ISO-8859-6')), [0xa1, 0xc8]), '')).to.equal(`${xml('ISO-8859-6')}\uFFFDب`);
  });

  for (const [where, bytes, type] of [
    ['the HTTP charset', utf8('<rss/>'), 'text/xml; charset=utf8mb4'],
    ['the XML declaration', utf8(xml('x-mac-klingon')), 'text/xml'],
    ['a label the standard maps to no decoder (replacement)', utf8(xml('iso-2022-kr')), ''],
  ] as const) {
    it(`refuses an unknown label in ${where} as encoding`, () => {
      expect(() => decode(bytes, type))
        .to.throw(FeedError)
        .with.property('code', 'encoding');
    });
  }
});
