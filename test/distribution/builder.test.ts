/** The blogger's path: the snippet builder's output, pasted into a blank page, reads well with and without scripts. */
import { expect, waitUntil } from '@open-wc/testing';

const feed = (path: string) => new URL(path, location.href).href;
const NASIRIYAH = feed('/demo/feeds/nasiriyah.json');
const HOSTILE = feed('/test/distribution/fixtures/hostile.json');

function frame(attrs: Record<string, string>): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:600px';
  for (const [name, value] of Object.entries(attrs)) iframe.setAttribute(name, value);
  const loaded = new Promise<HTMLIFrameElement>((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
  document.body.append(iframe);
  return loaded;
}

/** Opens the builder, loads a feed, sets the options a blogger would, and returns the snippet to copy. */
async function buildSnippet(feedUrl: string, choices: { lang?: string; layout?: string } = {}): Promise<string> {
  const doc = (await frame({ src: '/dist/builder.html' })).contentDocument!;
  const field = (id: string) => doc.getElementById(id) as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
  await waitUntil(() => doc.querySelector('script[src="builder.js"]') && field('feed'), 'the builder page loads');
  field('feed').value = feedUrl;
  (doc.getElementById('feed-form') as HTMLFormElement).requestSubmit();
  await waitUntil(() => field('snippet').value.includes('<icssi-statement'), 'the snippet is written', { timeout: 5000 });
  if (choices.lang !== undefined) field('lang').value = choices.lang;
  if (choices.layout) (doc.querySelector(`input[name="layout"][value="${choices.layout}"]`) as HTMLInputElement).checked = true;
  field('options').dispatchEvent(new Event('change', { bubbles: true }));
  const expected = choices.lang ? ` lang="${choices.lang}"` : ' layout=';
  await waitUntil(() => field('snippet').value.includes(expected), 'the snippet follows the choices', { timeout: 5000 });
  return field('snippet').value;
}

/** A blank page holding only the snippet; `scripts: false` is a platform (or reader) that runs no script. */
async function pasted(snippet: string, { scripts }: { scripts: boolean }): Promise<Document> {
  const html = `<!doctype html><meta charset="utf-8"><title>My blog</title><body>${snippet}</body>`;
  // The test server rewrites the JavaScript it serves, so here the script comes from it without the
  // integrity attribute; test/distribution/snippet.test.ts checks the hash against the built bytes.
  const local = html.replace(/<script src="[^"]*" integrity="[^"]*"/, '<script src="/dist/icssi-statement.js"');
  const iframe = await frame(scripts ? { srcdoc: local } : { srcdoc: html, sandbox: 'allow-same-origin' });
  return iframe.contentDocument!;
}

const visibleText = (el: Element | null | undefined) =>
  el && el.getClientRects().length ? (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : '';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the snippet builder', function () {
  // Each case opens the builder and one or two blank pages, each loading the widget.
  this.timeout(20000);

  it('offers partners the script tag exactly as the build wrote it, integrity hash included', async () => {
    const doc = (await frame({ src: '/dist/builder.html' })).contentDocument!;
    const expected = await (await fetch('/dist/snippet.html', { cache: 'no-store' })).text();
    await waitUntil(() => (doc.getElementById('partner-snippet') as HTMLTextAreaElement | null)?.value, 'the builder runs');
    expect((doc.getElementById('partner-snippet') as HTMLTextAreaElement).value).to.equal(expected);
    expect(expected).to.match(/^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/icssi-statement@[^"]+" integrity="sha384-/);
  });

  it('lists the feed’s statements with the package’s own parser', async () => {
    await buildSnippet(NASIRIYAH);
    const doc = document.querySelector('iframe')!.contentDocument!;
    const options = [...doc.querySelectorAll('#statement option')].map((o) => o.textContent);
    expect(options[0]).to.contain('بيان تضامن بشأن الاحتجاجات في الناصرية');
    const langs = [...doc.querySelectorAll('#lang option')].map((o) => (o as HTMLOptionElement).value);
    expect(langs).to.include.members(['', 'ar', 'en']);
  });

  it('lists and carries untitled statements by their first words, as the widget heads them', async () => {
    const snippet = await buildSnippet(feed('/faults/wild/description-only.rss'));
    const doc = document.querySelector('iframe')!.contentDocument!;
    const options = [...doc.querySelectorAll('#statement option')].map((o) => o.textContent);
    expect(options).to.deep.equal([
      'We call on the authorities to release the detained…',
      'Water is a right: the coalition asks for an independent…',
      'Short note.',
    ]);
    const carried = (await pasted(snippet, { scripts: false })).querySelector('icssi-statement h2');
    expect(visibleText(carried)).to.equal('We call on the authorities to release the detained…');
  });

  it('previews the element with the chosen options', async () => {
    await buildSnippet(NASIRIYAH, { lang: 'en', layout: 'card' });
    const doc = document.querySelector('iframe')!.contentDocument!;
    const preview = doc.querySelector('#preview icssi-statement')!;
    expect(preview.getAttribute('lang')).to.equal('en');
    expect(preview.getAttribute('layout')).to.equal('card');
    await waitUntil(() => preview.getAttribute('state') === 'ready', 'the preview shows the statement', { timeout: 5000 });
    expect(preview.shadowRoot!.textContent).to.contain('Solidarity statement on the protests in Nasiriyah');
  });

  it('writes a snippet that shows the English statement once the script runs', async () => {
    const doc = await pasted(await buildSnippet(NASIRIYAH, { lang: 'en' }), { scripts: true });
    const el = doc.querySelector('icssi-statement')!;
    await waitUntil(() => el.getAttribute('state') === 'ready', 'the element shows the statement', { timeout: 8000 });
    const title = el.shadowRoot!.querySelector('[part~="title"]');
    expect(visibleText(title)).to.equal('Solidarity statement on the protests in Nasiriyah');
    // The carried copy steps aside once the live statement is shown.
    expect(visibleText(el.querySelector('article'))).to.equal('');
  });

  it('writes a snippet that still reads as the English statement where scripts never run', async () => {
    const doc = await pasted(await buildSnippet(NASIRIYAH, { lang: 'en' }), { scripts: false });
    const article = doc.querySelector('icssi-statement > article')!;
    expect(article.getAttribute('lang')).to.equal('en');
    expect(doc.defaultView!.getComputedStyle(article).direction).to.equal('ltr');
    expect(visibleText(article.querySelector('h2'))).to.equal('Solidarity statement on the protests in Nasiriyah');
    // The date is plain text: WordPress's wp_kses_post, which the snippet is written to pass, has no <time>.
    expect(visibleText(article.querySelector('h2 + p'))).to.equal('February 10, 2025');
    expect(visibleText(article)).to.contain('Dhi Qar Governorate has seen a marked rise in protests');
    const link = article.querySelector('a:last-of-type') as HTMLAnchorElement;
    expect(link.href).to.match(/^https:\/\/www\.iraqicivilsociety\.org\/\?p=nasiriyah-2025-02\b/);
    expect(visibleText(link)).to.equal('Read the full statement');
  });

  it('carries the Arabic original right to left when the reader’s language is left open', async () => {
    const doc = await pasted(await buildSnippet(NASIRIYAH, { lang: '' }), { scripts: false });
    const article = doc.querySelector('icssi-statement > article')!;
    expect(article.getAttribute('lang')).to.equal('ar');
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(doc.defaultView!.getComputedStyle(article.querySelector('p')!).direction).to.equal('rtl');
    expect(visibleText(article.querySelector('h2'))).to.equal('بيان تضامن بشأن الاحتجاجات في الناصرية');
    expect(visibleText(article.querySelector('a:last-of-type'))).to.equal('اقرأ البيان كاملًا');
  });

  it('turns a hostile feed into plain reading matter: no script, handler or javascript: link survives', async () => {
    const snippet = await buildSnippet(HOSTILE, { lang: 'en' });
    const fallback = snippet.slice(snippet.indexOf('<icssi-statement'));
    expect(fallback).not.to.match(/<script|<style|onclick|onerror|javascript:/i);
    const doc = await pasted(snippet, { scripts: true });
    await waitUntil(() => doc.querySelector('icssi-statement')?.getAttribute('state') === 'ready', 'shown', { timeout: 8000 });
    const noScripts = await pasted(snippet, { scripts: false });
    const article = noScripts.querySelector('icssi-statement > article')!;
    expect(visibleText(article.querySelector('h2'))).to.equal('</h2><script>parent.__hostileRan = true</script>Statement on <press freedom>');
    expect(visibleText(article)).to.contain('We stand with journalists.');
    expect(visibleText(article)).to.contain('</textarea><script>');
    expect(article.querySelector('a[href="https://example.org/sign"]')).not.to.equal(null);
    expect((window as { __hostileRan?: boolean }).__hostileRan).to.equal(undefined);
  });
});
