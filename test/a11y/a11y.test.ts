import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { feedUrl, part, settled } from '../helpers/mount.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';

const FEED = feedUrl('nasiriyah.json');
const THREE = new URL('../layouts/three-statements.json', import.meta.url).href;

/**
 * Mounts the element the way a partner page does: in a region with the page language and
 * direction, on a background matching the theme (axe measures contrast against what is behind).
 */
async function onPage(lang: string, attrs: { layout: string; theme: string }) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const page = await fixture<HTMLElement>(html`<main lang=${lang} dir=${dir}>
    <h1>Partner page</h1>
    <icssi-statement src=${attrs.layout === 'list' ? THREE : FEED} layout=${attrs.layout} theme=${attrs.theme}></icssi-statement>
  </main>`);
  return settled(page.querySelector('icssi-statement')!);
}

describe('accessibility (axe, WCAG 2.2 AA)', function () {
  // Up to three axe runs per case over a whole statement: seconds each in WebKit on a busy machine.
  this.timeout(30000);
  for (const lang of ['ar', 'en']) {
    for (const theme of ['light', 'dark', '']) {
      for (const layout of ['full', 'card', 'list']) {
        it(`finds nothing in the ${layout} layout, ${theme || 'page'} theme, ${lang === 'ar' ? 'Arabic right to left' : 'English left to right'}`, async () => {
          const el = await onPage(lang, { layout, theme });
          expect(el.state).to.equal('ready');
          // axe reads contrast from what is painted where an element sits, and the browser skips painting list items
          // far from the screen (content-visibility: auto): each item is checked as it looks once it is painted.
          el.shadowRoot!.querySelectorAll<HTMLElement>('.item').forEach((item) => (item.style.contentVisibility = 'visible'));
          await expect(el).to.be.accessible();
          // Expanded cards show the body, the link and the share button: check those too.
          if (layout !== 'full') {
            for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toggle"]')) toggle.click();
            await el.updateComplete;
            await expect(el).to.be.accessible();
          }
        });
      }
    }
  }
});

describe('keyboard', () => {
  const focused = (el: IcssiStatement) => el.shadowRoot!.activeElement as HTMLElement | null;

  it('reaches every control in order with Tab alone, and shows where the focus is', async () => {
    const el = await onPage('en', { layout: 'card', theme: 'light' });
    const toggle = part(el, 'toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Opening the card keeps the focus on its button.
    expect(focused(el)).to.equal(toggle);
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button')];
    expect(controls.map((c) => c.getAttribute('part'))).to.include.members(['link', 'button share', 'button toggle']);
    const before = document.createElement('button');
    before.textContent = 'Before';
    el.before(before);
    before.focus();
    for (const control of controls) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el), control.getAttribute('part')!).to.equal(control);
      const ring = getComputedStyle(control);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    }
    before.remove();
  });

  it('gives every button a target of at least 24 by 24 pixels', async () => {
    const el = await onPage('ar', { layout: 'list', theme: 'dark' });
    for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toggle"]')) toggle.click();
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button')];
    expect(buttons.length).to.be.greaterThan(0);
    for (const button of buttons) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height), button.textContent!).to.be.at.least(24);
    }
  });
});
