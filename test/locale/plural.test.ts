import { expect } from '@open-wc/testing';
import { plural } from '../../src/locale/plural.js';
import { arabOrLatn } from '../helpers/engine.js';

const AR = 'one{وقّعت عليه منظمة واحدة} two{وقّعت عليه منظمتان} few{وقّعت عليه # منظمات} other{وقّعت عليه # منظمة}';
const EN = 'one{Signed by # organisation} other{Signed by # organisations}';

describe('counted phrases', () => {
  it('uses every Arabic form the count needs', () => {
    expect(plural(AR, 1, 'ar')).to.equal('وقّعت عليه منظمة واحدة');
    expect(plural(AR, 2, 'ar')).to.equal('وقّعت عليه منظمتان');
    expect(arabOrLatn('وقّعت عليه 3 منظمات')).to.include(plural(AR, 3, 'ar'));
    expect(arabOrLatn('وقّعت عليه 10 منظمات')).to.include(plural(AR, 10, 'ar'));
    // 11–99 ("many") and 100 ("other") both take the singular noun; the string leaves "many" to "other".
    expect(arabOrLatn('وقّعت عليه 11 منظمة')).to.include(plural(AR, 11, 'ar'));
    expect(arabOrLatn('وقّعت عليه 100 منظمة')).to.include(plural(AR, 100, 'ar'));
  });

  it('writes digits in the reader’s numbering system', () => {
    expect(plural(AR, 12, 'ar-IQ')).to.equal('وقّعت عليه ١٢ منظمة');
    expect(plural(AR, 12, 'ar-u-nu-latn')).to.equal('وقّعت عليه 12 منظمة');
    expect(plural(EN, 1200, 'en')).to.equal('Signed by 1,200 organisations');
  });

  it('uses English singular and plural', () => {
    expect(plural(EN, 1, 'en')).to.equal('Signed by 1 organisation');
    expect(plural(EN, 2, 'en')).to.equal('Signed by 2 organisations');
  });
});
