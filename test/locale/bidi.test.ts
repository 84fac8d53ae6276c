import { expect } from '@open-wc/testing';
import { stripBidiControls } from '../../src/locale/bidi.js';
import { plainText } from '../../src/feed/text.js';

describe('bidi controls in feed text', () => {
  it('removes every explicit embedding, override and isolate', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(stripBidiControls(`a${controls}b`)).to.equal('ab');
    expect(plainText(`\u202Eبيان\u202C  \u2067title\u2069`)).to.equal('بيان title');
  });

  it('keeps the marks that only nudge neutral characters (LRM, RLM, ALM)', () => {
    expect(plainText('C++\u200E \u200Fبيان\u061C')).to.equal('C++\u200E \u200Fبيان\u061C');
  });
});
