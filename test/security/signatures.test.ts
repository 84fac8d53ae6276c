/**
 * Signed statements (`key`) and mirrors (`mirrors`), through the real element. The feeds are
 * test/network/fixtures/signed-*.json, written by test/security/make-signed-feeds.mjs with the
 * published test key of docs/feed-format.md and served by the fault server.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ErrorDetail, IcssiStatement, LoadDetail } from '../../src/icssi-statement.js';
import { canonicalJson } from '../../src/feed/canonical-json.js';
import { saveFeed, savedFeed } from '../../src/feed/cache.js';
import { forgetFeed } from '../../src/feed/load.js';
import { verifiedFeed } from '../../src/feed/verify.js';
import { part, settled, text } from '../helpers/mount.js';
import { eventually, faultUrl, requests, uncaught } from '../network/server.js';

interface Vector {
  public_key: string;
  unsigned_item: object;
  canonical_utf8: string;
  signed_item: { _icssi: object };
}
const vector: Vector = await (await fetch('/test/fixtures/signature/vector.json')).json();
const KEY = vector.public_key;
/** The other test key of make-signed-feeds.mjs (seed 20…3f). */
const OTHER = 'Kay64UG8yvCyLhqU000LxzYeUm0L_hLIl5S8kyKWbdc';
const AR_TITLE = 'بيان تضامن بشأن الاحتجاجات في الناصرية';
const EN_TITLE = 'Solidarity statement on the protests in Nasiriyah';
const BASRA = 'Statement on the arrest of environmental defenders in Basra';
const errors = uncaught();

interface Watched {
  el: IcssiStatement;
  loads: LoadDetail[];
  failures: ErrorDetail[];
  /** Every statement title and body that ever entered the shadow DOM, and every state the element took. */
  seen: string[];
  states: string[];
}

/** Connects an element with a fallback and records, from its very first render, what a reader could ever have seen. */
function create(attrs: Record<string, string>): Watched {
  const el = document.createElement('icssi-statement');
  const w: Watched = { el, loads: [], failures: [], seen: [], states: [] };
  el.addEventListener('icssi-load', (e) => w.loads.push((e as CustomEvent<LoadDetail>).detail));
  el.addEventListener('icssi-error', (e) => w.failures.push((e as CustomEvent<ErrorDetail>).detail));
  for (const [k, v] of Object.entries({ lang: 'en', ...attrs })) el.setAttribute(k, v);
  const p = document.createElement('p');
  p.textContent = 'Fallback';
  el.append(p);
  const record = () => {
    w.states.push(el.state);
    el.shadowRoot?.querySelectorAll('[part~="title"], [part~="body"]').forEach((n) => w.seen.push(text(n)));
  };
  new MutationObserver(record).observe(el, { attributes: true, attributeFilter: ['state'] });
  document.body.append(el);
  // The shadow root exists once connected; watch it from before the first render.
  new MutationObserver(record).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return w;
}

async function shown(attrs: Record<string, string>): Promise<Watched> {
  const w = create(attrs);
  await settled(w.el);
  return w;
}

function expectRefused(w: Watched, src: string): void {
  expect(w.el.state).to.equal('error');
  expect(w.seen, 'no title or body at any moment').to.deep.equal([]);
  expect(w.states).not.to.include('ready');
  expect(w.loads).to.deep.equal([]);
  expect(w.failures.map((f) => [f.code, f.src])).to.deep.equal([['unverified', src]]);
  expect(w.failures[0]!.message).to.equal('This statement could not be verified.');
  expect(text(part(w.el, 'error'))).to.equal('This statement could not be verified.');
  expect(w.el.querySelector('p')!.getClientRects().length, 'fallback visible').to.equal(1);
}

afterEach(() => document.querySelectorAll('icssi-statement').forEach((el) => el.remove()));
after(() => expect(errors).to.deep.equal([]));

describe('signature verification (key)', () => {
  it('canonicalises the test vector’s item to its canonical text, and verifies its signature', async () => {
    expect(canonicalJson(vector.unsigned_item)).to.equal(vector.canonical_utf8);
    const feed = await verifiedFeed([vector.signed_item], location.href, KEY);
    expect(feed.statements.map((s) => s.versions.map((v) => v.title))).to.deep.equal([[AR_TITLE, EN_TITLE]]);
    const unsigned = verifiedFeed([vector.unsigned_item], location.href, KEY);
    await unsigned.then(
      () => expect.fail('an unsigned item verified'),
      (e: Error) => expect(e.message).to.equal('unverified'),
    );
  });

  it('shows a verified statement with a mark naming its publisher, and says so in icssi-load', async () => {
    const src = faultUrl('signed-one.json');
    const w = await shown({ src, key: KEY });
    expect(w.el.state).to.equal('ready');
    expect(text(part(w.el, 'title'))).to.equal(EN_TITLE);
    // The vector names no author: its signed link's host is the publisher.
    expect(text(part(w.el, 'verified'))).to.equal('Verified: \u2068www.iraqicivilsociety.org\u2069');
    expect(w.loads).to.deep.equal([{ src, statement: 'nasiriyah-2025-02', lang: 'en', verified: true }]);
  });

  it('names the signed author as the publisher, in the reader’s interface language', async () => {
    const w = await shown({ src: faultUrl('signed-two.json'), key: KEY, lang: 'fr' });
    expect(text(part(w.el, 'title'))).to.equal(BASRA);
    expect(text(part(w.el, 'verified'))).to.equal('Vérifié : \u2068Iraqi Civil Society Solidarity Initiative\u2069');
  });

  for (const kind of ['title', 'body', 'translation', 'signatory', 'date']) {
    it(`refuses a statement whose ${kind} was changed after signing, without showing it even briefly`, async () => {
      const src = faultUrl(`signed-tampered-${kind}.json`);
      expectRefused(await shown({ src, key: KEY }), src);
    });
  }

  it('refuses an unsigned statement and one signed by another key', async () => {
    for (const fixture of ['signed-unsigned.json', 'signed-other-key.json']) {
      const src = faultUrl(fixture);
      expectRefused(await shown({ src, key: KEY }), src);
    }
  });

  it('refuses a genuine statement when the key given is not its publisher’s', async () => {
    const src = faultUrl('signed-one.json');
    expectRefused(await shown({ src, key: OTHER }), src);
  });

  it('accepts any of several keys (rotation)', async () => {
    const w = await shown({ src: faultUrl('signed-one.json'), key: `${OTHER}  ${KEY}` });
    expect(w.el.state).to.equal('ready');
    expect(w.loads[0]!.verified).to.equal(true);
  });

  it('lists only the verified statements', async () => {
    const w = await shown({ src: faultUrl('signed-list.json'), key: KEY, layout: 'list' });
    expect(w.el.state).to.equal('ready');
    const titles = [...w.el.shadowRoot!.querySelectorAll('[part~="title"]')].map(text);
    expect(titles).to.deep.equal([BASRA, EN_TITLE]);
    expect(w.el.shadowRoot!.querySelectorAll('[part~="verified"]')).to.have.length(2);
    expect(w.seen.filter((t) => !titles.includes(t))).to.deep.equal([]);
  });

  it('reports a statement asked for by id that is not among the verified ones as unverified', async () => {
    const src = faultUrl('signed-list.json');
    for (const statement of ['tampered-item', 'other-key-item', 'unsigned-item', 'no-such-item']) {
      const w = await shown({ src, key: KEY, statement });
      expect(w.failures.map((f) => f.code), statement).to.deep.equal(['unverified']);
      expect(w.seen, statement).to.deep.equal([]);
    }
    expect((await shown({ src, key: KEY, statement: 'basra-2025-03' })).el.state).to.equal('ready');
  });

  it('changes nothing without a key: the same feed shows, unverified and unmarked', async () => {
    const src = faultUrl('signed-tampered-title.json');
    const w = await shown({ src });
    expect(w.el.state).to.equal('ready');
    expect(part(w.el, 'verified')).to.equal(null);
    expect(w.loads).to.deep.equal([{ src, statement: 'nasiriyah-2025-02', lang: 'en', verified: false }]);
  });

  it('where WebCrypto is missing (no secure context), shows nothing and asks no address', async () => {
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    Object.defineProperty(Crypto.prototype, 'subtle', { configurable: true, get: () => undefined });
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const src = faultUrl('signed-one.json');
      // A key string no other test used, so it is imported afresh.
      const w = await shown({ src, key: `${KEY} ${OTHER} ${KEY}` });
      expectRefused(w, src);
      expect(await requests(src)).to.deep.equal([]);
      expect(warnings.join()).to.match(/needs https/);
    } finally {
      Object.defineProperty(Crypto.prototype, 'subtle', subtle);
      console.warn = warn;
    }
  });
});

describe('mirrors', () => {
  it('asks the mirrors in order when src fails, skips one whose statement was altered, and names the address that served it', async () => {
    const dead = faultUrl('signed-one.json', { status: 503 });
    const forged = faultUrl('signed-tampered-body.json');
    const good = faultUrl('signed-one.json');
    const last = faultUrl('signed-one.json');
    const w = await shown({ src: dead, mirrors: `${forged} ${good} ${last}`, key: KEY });
    expect(w.el.state).to.equal('ready');
    expect(w.loads.map((l) => l.src)).to.deep.equal([good]);
    expect(w.seen.every((t) => !t.includes('نرفض')), 'the altered body never showed').to.equal(true);
    expect((await requests(dead)).length).to.equal(1);
    expect((await requests(forged)).length).to.equal(1);
    expect((await requests(good)).length).to.equal(1);
    expect(await requests(last), 'no address past the one that served').to.deep.equal([]);
  });

  it('passes over a mirror that lacks a genuine copy of the statement asked for, though others of its statements verify', async () => {
    const dead = faultUrl('signed-two.json', { status: 503 });
    const forged = faultUrl('signed-two-one-forged.json');
    const good = faultUrl('signed-two.json');
    const w = await shown({ src: dead, mirrors: `${forged} ${good}`, key: KEY, statement: 'nasiriyah-2025-02' });
    expect(w.el.state).to.equal('ready');
    expect(text(part(w.el, 'title'))).to.equal(EN_TITLE);
    expect(w.loads.map((l) => [l.src, l.statement, l.verified])).to.deep.equal([[good, 'nasiriyah-2025-02', true]]);
    expect(w.seen.every((t) => !t.includes('نرفض')), 'the altered body never showed').to.equal(true);
  });

  it('asks each address once however many elements show it', async () => {
    const dead = faultUrl('signed-one.json', { status: 502 });
    const good = faultUrl('signed-list.json');
    const list = create({ src: dead, mirrors: good, key: KEY, layout: 'list' });
    const one = create({ src: dead, mirrors: good, key: KEY });
    const plain = create({ src: dead, mirrors: good });
    await Promise.all([list, one, plain].map((w) => settled(w.el)));
    expect([list, one, plain].map((w) => w.loads.map((l) => [l.src, l.verified]))).to.deep.equal([
      [[good, true]],
      [[good, true]],
      [[good, false]],
    ]);
    expect((await requests(dead)).length).to.equal(1);
    expect((await requests(good)).length).to.equal(1);
  });

  it('reports the error of src when every address fails', async () => {
    const dead = faultUrl('signed-one.json', { status: 503 });
    const forged = faultUrl('signed-tampered-date.json');
    const w = await shown({ src: dead, mirrors: forged, key: KEY });
    expect(w.failures.map((f) => [f.code, f.status, f.src])).to.deep.equal([['http', 503, dead]]);
    expect(w.seen).to.deep.equal([]);
  });
});

describe('saved copy with a key', () => {
  /** A first visit that saves the feed, then a fresh page visit. */
  async function visitOnce(attrs: Record<string, string>): Promise<void> {
    const w = await shown(attrs);
    expect(w.el.state).to.equal('ready');
    // The copy is written once the statement is on screen.
    await eventually(() => savedFeed(attrs.src!), Boolean);
    w.el.remove();
    forgetFeed(attrs.src!);
  }

  it('verifies the saved copy again before showing it, and serves it when every address fails', async () => {
    const src = faultUrl('signed-one.json', { then_reset: true });
    const mirror = faultUrl('signed-one.json', { status: 500 });
    await visitOnce({ src, mirrors: mirror, key: KEY });
    const w = create({ src, mirrors: mirror, key: KEY });
    await eventually(() => part(w.el, 'stale'), (p) => p !== null);
    expect(text(part(w.el, 'title'))).to.equal(EN_TITLE);
    expect(part(w.el, 'verified')).not.to.equal(null);
    expect(w.failures).to.deep.equal([]);
  });

  it('refuses a saved copy altered in storage, and never shows the altered words', async () => {
    const src = faultUrl('signed-one.json', { then_reset: true });
    await visitOnce({ src, key: KEY });
    const saved = savedFeed(src)!;
    const copy = structuredClone(saved.feed);
    // Altered in both places a saved copy holds it: the statement shown and the signed item.
    copy.statements[0]!.versions[1]!.title = 'Forged title';
    (copy.signed!.items[0] as { _icssi: { translations: { title: string }[] } })._icssi.translations[0]!.title = 'Forged title';
    saveFeed(src, copy, saved.at);
    const w = await shown({ src, key: KEY });
    expect(w.el.state).to.equal('error');
    expect(w.failures.map((f) => f.code)).to.deep.equal(['network']);
    expect(w.seen).to.deep.equal([]);
  });

  it('rebuilds a saved copy from its signed items, whatever the stored statement says', async () => {
    const src = faultUrl('signed-one.json', { then_reset: true });
    await visitOnce({ src, key: KEY });
    const saved = savedFeed(src)!;
    const copy = structuredClone(saved.feed);
    copy.statements[0]!.versions[1]!.title = 'Forged title';
    saveFeed(src, copy, saved.at);
    const w = create({ src, key: KEY });
    await eventually(() => part(w.el, 'stale'), (p) => p !== null);
    expect(text(part(w.el, 'title'))).to.equal(EN_TITLE);
    expect(w.seen.join()).not.to.include('Forged');
  });
});
