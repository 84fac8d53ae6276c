/** The iframe embed page: the element built from the query string, checked options, and its height told to the host. */
import { expect, waitUntil } from '@open-wc/testing';

const NASIRIYAH = new URL('/demo/feeds/nasiriyah.json', location.href).href;

interface Embedded {
  iframe: HTMLIFrameElement;
  /** Every height the embed page has reported to this (host) page. */
  heights: number[];
}

async function embed(query: Record<string, string>, sandbox?: string): Promise<Embedded> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:600px;height:300px;border:0';
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.src = `/dist/embed.html?${new URLSearchParams(query)}`;
  const heights: number[] = [];
  addEventListener('message', (e) => {
    if (e.source === iframe.contentWindow && e.data?.type === 'icssi-statement:height') heights.push(e.data.height);
  });
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { iframe, heights };
}

const statementIn = async ({ iframe }: Embedded) => {
  const el = iframe.contentDocument!.querySelector('icssi-statement')!;
  await waitUntil(() => el.getAttribute('state') === 'ready', 'the statement is shown', { timeout: 8000 });
  return el;
};

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('embed.html', function () {
  this.timeout(15000);

  it('shows the statement with the options given in its address', async () => {
    const page = await embed({ src: NASIRIYAH, lang: 'en', layout: 'card', theme: 'dark', 'heading-level': '3' });
    const el = await statementIn(page);
    expect(el.getAttribute('lang')).to.equal('en');
    expect(el.getAttribute('layout')).to.equal('card');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(page.iframe.contentDocument!.documentElement.lang).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
      'Solidarity statement on the protests in Nasiriyah',
    );
  });

  it('tells the host page the height of the statement, so the iframe can fit it', async () => {
    const page = await embed({ src: NASIRIYAH, lang: 'ar' });
    await statementIn(page);
    const doc = page.iframe.contentDocument!;
    await waitUntil(() => page.heights.at(-1) === Math.ceil(doc.documentElement.getBoundingClientRect().height), 'the last height is the page’s');
    expect(page.heights.at(-1)).to.be.greaterThan(300);
  });

  it('reports its height from inside the sandbox the builder’s iframe snippet uses', async () => {
    // An opaque origin: the host cannot look inside, and matches the message by the window that sent it.
    const page = await embed({ src: NASIRIYAH, lang: 'en' }, 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    await waitUntil(() => page.heights.length > 0, 'a height arrives', { timeout: 8000 });
    expect(page.heights.at(-1)).to.be.greaterThan(0);
  });

  it('refuses a feed address that is not http(s), and says why', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', '']) {
      const page = await embed({ src });
      const doc = page.iframe.contentDocument!;
      expect(doc.querySelector('icssi-statement'), src).to.equal(null);
      expect(doc.querySelector('[role="alert"]')!.textContent).to.contain('?src=https://');
      page.iframe.remove();
    }
  });

  it('explains a missing feed address in the reader’s language, right to left in Arabic and Sorani', async () => {
    for (const [lang, dir, words] of [
      ['ar', 'rtl', 'يحتاج هذا الإطار إلى عنوان مصدر بيانات'],
      ['ckb', 'rtl', 'ئەم iframeە پێویستی بە ناونیشانی سەرچاوەیەکی بەیاننامە هەیە'],
      ['fr', 'ltr', 'Cette iframe a besoin de l’adresse d’un flux de déclarations'],
    ]) {
      const page = await embed({ lang: lang! });
      const doc = page.iframe.contentDocument!;
      expect(doc.querySelector('[role="alert"]')!.textContent).to.contain(words).and.contain('?src=https://');
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.documentElement.dir).to.equal(dir);
      page.iframe.remove();
    }
  });

  it('drops options it does not know instead of passing them on', async () => {
    const page = await embed({ src: NASIRIYAH, layout: 'evil', theme: 'x" onload="y', lang: 'not a language', limit: '1e9' });
    const el = page.iframe.contentDocument!.querySelector('icssi-statement')!;
    expect(el.getAttribute('src')).to.equal(NASIRIYAH);
    for (const name of ['layout', 'lang', 'limit']) expect(el.hasAttribute(name), name).to.equal(false);
    expect(el.getAttribute('theme') ?? '').to.equal('');
    expect(page.iframe.contentDocument!.documentElement.hasAttribute('lang')).to.equal(false);
  });
});
