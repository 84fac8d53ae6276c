import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';
import { settled, part, text } from '../helpers/mount.js';
import { eventually, requests, sleep, uncaught, uniqueKey } from '../network/server.js';
// @ts-expect-error: a plain ES module shared with the Node middleware, without types.
import { vectors } from './xss-vectors.mjs';

const corpus = vectors as string[];
const token = uniqueKey();
const FEED = new URL(`/faults/xss.json?token=${token}`, location.href).href;
const errors = uncaught();

// The sentinel every payload would call. It must never be touched.
const sentinel: string[] = [];
(window as unknown as { __xss: () => void }).__xss = () => sentinel.push(new Error().stack ?? 'called');

// Every resource the page fetches, including anything a surviving vector would load.
const loaded: string[] = [];
new PerformanceObserver((list) => loaded.push(...list.getEntries().map((e) => e.name))).observe({
  type: 'resource',
  buffered: true,
});

// Elements that must never exist in what the widget renders, and attributes that must never survive on feed content.
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'form', 'input',
  'textarea', 'select', 'meta', 'base', 'link', 'template', 'noscript', 'audio', 'video', 'source', 'picture',
  'portal', 'isindex', 'keygen', 'marquee', 'area', 'map', 'xmp', 'plaintext', 'title', 'body', 'html', 'head',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'href', 'title', 'target', 'rel', 'alt', 'width', 'height', 'src', 'loading', 'referrerpolicy', 'decoding',
  'start', 'reversed', 'datetime', 'part', 'type', 'lang', 'dir',
]);

/** Every element in a shadow tree, descending into nested shadow roots. */
function* walk(root: Node): Generator<Element> {
  for (const el of (root as ParentNode).querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

const elements: IcssiStatement[] = [];

describe(`an XSS corpus of ${corpus.length} vectors, each shown by the real element`, () => {
  before(async function () {
    this.timeout(30000);
    const host = document.createElement('div');
    for (const id of [...corpus.keys()].map(String).concat('plain-text-fields')) {
      const el = document.createElement('icssi-statement');
      el.lang = 'en';
      el.statement = id;
      el.src = FEED;
      el.cache = 'off';
      host.append(el);
      elements.push(el);
    }
    document.body.append(host);
    await Promise.all(elements.map(settled));
    // Give anything delayed (a refresh, a lazy image, an animation, a focus handler) time to happen.
    window.scrollTo(0, document.body.scrollHeight);
    await sleep(1500);
  });

  it('holds at least 100 vectors from the literature', () => {
    expect(corpus.length).to.be.at.least(100);
  });

  it('shows every vector as a statement (one feed request for all of them)', async () => {
    const notReady = elements.filter((el) => el.state !== 'ready').map((el) => el.statement);
    expect(notReady).to.deep.equal([]);
    expect(await requests(FEED)).to.have.length(1);
  });

  it('runs no script: the sentinel is never touched and nothing is thrown', () => {
    expect(sentinel).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(location.pathname).not.to.contain('evil');
  });

  it('leaves no dangerous element and no dangerous attribute in any shadow tree', () => {
    const found: string[] = [];
    for (const el of elements) {
      for (const node of walk(el.shadowRoot!)) {
        const name = node.localName;
        if (FORBIDDEN_ELEMENTS.has(name) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
          found.push(`#${el.statement}: <${name}>`);
        }
        const inBody = !!node.parentElement?.closest('[part~="body"]');
        for (const attr of node.getAttributeNames()) {
          const bad = /^on/i.test(attr) || attr === 'style' || attr === 'srcset' || attr === 'srcdoc' || attr.includes(':');
          if (bad || (inBody && !ALLOWED_ATTRIBUTES.has(attr) && !(attr === 'class' && node.className === 'image-placeholder'))) {
            found.push(`#${el.statement}: <${name} ${attr}="${node.getAttribute(attr)}">`);
          }
        }
        for (const attr of ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping']) {
          const v = node.getAttribute(attr);
          if (v !== null && !/^(https?:|mailto:)/.test(v)) found.push(`#${el.statement}: ${attr}="${v}"`);
        }
      }
    }
    expect(found).to.deep.equal([]);
  });

  it('gives every link that leaves the page rel="noopener noreferrer" and a new tab', () => {
    const links = elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('[part~="body"] a[href^="http"]')]);
    expect(links.length).to.be.greaterThan(3);
    for (const a of links) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
  });

  it('requests nothing from a third-party origin', async () => {
    const thirdParty = loaded.filter((url) => new URL(url).origin !== location.origin);
    expect(thirdParty).to.deep.equal([]);
    const hits = await eventually(() => requests(`/evil/${token}/`), () => false, 300);
    expect(hits.map((h) => h.url)).to.deep.equal([]);
  });

  it('keeps the reader’s words when it drops markup: an unsafe link becomes its text', () => {
    const i = corpus.indexOf('<a href="javascript:XSS">plain</a>');
    const el = elements[i]!;
    expect(text(part(el, 'body'))).to.equal('plain');
    expect(part(el, 'body')!.querySelector('a')).to.equal(null);
  });

  it('shows markup in titles, summaries and names as text, never as elements', () => {
    const el = elements.at(-1)!;
    expect(text(part(el, 'title'))).to.contain('<b>Markup in a title</b>');
    expect(part(el, 'title')!.children.length).to.equal(0);
    expect(text(part(el, 'body'))).to.contain('onerror=');
    expect(part(el, 'body')!.querySelector('img')).to.equal(null);
    // The item's `javascript:` URL gives no "Read the full statement" link at all.
    expect(part(el, 'link')).to.equal(null);
  });
});
