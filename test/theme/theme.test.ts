import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { feedUrl, mount, part, settled } from '../helpers/mount.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';

const FEED = feedUrl('nasiriyah.json');
const LIGHT = { text: 'rgb(31, 35, 40)', background: 'rgb(255, 255, 255)', accent: 'rgb(11, 110, 79)' };
const DARK = { text: 'rgb(230, 228, 223)', background: 'rgb(22, 25, 28)', accent: 'rgb(111, 211, 168)' };

const chrome = (el: IcssiStatement) => el.shadowRoot!.querySelector<HTMLElement>('.chrome')!;
const colours = (el: IcssiStatement) => ({
  text: getComputedStyle(part(el, 'title')!).color,
  background: getComputedStyle(chrome(el)).backgroundColor,
  accent: getComputedStyle(part(el, 'link')!).color,
});

/** Mounts the element inside a page region styled by `css`, as a partner's stylesheet would. */
async function onPage(css: string, inner: ReturnType<typeof html>) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const host = await fixture<HTMLElement>(html`<div class="page">${inner}</div>`);
  const el = await settled(host.querySelector('icssi-statement')!);
  return { host, el, sheet };
}

/**
 * Switches media features where the browser lets the test runner do so (Chromium, over CDP);
 * false where it cannot (Firefox over WebDriver BiDi, WebKit over classic WebDriver).
 */
let canEmulate = true;
async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (canEmulate) canEmulate = await emulateMedia(media).then(() => true, () => false);
  return canEmulate;
}

describe('theme', () => {
  afterEach(async () => {
    document.adoptedStyleSheets = [];
    await emulate({ colorScheme: 'light', media: 'screen' });
  });

  it('takes the page colours on a transparent background by default', async () => {
    const { el } = await onPage(
      '.page { color: rgb(10, 20, 30); background: rgb(250, 240, 200) }',
      html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`,
    );
    expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(chrome(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('sets readable colours of its own with theme="light" and theme="dark"', async () => {
    const light = await mount(html`<icssi-statement lang="en" theme="light" src=${FEED}></icssi-statement>`);
    expect(colours(light)).to.deep.equal(LIGHT);
    const dark = await mount(html`<icssi-statement lang="en" theme="dark" src=${FEED}></icssi-statement>`);
    expect(colours(dark)).to.deep.equal(DARK);
  });

  it('follows the reader system with theme="auto"', async () => {
    const el = await mount(html`<icssi-statement lang="en" theme="auto" src=${FEED}></icssi-statement>`);
    if (await emulate({ colorScheme: 'dark' })) {
      expect(colours(el)).to.deep.equal(DARK);
      await emulate({ colorScheme: 'light' });
      expect(colours(el)).to.deep.equal(LIGHT);
    } else {
      // Without emulation: whatever this browser's own preference is, the widget matches it.
      expect(colours(el)).to.deep.equal(matchMedia('(prefers-color-scheme: dark)').matches ? DARK : LIGHT);
    }
  });

  it('reflects the theme property to the attribute the styles key on', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(colours(el)).to.deep.equal(DARK);
  });

  it('lets the partner restyle it with --icssi- custom properties', async () => {
    const { el } = await onPage(
      `icssi-statement {
        --icssi-accent: rgb(120, 0, 60); --icssi-color: rgb(5, 5, 5); --icssi-background: rgb(240, 240, 255);
        --icssi-font-latin: monospace; --icssi-font-arabic: serif; --icssi-radius: 3px; --icssi-spacing: 7px;
      }`,
      html`<icssi-statement lang="en" theme="dark" layout="card" src=${FEED}></icssi-statement>`,
    );
    const title = getComputedStyle(part(el, 'title')!);
    expect(title.color).to.equal('rgb(5, 5, 5)');
    expect(title.fontFamily).to.equal('monospace');
    const box = getComputedStyle(chrome(el));
    expect(box.backgroundColor).to.equal('rgb(240, 240, 255)');
    expect(box.paddingInlineStart).to.equal('7px');
    expect(box.borderTopLeftRadius).to.equal('3px');
    const toggle = getComputedStyle(part(el, 'toggle')!);
    expect(toggle.color).to.equal('rgb(120, 0, 60)');
    expect(toggle.borderTopLeftRadius).to.equal('3px');
    const arabic = await mount(html`<icssi-statement lang="ar" src=${FEED} style="--icssi-font-arabic: serif"></icssi-statement>`);
    expect(getComputedStyle(part(arabic, 'title')!).fontFamily).to.equal('serif');
  });

  it('exposes its pieces to ::part() styling', async () => {
    const { el } = await onPage(
      `icssi-statement::part(title) { color: rgb(1, 2, 3) }
       icssi-statement::part(toggle) { text-transform: uppercase }
       icssi-statement::part(button) { font-style: italic }`,
      html`<icssi-statement lang="en" layout="card" src=${FEED}></icssi-statement>`,
    );
    expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(1, 2, 3)');
    const toggle = getComputedStyle(part(el, 'toggle')!);
    expect(toggle.textTransform).to.equal('uppercase');
    expect(toggle.fontStyle).to.equal('italic');
  });

  it('keeps its own layout and theme under a hostile page stylesheet', async () => {
    const { el } = await onPage(
      `* { color: red !important; display: inline !important; text-transform: uppercase !important;
           letter-spacing: 9px !important; line-height: 7 !important; font-style: italic !important;
           visibility: visible !important; text-align: center !important; white-space: pre !important }
       article, button, p, header, [part] { display: none !important; border: 5px dotted red !important }
       .page { word-spacing: 20px; text-indent: 50px }`,
      html`<icssi-statement lang="en" theme="light" layout="card" src=${FEED}></icssi-statement>`,
    );
    const title = getComputedStyle(part(el, 'title')!);
    expect(title.color).to.equal(LIGHT.text);
    expect(title.display).to.equal('block');
    expect(title.textTransform).to.equal('none');
    expect(title.letterSpacing).to.equal('normal');
    expect(title.fontStyle).to.equal('normal');
    expect(title.textAlign).to.equal('start');
    expect(title.whiteSpace).to.equal('normal');
    expect(title.wordSpacing).to.equal('0px');
    expect(title.textIndent).to.equal('0px');
    expect(parseFloat(title.lineHeight)).to.be.lessThan(parseFloat(title.fontSize) * 2);
    const toggle = part(el, 'toggle')!;
    expect(getComputedStyle(toggle).display).to.equal('inline-block');
    expect(getComputedStyle(toggle).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(part(el, 'article')!).display).to.equal('block');
    expect(toggle.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('takes only the colour from a hostile page when it has no theme', async () => {
    const { el } = await onPage(
      '* { color: red !important; text-transform: uppercase !important; letter-spacing: 9px !important }',
      html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`,
    );
    const title = getComputedStyle(part(el, 'title')!);
    expect(title.color).to.equal('rgb(255, 0, 0)');
    expect(title.textTransform).to.equal('none');
    expect(title.letterSpacing).to.equal('normal');
  });

  it('never styles the page around it', async () => {
    const { host, el } = await onPage(
      '.page { color: rgb(9, 9, 9) }',
      html`<icssi-statement lang="en" theme="dark" layout="card" src=${FEED}></icssi-statement>
        <article class="article"><div class="title" part="title">Page heading</div><p class="summary" hidden>Page text</p>
        <button class="button">Page button</button><a href="#x">Page link</a></article>`,
    );
    const page = host.querySelector('article')!;
    expect(getComputedStyle(page.querySelector('.title')!).fontSize).to.equal(getComputedStyle(page).fontSize);
    expect(getComputedStyle(page.querySelector('.title')!).color).to.equal('rgb(9, 9, 9)');
    expect(getComputedStyle(page.querySelector('.summary')!).display).to.equal('none');
    expect(getComputedStyle(page.querySelector('.button')!).borderTopLeftRadius).to.not.equal(getComputedStyle(part(el, 'toggle')!).borderTopLeftRadius);
    expect(getComputedStyle(page.querySelector('a')!).color).to.not.equal(DARK.accent);
    // The private working properties stay inside the shadow root.
    expect(getComputedStyle(el).getPropertyValue('--_accent')).to.equal('');
    expect(getComputedStyle(page).getPropertyValue('--_gap')).to.equal('');
  });
});

describe('print', () => {
  afterEach(() => emulate({ media: 'screen', colorScheme: 'light' }));

  it('prints a card whole, dark on white, without buttons', async function () {
    const el = await mount(html`<icssi-statement lang="en" theme="dark" layout="card" src=${FEED}></icssi-statement>`);
    // Only Chromium's test driver (CDP) can switch to print media; Firefox's and WebKit's cannot.
    if (!(await emulate({ media: 'print' }))) this.skip();
    expect(part(el, 'body')!.getClientRects().length).to.be.greaterThan(0);
    expect(part(el, 'summary')!.getClientRects().length).to.equal(0);
    expect(part(el, 'toggle')!.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~="share"]')?.getClientRects().length ?? 0).to.equal(0);
    expect(getComputedStyle(part(el, 'title')!).color).to.equal(LIGHT.text);
    expect(part(el, 'link')!.getClientRects().length).to.be.greaterThan(0);
  });
});
