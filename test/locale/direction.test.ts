import { expect } from '@open-wc/testing';
import { directionOf, directionOfText } from '../../src/locale/direction.js';

describe('writing direction', () => {
  const tags: [string, string | undefined][] = [
    ['ar', 'rtl'],
    ['ar-IQ', 'rtl'],
    ['ckb', 'rtl'],
    ['ckb-IR', 'rtl'],
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['ur', 'rtl'],
    ['syr', 'rtl'],
    ['kmr', 'ltr'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['it', 'ltr'],
    ['tr', 'ltr'],
    // The script subtag decides over the language.
    ['ku-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['ku', 'ltr'],
    ['ar-Latn', 'ltr'],
    ['az-Arab', 'rtl'],
    ['pa-Arab', 'rtl'],
    ['', undefined],
    ['not a tag', undefined],
  ];
  for (const [tag, dir] of tags) {
    it(`${JSON.stringify(tag)} is ${dir ?? 'unknown'}`, () => expect(directionOf(tag)).to.equal(dir));
  }

  // The table of common languages must say what the browser's own CLDR data says, in every engine.
  const RTL = /^(Arab|Hebr|Syrc|Thaa)$/;
  for (const lang of ['ar', 'ckb', 'fa', 'he', 'ur', 'ps', 'ug', 'yi', 'dv', 'syr', 'en', 'it', 'fr', 'kmr', 'de', 'es', 'tr', 'nl', 'pt', 'sv', 'ru']) {
    it(`answers ${lang} from its table as the browser's likely script would`, () => {
      for (const tag of [lang, `${lang}-IQ`, `${lang}-IR`, `${lang}-US`, `${lang}-419`]) {
        const script = new Intl.Locale(tag).maximize().script;
        // Firefox and WebKit lack likely subtags for a few of these; a browser without an answer has nothing to compare.
        if (!script) continue;
        expect(directionOf(tag), tag).to.equal(RTL.test(script) ? 'rtl' : 'ltr');
      }
    });
  }

  it('builds no Intl.Locale for a common language, whatever its region', () => {
    const Locale = Intl.Locale;
    let built = 0;
    Intl.Locale = class extends Locale {
      constructor(...args: ConstructorParameters<typeof Locale>) {
        super(...args);
        built++;
      }
    };
    try {
      expect([directionOf('ar-SY'), directionOf('ckb-IQ'), directionOf('en-GB'), directionOf('it-CH'), directionOf('kmr')]).to.deep.equal(['rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
      expect(built, 'Intl.Locale objects built').to.equal(0);
      expect(directionOf('pa-PK'), 'a language whose script its region decides still asks').to.equal('rtl');
      expect(built).to.equal(1);
    } finally {
      Intl.Locale = Locale;
    }
  });

  it('judges untagged text by its first letter, as dir="auto" does', () => {
    expect(directionOfText('2025 — بيان تضامن')).to.equal('rtl');
    expect(directionOfText('ICSSI: بيان')).to.equal('ltr');
    expect(directionOfText('« ڕاگەیەندراو »')).to.equal('rtl');
    expect(directionOfText('123 – !')).to.equal(undefined);
  });
});
