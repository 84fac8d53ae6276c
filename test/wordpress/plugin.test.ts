/**
 * The plugin rendered by WordPress: the shortcode and the block carry the statement's text in the page
 * source (the server-side fallback, with lang and dir), the widget script once per page and only where
 * a statement is, with its integrity hash; attributes are validated; bad feeds break nothing.
 */
import { expect } from '@open-wc/testing';
import { NASIRIYAH, TITLE, api, feedUrl, open, publish, removeFrames, settled, source, visibleHeadings, widgetScripts, wordpress } from './site.js';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const block = (attrs: Record<string, string>) => `<!-- wp:icssi/statement ${JSON.stringify(attrs)} /-->`;

/** The SRI value a browser computes for these bytes. */
async function sri(url: string): Promise<string> {
  const bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
}

describe('the WordPress plugin', function () {
  before(async function () {
    await wordpress(this);
  });
  afterEach(removeFrames);

  it('renders the shortcode with the chosen version’s title, date and text in the page source', async () => {
    const { link } = await publish('administrator', `[icssi_statement src="${NASIRIYAH}" lang="en" layout="card" theme="dark"]`);
    const el = page(await source(link)).querySelector('icssi-statement')!;
    expect(el.getAttribute('src')).to.equal(NASIRIYAH);
    expect([el.getAttribute('lang'), el.getAttribute('layout'), el.getAttribute('theme')]).to.deep.equal(['en', 'card', 'dark']);
    const article = el.querySelector(':scope > article')!;
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(article.querySelector('h2')!.textContent).to.equal(TITLE.en);
    expect(article.textContent).to.contain('2025-02-10');
    expect(article.textContent).to.contain('Dhi Qar Governorate has seen a marked rise in protests');
  });

  it('renders the block with the Arabic original, right to left, when no language is set', async () => {
    const { link } = await publish('administrator', block({ src: NASIRIYAH }));
    const article = page(await source(link)).querySelector('icssi-statement > article')!;
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(article.querySelector('h2')!.textContent).to.equal(TITLE.ar);
  });

  it('shows the statement once, live, where scripts run, and the fallback where they do not', async () => {
    const { link } = await publish('administrator', block({ src: NASIRIYAH, lang: 'en' }));
    const live = await open(link, { scripts: true });
    const [el] = await settled(live);
    expect(el!.getAttribute('state')).to.equal('ready');
    const shown = visibleHeadings(live, [TITLE.en, TITLE.ar]);
    expect(shown).to.have.length(1);
    expect(shown[0]!.getRootNode()).to.equal(el!.shadowRoot);
    const still = await open(link, { scripts: false });
    expect(visibleHeadings(still, [TITLE.en, TITLE.ar]).map((h) => h.textContent)).to.deep.equal([TITLE.en]);
  });

  it('loads the widget from the plugin once per page, with the integrity hash of the bytes it serves', async () => {
    const { link } = await publish('administrator', `[icssi_statement src="${NASIRIYAH}"]\n\n${block({ src: NASIRIYAH, lang: 'en' })}`);
    const html = await source(link);
    expect(page(html).querySelectorAll('icssi-statement')).to.have.length(2);
    const scripts = widgetScripts(html);
    expect(scripts).to.have.length(1);
    expect(new URL(scripts[0]!.src).pathname).to.equal('/wp/wp-content/plugins/icssi-statement/assets/icssi-statement.js');
    expect(scripts[0]!.integrity).to.equal(await sri(scripts[0]!.src));
    expect(scripts[0]!.crossOrigin).to.equal('anonymous');
  });

  it('loads no widget script on a page without a statement', async () => {
    const { link } = await publish('administrator', '<p>No statement here.</p>');
    const html = await source(link);
    expect(html).to.contain('No statement here.');
    expect(widgetScripts(html)).to.have.length(0);
    expect(html).not.to.contain('icssi-statement.js');
  });

  it('validates the shortcode’s attributes as the element reads them', async () => {
    const good = 'A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg';
    const { link } = await publish(
      'administrator',
      `[icssi_statement src="${NASIRIYAH}" layout="poster" theme="neon" lang="not a tag" key="short ${good}" mirrors="ftp://example.org/feed.json https://mirror.example.org/feed.json javascript:alert(1)"]`,
    );
    const el = page(await source(link)).querySelector('icssi-statement')!;
    expect(el.getAttributeNames().sort()).to.deep.equal(['key', 'mirrors', 'src']);
    expect(el.getAttribute('key')).to.equal(good);
    expect(el.getAttribute('mirrors')).to.equal('https://mirror.example.org/feed.json');
  });

  it('renders nothing, and loads no script, for a feed address that is not http(s)', async () => {
    const { link } = await publish('administrator', '[icssi_statement src="javascript:alert(1)"]');
    const html = await source(link);
    expect(page(html).querySelector('icssi-statement')).to.equal(null);
    expect(html).not.to.contain('javascript:alert');
    expect(widgetScripts(html)).to.have.length(0);
  });

  const BAD = [
    { what: 'unreachable', src: 'http://localhost:1/feed.json', says: 'could not be reached' },
    { what: 'not a feed', src: feedUrl('/demo/index.html'), says: 'does not serve a JSON Feed' },
    { what: 'oversized', src: feedUrl(`/faults/feed/one.json?pad=5100000&k=${Math.random()}`), says: 'larger than' },
  ];
  for (const { what, src, says } of BAD) {
    it(`an ${what} feed: readers get the element without text and no error; editors a notice in the block`, async () => {
      const { link } = await publish('administrator', block({ src, lang: 'en' }));
      const response = await fetch(link, { cache: 'no-store' });
      expect(response.status).to.equal(200);
      const html = await response.text();
      const el = page(html).querySelector('.entry-content icssi-statement')!;
      expect(el.children).to.have.length(0);
      expect(html).not.to.contain('icssi-statement-notice');

      const preview = await api('administrator', `/wp/v2/block-renderer/icssi/statement?context=edit&post_id=0&attributes[src]=${encodeURIComponent(src)}`);
      const notice = page(((await preview.json()) as { rendered: string }).rendered).querySelector('[role="alert"]')!;
      expect(notice.textContent).to.contain(says);
      const inspected = await api('administrator', `/icssi/v1/inspect?src=${encodeURIComponent(src)}`);
      expect(inspected.status).to.equal(422);
      expect(((await inspected.json()) as { message: string }).message).to.contain(says);
    });
  }

  it('tells the editor what the feed holds, and refuses to fetch for readers', async () => {
    const inspected = await api('administrator', `/icssi/v1/inspect?src=${encodeURIComponent(NASIRIYAH)}`);
    const { statements } = (await inspected.json()) as { statements: { id: string; title: string; languages: string[] }[] };
    expect(statements.map((s) => s.id)).to.include('nasiriyah-2025-02');
    expect(statements.find((s) => s.id === 'nasiriyah-2025-02')!.languages).to.include.members(['ar', 'en']);
    const anonymous = await fetch(`/wp/?rest_route=/icssi/v1/inspect&src=${encodeURIComponent(NASIRIYAH)}`);
    expect(anonymous.status).to.equal(401);
  });
});
