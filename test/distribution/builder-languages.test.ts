/** The snippet builder in the blogger's language: which one it picks, what it shows, and that all of it stays accessible. */
import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { pageLocale } from '../../demo/page-locale.js';
import { openBuilder } from './open-builder.js';

const NASIRIYAH = new URL('/demo/feeds/nasiriyah.json', location.href).href;
const LANGS = ['en', 'ar', 'ckb', 'kmr', 'it', 'fr'];

async function loadFeed(doc: Document): Promise<void> {
  (doc.getElementById('feed') as HTMLInputElement).value = NASIRIYAH;
  (doc.getElementById('feed-form') as HTMLFormElement).requestSubmit();
  const preview = () => doc.querySelector('#preview icssi-statement');
  await waitUntil(() => preview()?.getAttribute('state') === 'ready', 'the preview shows the statement', { timeout: 8000 });
}

const texts = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('[data-msg]')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the builder’s language', function () {
  this.timeout(20000);

  it('is the first of the browser’s languages it speaks, else English', () => {
    expect(pageLocale(['ar-IQ', 'en-US'])).to.equal('ar');
    expect(pageLocale(['ckb-IQ', 'ar'])).to.equal('ckb');
    // Kurdish written in Arabic script is Sorani; in Latin script, Kurmanji.
    expect(pageLocale(['ku-Arab'])).to.equal('ckb');
    expect(pageLocale(['ku-Latn-TR'])).to.equal('kmr');
    expect(pageLocale(['de-DE', 'fr-CA'])).to.equal('fr');
    expect(pageLocale(['de-DE'])).to.equal('en');
  });

  it('shows an Arabic interface, right to left, to a blogger reading Arabic', async () => {
    const doc = await openBuilder('?ui=ar');
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.title).to.equal('منشئ مقتطف البيان');
    expect(doc.querySelector('h1')!.textContent).to.equal('ضع بيانًا في مدونتك');
    expect(doc.querySelector('label[for="feed"]')!.textContent).to.equal('عنوان مصدر البيانات');
    // The layout is mirrored: the heading's text starts at the right edge, the feed address (code) stays left to right.
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('h1')!);
    const h1 = range.getBoundingClientRect();
    const body = doc.body.getBoundingClientRect();
    expect(body.right - h1.right).to.be.lessThan(h1.left - body.left);
    expect(getComputedStyle(doc.getElementById('feed')!).direction).to.equal('ltr');
    await loadFeed(doc);
    expect(doc.getElementById('feed-status')!.textContent).to.equal('عُثر على بيان واحد.');
    expect(doc.querySelector('#where-heading')!.textContent).to.equal('أين تلصقه');
  });

  it('shows a Sorani interface, right to left, to a blogger reading Sorani', async () => {
    const doc = await openBuilder('?ui=ckb');
    expect(doc.documentElement.lang).to.equal('ckb');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.querySelector('h1')!.textContent).to.equal('بەیاننامەیەک بخەرە بلۆگەکەتەوە');
    expect(doc.querySelector('[data-msg="b-wordpress-name"]')!.textContent).to.equal('وۆردپرێس: بلۆکی Custom HTML');
  });

  it('translates every string in every language, and switches live from its menu', async () => {
    const doc = await openBuilder('?ui=en');
    const english = texts(doc);
    const menu = doc.getElementById('ui-lang') as HTMLSelectElement;
    expect([...menu.options].map((o) => o.value)).to.deep.equal(LANGS);
    expect(menu.labels[0]!.textContent).to.equal('Language of this page');
    for (const lang of LANGS.slice(1)) {
      menu.value = lang;
      menu.dispatchEvent(new Event('change'));
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.documentElement.dir).to.equal(lang === 'ar' || lang === 'ckb' ? 'rtl' : 'ltr');
      const translated = texts(doc);
      expect(translated.filter((text, i) => text === english[i]), `untranslated in ${lang}`).to.deep.equal([]);
      // The choice stays in the address, so a shared link opens in the same language.
      expect(new URL(doc.location.href).searchParams.get('ui')).to.equal(lang);
    }
  });

  it('says where to paste the snippet on each platform bloggers use', async () => {
    const doc = await openBuilder('?ui=en');
    const platforms = [...doc.querySelectorAll('.platforms dt')].map((dt) => dt.textContent!.split(':')[0]);
    expect(platforms).to.deep.equal(['WordPress', 'Blogger', 'Ghost', 'Wix', 'Squarespace']);
    expect(doc.querySelector('[data-msg="b-wordpress"]')!.textContent).to.contain('removes the script');
  });
});

describe('the builder’s accessibility (axe, WCAG 2.2 AA)', function () {
  this.timeout(30000);

  for (const lang of LANGS) {
    it(`finds nothing in ${lang}, with a statement loaded`, async () => {
      const doc = await openBuilder(`?ui=${lang}`);
      await loadFeed(doc);
      // axe runs inside the builder's own window, where its styles and language apply.
      const win = doc.defaultView as Window & { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } };
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      doc.head.append(script);
      await ready;
      const results = await win.axe!.run(doc, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
    });
  }
});
