import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { autonym, languageSwitcher } from '../../src/render/language-switcher.js';
import { inLocale, type UiLocale } from '../../src/locale/localization.js';
import type { Version } from '../../src/model.js';

const version = (lang: string): Version => ({ lang, title: lang, base: 'https://example.org/' });
const AR = version('ar');
const EN = version('en');
const CKB = version('ckb');

async function show(versions: Version[], shown: Version, announce = false, locale: UiLocale = 'en') {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  const picked: Version[] = [];
  inLocale(locale, () => render(languageSwitcher(versions, shown, (v) => picked.push(v), announce), box));
  return { box, picked, buttons: [...box.querySelectorAll<HTMLButtonElement>('[part~="language"]')] };
}

describe('language switcher', () => {
  it('names each language in that language', () => {
    expect(autonym('ar')).to.equal('العربية');
    expect(autonym('en')).to.equal('English');
    expect(autonym('it')).to.equal('Italiano');
    expect(autonym('fr')).to.equal('Français');
    expect(autonym('ckb')).to.match(/^کوردی/);
    expect(autonym('kmr')).to.match(/^Kurdî/);
    expect(autonym('no such tag!')).to.equal('No such tag!');
  });

  it('is absent when a statement has no translation', async () => {
    const { box } = await show([AR], AR);
    expect(box.querySelector('[part="languages"]')).to.equal(null);
  });

  it('offers every version as a button, marks the one shown as pressed and the original as such', async () => {
    const { box, buttons } = await show([AR, EN, CKB], EN);
    const group = box.querySelector('[part="languages"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Languages');
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    expect(buttons[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('العربية Original');
    expect(buttons[1]!.textContent!.trim()).to.equal('English');
    // Each name is spoken in its own language.
    expect(buttons[0]!.querySelector('[lang="ar"]')!.textContent).to.equal('العربية');
  });

  it('hands the chosen version to the element', async () => {
    const { buttons, picked } = await show([AR, EN], AR);
    buttons[1]!.click();
    expect(picked).to.deep.equal([EN]);
  });

  it('announces the language shown politely, only once the reader has chosen', async () => {
    const quiet = await show([AR, EN], AR);
    const region = quiet.box.querySelector('[aria-live="polite"]')!;
    expect(region.textContent!.trim()).to.equal('');
    const told = await show([AR, EN], EN, true, 'ar');
    expect(told.box.querySelector('[aria-live="polite"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'اللغة المعروضة: English',
    );
    expect(told.box.querySelector('[part="languages"]')!.getAttribute('aria-label')).to.equal('اللغات');
  });
});
