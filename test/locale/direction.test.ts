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

  it('judges untagged text by its first letter, as dir="auto" does', () => {
    expect(directionOfText('2025 — بيان تضامن')).to.equal('rtl');
    expect(directionOfText('ICSSI: بيان')).to.equal('ltr');
    expect(directionOfText('« ڕاگەیەندراو »')).to.equal('rtl');
    expect(directionOfText('123 – !')).to.equal(undefined);
  });
});
