import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { signatories } from '../../src/render/signatories.js';
import { inLocale, type UiLocale } from '../../src/locale/localization.js';
import type { Person } from '../../src/model.js';

const people = (n: number): Person[] =>
  Array.from({ length: n }, (_, i) => ({ name: i % 2 ? `Organisation ${i + 1}` : `منظمة ${i + 1}` }));

/** Renders the list as the element does, re-rendering when the reader presses the button. */
async function show(list: Person[], locale: UiLocale = 'en', numberLocale: string = locale) {
  const box = await fixture<HTMLElement>(html`<div></div>`);
  let open = false;
  const draw = () =>
    inLocale(locale, () => render(signatories(list, open, () => ((open = !open), draw()), numberLocale), box));
  draw();
  return box;
}

const names = (box: HTMLElement) => [...box.querySelectorAll('[part="signatory"]')].map((li) => li.textContent!.trim());

describe('signatories', () => {
  it('shows nothing when nobody signed', async () => {
    const box = await show([]);
    expect(box.querySelector('[part="signatories"]')).to.equal(null);
  });

  it('counts the signatories in Arabic with Arabic-Indic digits for an Iraqi reader', async () => {
    const box = await show(people(12), 'ar', 'ar-iq');
    expect(box.querySelector('.signed')!.textContent!.trim()).to.equal('وقّعت عليه ١٢ منظمة');
    const two = await show(people(2), 'ar');
    expect(two.querySelector('.signed')!.textContent!.trim()).to.equal('وقّعت عليه منظمتان');
  });

  it('shows the first five of a long list and reveals the rest with a button that says whether it is expanded', async () => {
    const box = await show(people(12));
    expect(box.querySelector('.signed')!.textContent!.trim()).to.equal('Signed by 12 organisations');
    expect(names(box)).to.have.length(5);
    const button = box.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent!.trim()).to.equal('Show all');
    expect(box.querySelector(`#${button.getAttribute('aria-controls')}`)).to.equal(box.querySelector('ul'));
    button.click();
    expect(names(box)).to.have.length(12);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show fewer');
  });

  it('shows a list only one longer than five in full, without a button', async () => {
    const box = await show(people(6));
    expect(names(box)).to.have.length(6);
    expect(box.querySelector('button')).to.equal(null);
  });

  it('isolates each name, so an Arabic name cannot reorder the English names beside it', async () => {
    const box = await show(people(3));
    for (const li of box.querySelectorAll('[part="signatory"]')) {
      expect(li.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(li).unicodeBidi).to.equal('isolate');
    }
    expect(getComputedStyle(box.querySelector('[part="signatory"]')!).direction).to.equal('rtl');
  });

  it('links a signatory with a web address, opening it without giving it this page', async () => {
    const box = await show([{ name: 'Un Ponte Per', url: 'https://www.unponteper.it/' }]);
    const a = box.querySelector('[part="signatory"] a') as HTMLAnchorElement;
    expect(a.href).to.equal('https://www.unponteper.it/');
    expect(a.rel).to.equal('noopener noreferrer');
    expect(box.querySelector('.signed')!.textContent!.trim()).to.equal('Signed by 1 organisation');
  });
});
