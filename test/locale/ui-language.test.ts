import { expect, fixture, html } from '@open-wc/testing';
import { feedUrl, mount, part, settled, text } from '../helpers/mount.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';
import { eventually, faultUrl } from '../network/server.js';

// Requests are counted from Resource Timing; the default buffer of 250 entries could fill with test modules.
performance.setResourceTimingBufferSize(10_000);
let unique = 0;
/** A feed URL no other test has loaded, so the first load must fetch it. */
const fresh = (name: string) => `${feedUrl(name)}?ui-language-${++unique}`;
const requests = (url: string) => performance.getEntriesByType('resource').filter((e) => e.name === url).length;
const fixtureUrl = (name: string) => new URL(`/test/fixtures/locale/${name}`, location.href).href;
const MISSING = fixtureUrl('no-such-feed.json');
const tick = async (el: IcssiStatement) => {
  // Lets the MutationObserver report, then the element render.
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};
const chromeDir = (el: IcssiStatement) => getComputedStyle(el.shadowRoot!.querySelector('.chrome')!).direction;

const UI = {
  en: ['ltr', 'Loading statement…', 'The feed server answered with an error (404).', 'Read the full statement'],
  ar: ['rtl', 'جارٍ تحميل البيان…', 'ردّ الخادم بخطأ (404).', 'اقرأ البيان كاملًا'],
  ckb: ['rtl', 'بارکردنی بەیاننامە…', 'سێرڤەرەکە بە هەڵەیەک وەڵامی دایەوە (404).', 'هەموو بەیاننامەکە بخوێنەوە'],
  kmr: ['ltr', 'Daxuyanî tê barkirin…', 'Serverê bi çewtiyekê bersiv da (404).', 'Tevahiya daxuyaniyê bixwîne'],
  it: ['ltr', 'Caricamento del comunicato…', 'Il server del feed ha risposto con un errore (404).', 'Leggi il comunicato completo'],
  fr: ['ltr', 'Chargement de la déclaration…', 'Le serveur du flux a répondu par une erreur (404).', 'Lire la déclaration complète'],
} as const;

describe('the interface language', () => {
  for (const [lang, [dir, loading, error, readFull]] of Object.entries(UI)) {
    it(`speaks ${lang} while loading, when ready and on error, laid out ${dir}`, async () => {
      // A feed that takes its time: the loading message comes after 0.3 s, never as a flash before a quick feed.
      const slow = await fixture<IcssiStatement>(html`<icssi-statement lang=${lang} src=${faultUrl('one.json', { hang: true })}></icssi-statement>`);
      expect(slow.state).to.equal('loading');
      expect(part(slow, 'status')).to.equal(null);
      await eventually(() => part(slow, 'status'), (p) => p !== null);
      expect(text(part(slow, 'status'))).to.equal(loading);
      expect(chromeDir(slow)).to.equal(dir);
      slow.remove();

      const el = await fixture<IcssiStatement>(html`<icssi-statement lang=${lang} src=${fresh('nasiriyah.json')}></icssi-statement>`);
      expect(chromeDir(el)).to.equal(dir);
      await settled(el);
      expect(text(part(el, 'link'))).to.equal(readFull);
      expect(chromeDir(el)).to.equal(dir);

      const failed = document.createElement('icssi-statement');
      failed.lang = lang;
      failed.src = MISSING;
      const event = new Promise<CustomEvent>((resolve) => failed.addEventListener('icssi-error', (e) => resolve(e as CustomEvent)));
      el.after(failed);
      expect((await event).detail.message).to.equal(error);
      await failed.updateComplete;
      expect(text(part(failed, 'error'))).to.equal(error);
      expect(chromeDir(failed)).to.equal(dir);
      failed.remove();
    });
  }

  it('reads Sorani from ku-Arab, right to left', async () => {
    const el = await mount(html`<icssi-statement lang="ku-Arab" src=${MISSING}></icssi-statement>`);
    expect(text(part(el, 'error'))).to.equal(UI.ckb[2]);
    expect(chromeDir(el)).to.equal('rtl');
  });

  it('lets an Arabic widget and an English widget on one page each speak its own language', async () => {
    const page = await fixture(html`<div>
      <icssi-statement lang="ar" src=${MISSING}></icssi-statement>
      <icssi-statement lang="en" src=${MISSING}></icssi-statement>
      <div lang="ar"><icssi-statement src=${fresh('nasiriyah.json')}></icssi-statement></div>
      <div lang="fr"><icssi-statement src=${fresh('nasiriyah.json')}></icssi-statement></div>
    </div>`);
    const [arError, enError, ar, fr] = await Promise.all([...page.querySelectorAll('icssi-statement')].map(settled));
    expect(text(part(arError!, 'error'))).to.equal(UI.ar[2]);
    expect(text(part(enError!, 'error'))).to.equal(UI.en[2]);
    expect(text(part(ar!, 'link'))).to.equal(UI.ar[3]);
    expect(text(part(fr!, 'link'))).to.equal(UI.fr[3]);
    // Re-rendering one never leaks its language into the other.
    ar!.requestUpdate();
    await ar!.updateComplete;
    expect(text(part(fr!, 'link'))).to.equal(UI.fr[3]);
  });

  it('follows live changes of its own lang, an ancestor’s and <html lang>, without fetching again', async () => {
    const url = fresh('nasiriyah.json');
    const host = await fixture<HTMLElement>(html`<div lang="ar"><section><icssi-statement src=${url}></icssi-statement></section></div>`);
    const el = await settled(host.querySelector('icssi-statement')!);
    expect(text(part(el, 'title'))).to.equal('بيان تضامن بشأن الاحتجاجات في الناصرية');
    expect(chromeDir(el)).to.equal('rtl');

    host.lang = 'en';
    await tick(el);
    expect(text(part(el, 'title'))).to.equal('Solidarity statement on the protests in Nasiriyah');
    expect(text(part(el, 'link'))).to.equal(UI.en[3]);
    expect(chromeDir(el)).to.equal('ltr');

    el.lang = 'it';
    await tick(el);
    expect(text(part(el, 'link'))).to.equal(UI.it[3]);

    const html0 = document.documentElement.lang;
    try {
      el.removeAttribute('lang');
      host.removeAttribute('lang');
      document.documentElement.lang = 'ckb';
      await tick(el);
      expect(text(part(el, 'link'))).to.equal(UI.ckb[3]);
      expect(chromeDir(el)).to.equal('rtl');
    } finally {
      document.documentElement.lang = html0;
    }
    expect(requests(url)).to.equal(1);
  });

  it('follows a lang change above a shadow root the widget sits in', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="ar"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('icssi-statement');
    el.src = MISSING;
    shadow.append(el);
    await settled(el);
    expect(text(part(el, 'error'))).to.equal(UI.ar[2]);
    host.lang = 'fr';
    await tick(el);
    expect(text(part(el, 'error'))).to.equal(UI.fr[2]);
  });
});

describe('feed text and direction', () => {
  it('keeps a title full of bidi controls from reordering the text after it', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${fixtureUrl('bidi.json')}></icssi-statement>`);
    const title = part(el, 'title')!;
    expect(title.textContent).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text(title)).to.equal('evil override نص title\u200F');
    expect(getComputedStyle(title).unicodeBidi).to.equal('isolate');
    expect(title.getAttribute('dir')).to.be.oneOf(['ltr', 'rtl', 'auto']);
    expect(getComputedStyle(part(el, 'date')!).direction).to.equal('ltr');
  });

  it('shows an Arabic statement right to left inside left-to-right English chrome', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${feedUrl('nasiriyah-original.json')}></icssi-statement>`);
    expect(chromeDir(el)).to.equal('ltr');
    expect(getComputedStyle(part(el, 'body')!).direction).to.equal('rtl');
    expect(getComputedStyle(part(el, 'link')!).direction).to.equal('ltr');
  });
});
