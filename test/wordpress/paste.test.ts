/**
 * The snippet builder's snippet pasted into WordPress by an Author (no unfiltered_html: kses strips the
 * script and the element) and by an Administrator, in the classic editor (wpautop) and in a Custom
 * HTML block: a reader sees the statement exactly once, live where scripts run, the fallback (with its
 * lang and dir) where they do not.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { arabOrLatn } from '../helpers/engine.js';
import { NASIRIYAH, TITLE, open, publish, removeFrames, settled, visibleHeadings, wordpress, type Role } from './site.js';

const TITLES = [TITLE.ar, TITLE.en];

/** The builder's snippet for the Nasiriyah statement, the reader's language left open, as a blogger copies it. */
async function builderSnippet(): Promise<string> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = '/dist/builder.html';
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.querySelector('script[src="builder.js"]') && doc.getElementById('feed'), 'the builder loads');
  (doc.getElementById('feed') as HTMLInputElement).value = NASIRIYAH;
  (doc.getElementById('feed-form') as HTMLFormElement).requestSubmit();
  const field = doc.getElementById('snippet') as HTMLTextAreaElement;
  await waitUntil(() => field.value.includes('<icssi-statement'), 'the snippet is written', { timeout: 5000 });
  iframe.remove();
  // The CDN is out of reach here: the same script from the test server, without the hash of the published file.
  return field.value.replace(/<script src="[^"]*" integrity="[^"]*"/, '<script src="/dist/icssi-statement.js"');
}

const PATHS: { role: Role; editor: 'classic editor' | 'Custom HTML block' }[] = [
  { role: 'author', editor: 'classic editor' },
  { role: 'author', editor: 'Custom HTML block' },
  { role: 'administrator', editor: 'Custom HTML block' },
  { role: 'administrator', editor: 'classic editor' },
];

describe('the builder’s snippet pasted into WordPress', function () {
  let snippet: string;
  const links = new Map<string, string>();

  before(async function () {
    await wordpress(this);
    snippet = await builderSnippet();
    for (const { role, editor } of PATHS) {
      const content = editor === 'classic editor' ? snippet : `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`;
      links.set(`${role} ${editor}`, (await publish(role, content)).link);
    }
  });
  afterEach(removeFrames);

  for (const { role, editor } of PATHS) {
    const scriptsSurvive = role === 'administrator';

    it(`by an ${role} in a ${editor}: the statement once where scripts run${scriptsSurvive ? ', live' : ''}`, async () => {
      const doc = await open(links.get(`${role} ${editor}`)!, { scripts: true });
      const elements = await (scriptsSurvive ? settled(doc) : Promise.resolve([...doc.querySelectorAll('icssi-statement')]));
      expect(elements, 'kses keeps the element only for users with unfiltered_html').to.have.length(scriptsSurvive ? 1 : 0);
      if (scriptsSurvive) {
        expect(elements[0]!.getAttribute('state')).to.equal('ready');
        // The live statement, in the reader's language (the browser's English), not the Arabic fallback.
        const [heading] = visibleHeadings(doc, TITLES);
        expect(heading!.getRootNode()).to.equal(elements[0]!.shadowRoot);
      }
      expect(visibleHeadings(doc, TITLES).map((h) => h.textContent!.trim())).to.have.length(1);
    });

    it(`by an ${role} in a ${editor}: the Arabic fallback once, right to left, where scripts never run`, async () => {
      const doc = await open(links.get(`${role} ${editor}`)!, { scripts: false });
      const headings = visibleHeadings(doc, TITLES);
      expect(headings.map((h) => h.textContent!.trim())).to.deep.equal([TITLE.ar]);
      const article = headings[0]!.closest('article')!;
      expect(article.getAttribute('lang')).to.equal('ar');
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(doc.defaultView!.getComputedStyle(article.querySelector('h2 ~ p:not([lang])')!).direction).to.equal('rtl');
      // The builder dated it in Arabic: Latin or Arabic-Indic digits, as the engine's CLDR data chooses.
      expect(arabOrLatn('2025').some((year) => article.textContent!.includes(year))).to.equal(true);
    });
  }

  it('keeps every element and attribute of the fallback through an Author’s kses', async () => {
    const shape = (root: Element) => [...root.querySelectorAll('*')].map((el) => `${el.localName}[${[...el.attributes].map((a) => a.name).sort().join(' ')}]`);
    const pasted = new DOMParser().parseFromString(snippet, 'text/html').querySelector('article')!;
    const doc = await open(links.get('author classic editor')!, { scripts: false });
    const saved = doc.querySelector('.entry-content article')!;
    expect(shape(saved)).to.deep.equal(shape(pasted));
    expect(saved.id).to.equal(pasted.id);
  });

  it('shows the classic-editor case really is the moved one: wpautop closed the element before the fallback', async () => {
    const doc = await open(links.get('administrator classic editor')!, { scripts: false });
    const el = doc.querySelector('icssi-statement')!;
    expect(el.querySelector('article')).to.equal(null);
    expect(doc.getElementById(el.getAttribute('fallback')!)!.localName).to.equal('article');
  });
});
