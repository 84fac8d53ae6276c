import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, part, text } from '../helpers/mount.js';

performance.setResourceTimingBufferSize(10_000);
const FEED = new URL('/test/fixtures/locale/translated.json?switcher', location.href).href;
const requests = () => performance.getEntriesByType('resource').filter((e) => e.name === FEED).length;
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="language"]')];

describe('reading a statement in another of its languages', () => {
  it('switches from the keyboard, announces the choice, and fetches nothing', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal('Statement on freedom of expression');
    const [ar, en, ckb, fr] = buttons(el);
    expect(buttons(el).map((b) => text(b))).to.deep.equal(['العربية Original', 'English', text(ckb), 'Français']);
    expect(en!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    ar!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('بيان عن حرية التعبير');
    expect(part(el, 'body')!.dir).to.equal('rtl');
    expect(ar!.getAttribute('aria-pressed')).to.equal('true');
    expect(en!.getAttribute('aria-pressed')).to.equal('false');
    // The interface stays English and left to right; only the statement changed.
    expect(getComputedStyle(part(el, 'languages')!).direction).to.equal('ltr');
    expect(text(el.shadowRoot!.querySelector('[aria-live="polite"]'))).to.equal('Now showing: العربية');
    expect(el.shadowRoot!.activeElement).to.equal(ar);

    fr!.click();
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Déclaration sur la liberté d’expression');
    expect(requests()).to.equal(1);
  });

  it('keeps each widget’s choice to itself', async () => {
    const a = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    const b = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    buttons(a)[2]!.click();
    await a.updateComplete;
    await b.updateComplete;
    expect(text(part(a, 'title'))).to.equal('بەیاننامە دەربارەی ئازادیی ڕادەربڕین');
    expect(text(part(b, 'title'))).to.equal('Statement on freedom of expression');
  });

  it('lists the signatories in the Arabic interface with a count and a button for the rest', async () => {
    const el = await mount(html`<icssi-statement lang="ar-IQ" src=${FEED}></icssi-statement>`);
    expect(text(el.shadowRoot!.querySelector('.signed'))).to.equal('وقّعت عليه ٨ منظمات');
    expect(el.shadowRoot!.querySelectorAll('[part="signatory"]')).to.have.length(5);
    const toggle = part(el, 'signatories-toggle')!;
    expect(text(toggle)).to.equal('عرض الكل');
    toggle.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="signatory"]')).to.have.length(8);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(part(el, 'signatories')!).direction).to.equal('rtl');
  });
});
