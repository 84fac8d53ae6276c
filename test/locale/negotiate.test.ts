import { expect } from '@open-wc/testing';
import { canonical, negotiate, regionalTag } from '../../src/locale/negotiate.js';
import { uiLocales } from '../../src/locale/localization.js';

const ui = (...wanted: string[]) => uiLocales[negotiate(wanted, uiLocales)] ?? 'none';

describe('choosing the reader’s language', () => {
  const cases: [string[], string][] = [
    [['ar'], 'ar'],
    [['ar-IQ'], 'ar'],
    [['ar-Arab-IQ'], 'ar'],
    [['en-GB'], 'en'],
    [['fr-CA'], 'fr'],
    [['it-CH'], 'it'],
    [['ckb'], 'ckb'],
    [['ckb-IR'], 'ckb'],
    [['kmr'], 'kmr'],
    // Kurdish without a named standard: the script or the region says which one is meant.
    [['ku-Arab'], 'ckb'],
    [['ku-Arab-IQ'], 'ckb'],
    [['ku-IQ'], 'ckb'],
    [['ku-Latn'], 'kmr'],
    [['ku-TR'], 'kmr'],
    [['ku'], 'kmr'],
    [['ku_Arab'], 'ckb'],
    // A language we have no interface in gives way to the reader's next one.
    [['de', 'fr'], 'fr'],
    [['fa', 'ar'], 'ar'],
    [['not a tag!', 'it'], 'it'],
    [['de'], 'none'],
    [[], 'none'],
  ];
  for (const [wanted, expected] of cases) {
    it(`${JSON.stringify(wanted)} → ${expected}`, () => expect(ui(...wanted)).to.equal(expected));
  }

  it('prefers an exact regional match to a bare language', () => {
    expect(negotiate(['en-GB'], ['en', 'en-GB'])).to.equal(1);
    expect(negotiate(['en-GB'], ['en-US', 'en'])).to.equal(1);
    expect(negotiate(['en'], ['en-GB'])).to.equal(0);
  });

  it('canonicalises case and underscores', () => {
    expect(canonical('AR_iq')).to.equal('ar-iq');
    expect(canonical('')).to.equal('');
  });

  it('keeps the reader’s region for digits: ar-IQ reads Arabic-Indic digits, plain ar Latin ones', () => {
    expect(regionalTag(['de', 'ar-IQ'], 'ar')).to.equal('ar-iq');
    expect(regionalTag(['ku-Arab-IQ'], 'ckb')).to.equal('ckb-iq');
    expect(regionalTag(['de'], 'en')).to.equal('en');
  });
});
