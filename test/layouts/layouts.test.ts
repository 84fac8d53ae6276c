import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { feedUrl, mount, part, text } from '../helpers/mount.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';

const FEED = feedUrl('nasiriyah.json');
const THREE = new URL('./three-statements.json', import.meta.url).href;

const parts = (el: IcssiStatement, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const visible = (node: Element | null | undefined) => !!node && node.getClientRects().length > 0;
/** The region a disclosure button controls, looked up the way assistive technology does: by id in the same tree. */
const controlled = (button: HTMLElement) =>
  (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!);

describe('layouts', () => {
  it('shows the whole statement by default, with its link and no disclosure button', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    expect(visible(part(el, 'body'))).to.equal(true);
    expect(text(part(el, 'body'))).to.contain('Dhi Qar Governorate');
    expect(text(part(el, 'link'))).to.equal('Read the full statement');
    expect(part(el, 'toggle')).to.equal(null);
    expect(part(el, 'summary')).to.equal(null);
  });

  it('shows a card as title, date, summary and a collapsed "Read more" button', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="card" src=${FEED}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal('Solidarity statement on the protests in Nasiriyah');
    expect(text(part(el, 'date'))).to.equal('February 10, 2025');
    expect(visible(part(el, 'summary'))).to.equal(true);
    expect(text(part(el, 'summary'))).to.match(/^Dhi Qar Governorate has seen/);
    expect(visible(part(el, 'body'))).to.equal(false);
    expect(visible(part(el, 'link'))).to.equal(false);
    const toggle = part(el, 'toggle')!;
    expect(text(toggle)).to.equal('Read more');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(controlled(toggle)!.contains(part(el, 'body'))).to.equal(true);
  });

  it('expands the card in place when "Read more" is pressed, and collapses it again', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="card" src=${FEED}></icssi-statement>`);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    const toggle = part(el, 'toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Show less');
    expect(visible(part(el, 'body'))).to.equal(true);
    expect(visible(part(el, 'link'))).to.equal(true);
    // The summary is the body's first paragraph: once the body shows, it would be read twice.
    expect(visible(part(el, 'summary'))).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(part(el, 'body'))).to.equal(false);
  });

  it('opens a card from the keyboard alone and keeps the focus on its button', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="card" src=${FEED}></icssi-statement>`);
    const toggle = part(el, 'toggle')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('speaks the reader language on the card button: Arabic, right to left', async () => {
    const el = await mount(html`<icssi-statement lang="ar" layout="card" src=${FEED}></icssi-statement>`);
    const toggle = part(el, 'toggle')!;
    expect(text(toggle)).to.equal('اقرأ المزيد');
    expect(getComputedStyle(toggle).direction).to.equal('rtl');
    expect(getComputedStyle(part(el, 'summary')!).direction).to.equal('rtl');
  });

  it('builds a card summary from the first paragraph when the feed gives none', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="card" statement="water" src=${THREE}></icssi-statement>`);
    expect(text(part(el, 'summary'))).to.equal('First paragraph of the water statement.');
  });

  it('lists the newest statements first, as many as the limit, each with its own title', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="list" limit="2" src=${THREE}></icssi-statement>`);
    expect(part(el, 'list')!.localName).to.equal('ul');
    expect(parts(el, 'item')).to.have.length(2);
    expect(parts(el, 'title').map(text)).to.deep.equal([
      'Statement on the freedom of peaceful assembly',
      'Statement on the protection of journalists',
    ]);
    expect(parts(el, 'summary').map(text)).to.deep.equal([
      'Summary of the assembly statement.',
      'Text of the journalists statement.',
    ]);
  });

  it('lists every statement of a short feed when the limit is larger', async () => {
    const el = await mount(html`<icssi-statement lang="ar" layout="list" limit="10" src=${THREE}></icssi-statement>`);
    expect(parts(el, 'title').map(text)).to.deep.equal([
      'بيان حول حرية التجمع السلمي',
      'بيان حول حماية الصحفيين',
      'بيان حول الحق في المياه النظيفة',
    ]);
  });

  it('expands each list item on its own', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="list" src=${THREE}></icssi-statement>`);
    const [first, second] = parts(el, 'toggle');
    second!.click();
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(controlled(first!))).to.equal(false);
    expect(text(controlled(second!))).to.contain('Text of the journalists statement.');
    // Each "Read more" says which statement it opens.
    expect(text((second!.getRootNode() as ShadowRoot).getElementById(second!.getAttribute('aria-describedby')!))).to.equal(
      'Statement on the protection of journalists',
    );
  });

  it('builds a list item body only when the reader opens it, and every body when the page prints', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="list" src=${THREE}></icssi-statement>`);
    expect(parts(el, 'body')).to.have.length(0);
    parts(el, 'toggle')[1]!.click();
    await el.updateComplete;
    expect(parts(el, 'body').map(text)).to.deep.equal(['Text of the journalists statement.']);
    dispatchEvent(new Event('beforeprint'));
    // Printing lays the page out at once: the bodies must be there without waiting for a render.
    expect(parts(el, 'body')).to.have.length(3);
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(parts(el, 'body')).to.have.length(1);
  });

  it('puts every title at the heading level the partner sets, in every layout, and body headings just below it', async () => {
    for (const layout of ['full', 'card', 'list']) {
      const el = await mount(html`<icssi-statement lang="en" layout=${layout} heading-level="4" statement="assembly" src=${THREE}></icssi-statement>`);
      const titles = parts(el, 'title');
      expect(titles.length, layout).to.be.greaterThan(0);
      for (const title of titles) {
        expect(title.getAttribute('role')).to.equal('heading');
        expect(title.getAttribute('aria-level'), layout).to.equal('4');
      }
      // A list builds a body when its item is opened.
      parts(el, 'toggle').forEach((b) => layout === 'list' && b.click());
      await el.updateComplete;
      // The feed's <h2> is the body's top heading: it becomes the level just below the title.
      expect(el.shadowRoot!.querySelector('.body h5'), layout).to.not.equal(null);
    }
  });

  it('shows nothing animated: opening a card is instant', async () => {
    const el = await mount(html`<icssi-statement lang="en" layout="card" src=${FEED}></icssi-statement>`);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.animationName, node.className).to.equal('none');
      expect(style.transitionDuration.split(',').every((d) => parseFloat(d) === 0), node.className).to.equal(true);
    }
    expect(el.shadowRoot!.getAnimations?.() ?? []).to.have.length(0);
  });
});
