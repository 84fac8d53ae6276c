import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ErrorDetail, IcssiStatement } from '../../src/icssi-statement.js';
import { saveFeed, savedFeed } from '../../src/feed/cache.js';
import { forgetFeed } from '../../src/feed/load.js';
import type { Feed } from '../../src/model.js';
import { engine } from '../helpers/engine.js';
import { part, settled, text } from '../helpers/mount.js';
import { eventually, faultUrl, requests, sleep, uncaught } from './server.js';

const FIRST = 'First statement on the right to assemble';
const SECOND = 'Second statement on the release of detained journalists';
const DAY = 864e5;
const errors = uncaught();

function create(src: string, attrs: Record<string, string> = {}) {
  const el = document.createElement('icssi-statement');
  const failures: ErrorDetail[] = [];
  el.addEventListener('icssi-error', (e) => failures.push((e as CustomEvent<ErrorDetail>).detail));
  for (const [k, v] of Object.entries({ lang: 'en', ...attrs })) el.setAttribute(k, v);
  el.src = src;
  const p = document.createElement('p');
  p.textContent = 'Fallback';
  el.append(p);
  document.body.append(el);
  return { el, failures };
}

/** A first visit that loads the feed, then a fresh page visit: the page's shared copy is gone, storage stays. */
async function visitOnce(src: string): Promise<void> {
  const { el } = create(src);
  await settled(el);
  expect(el.state).to.equal('ready');
  // The copy is written once the statement is on screen.
  await eventually(() => savedFeed(src), Boolean);
  el.remove();
  forgetFeed(src);
}

/** The two renders after connecting: the first starts the load, the second shows what is known at once. */
async function firstPaint(el: IcssiStatement): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

const ours = () => Object.keys(localStorage).filter((k) => k.startsWith('icssi-statement:'));

afterEach(() => document.querySelectorAll('icssi-statement').forEach((el) => el.remove()));

describe('last good copy', () => {
  it('shows a returning reader the saved statement at once, then the fresh one from the background request', async () => {
    const src = faultUrl('one.json', { then: 'two.json', then_delay: 600 });
    await visitOnce(src);
    const { el } = create(src);
    await firstPaint(el);
    expect(el.state).to.equal('ready');
    expect(text(part(el, 'title'))).to.equal(FIRST);
    expect(part(el, 'stale'), 'a copy being revalidated is not marked').to.equal(null);
    expect(await requests(src)).to.have.length(2);
    await eventually(() => text(part(el, 'title')), (t) => t === SECOND);
    expect(text(part(el, 'title'))).to.equal(SECOND);
    expect(part(el, 'stale')).to.equal(null);
    await eventually(() => savedFeed(src)?.feed.statements[0]!.id, (id) => id === 'two');
    expect(savedFeed(src)!.feed.statements[0]!.id).to.equal('two');
  });

  it('shows an offline reader the last statement, marked with its age', async () => {
    const src = faultUrl('one.json', { then_reset: true });
    await visitOnce(src);
    // The copy was saved three days ago.
    saveFeed(src, { ...savedFeed(src)!.feed }, Date.now() - 3 * DAY);
    const { el, failures } = create(src);
    await eventually(() => part(el, 'stale'), (p) => p !== null);
    expect(el.state).to.equal('ready');
    expect(text(part(el, 'title'))).to.equal(FIRST);
    const stale = part(el, 'stale')!;
    expect(text(stale)).to.equal('Saved copy from 3 days ago');
    expect(stale.getAttribute('role')).to.equal('status');
    expect(el.querySelector('p')!.getClientRects().length, 'fallback hidden').to.equal(0);
    expect(failures).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('tells the age in the reader’s interface language', async () => {
    const src = faultUrl('one.json', { then_status: 503 });
    await visitOnce(src);
    saveFeed(src, { ...savedFeed(src)!.feed }, Date.now() - 2 * 36e5);
    const { el } = create(src, { lang: 'fr' });
    await eventually(() => part(el, 'stale'), (p) => p !== null);
    expect(text(part(el, 'stale'))).to.contain('il y a 2 heures');
  });

  it('keeps and shows no copy when the partner sets cache="off"', async () => {
    const src = faultUrl('one.json', { then_status: 503 });
    const first = create(src, { cache: 'off' });
    await settled(first.el);
    expect(first.el.state).to.equal('ready');
    // Past the moment a copy would be written (after the paint).
    await sleep(200);
    expect(savedFeed(src)).to.equal(undefined);
    // An element without the attribute, on the same page, does save the copy…
    const keeper = create(src);
    await settled(keeper.el);
    expect(await eventually(() => savedFeed(src), Boolean)).not.to.equal(undefined);
    first.el.remove();
    keeper.el.remove();
    forgetFeed(src);
    // …and an element that opted out still does not show it when the feed fails.
    const { el, failures } = create(src, { cache: 'off' });
    await settled(el);
    expect(el.state).to.equal('error');
    expect(part(el, 'article')).to.equal(null);
    expect(failures.map((f) => f.code)).to.deep.equal(['http']);
  });

  it('stays within bounds: a few copies, a few hundred kilobytes, the partner’s own data untouched', () => {
    localStorage.setItem('partner-preference', 'dark');
    const big = (n: number): Feed => ({
      statements: [{ id: `s${n}`, versions: [{ lang: 'en', title: `T${n}`, text: 'x'.repeat(90_000), base: '' }], authors: [], signatories: [], tags: [] }],
    });
    for (let n = 0; n < 10; n++) saveFeed(`https://feeds.example/${n}.json`, big(n), Date.now() - (10 - n) * 1000);
    const keys = ours();
    expect(keys.length).to.be.at.most(4);
    const chars = keys.reduce((sum, k) => sum + k.length + localStorage.getItem(k)!.length, 0);
    expect(chars).to.be.at.most(400_000);
    expect(savedFeed('https://feeds.example/9.json')!.feed.statements[0]!.id).to.equal('s9');
    expect(savedFeed('https://feeds.example/0.json')).to.equal(undefined);
    // A feed too large to keep is simply not kept.
    expect(() => saveFeed('https://feeds.example/huge.json', { ...big(0), title: 'y'.repeat(500_000) })).not.to.throw();
    expect(savedFeed('https://feeds.example/huge.json')).to.equal(undefined);
    expect(localStorage.getItem('partner-preference')).to.equal('dark');
    for (const k of ours()) if (k.includes('feeds.example')) localStorage.removeItem(k);
    localStorage.removeItem('partner-preference');
  });

  it('replaces no copy with a feed whose bodies alone exceed the bound, without serialising it', () => {
    const url = 'https://feeds.example/thousand.json';
    const small: Feed = { statements: [{ id: 'a', versions: [{ lang: 'en', title: 'A', text: 'short', base: '' }], authors: [], signatories: [], tags: [] }] };
    saveFeed(url, small);
    expect(savedFeed(url)!.feed.statements[0]!.id).to.equal('a');
    const thousand: Feed = {
      statements: Array.from({ length: 1000 }, (_, i) => ({
        id: `s${i}`,
        versions: [{ lang: 'en', title: `T${i}`, html: `<p>${'x'.repeat(1600)}</p>`, base: '' }],
        authors: [],
        signatories: [],
        tags: [],
      })),
    };
    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = (...args: Parameters<typeof stringify>) => (calls++, stringify(...args));
    try {
      saveFeed(url, thousand);
    } finally {
      JSON.stringify = stringify;
    }
    expect(calls, 'JSON.stringify calls').to.equal(0);
    // The older copy is gone too: it no longer is the feed's last good copy.
    expect(savedFeed(url)).to.equal(undefined);
  });
});

describe('HTTP caching', () => {
  // MiniBrowser under WebDriver runs in an ephemeral network session, which has no HTTP cache (Safari's does).
  before(function () {
    if (engine === 'webkit') this.skip();
  });

  it('lets the browser cache answer a feed that says it is fresh, with no cache-busting parameter', async () => {
    const src = faultUrl('one.json', { cache: 'public, max-age=60' });
    await visitOnce(src);
    const { el } = create(src);
    await settled(el);
    expect(text(part(el, 'title'))).to.equal(FIRST);
    const log = await requests(src);
    expect(log.map((r) => r.url)).to.deep.equal([new URL(src).pathname + new URL(src).search]);
  });

  it('reload() asks the server again, conditionally, and a 304 keeps the statement', async () => {
    const src = faultUrl('one.json', { cache: 'public, max-age=60' });
    const { el } = create(src);
    await settled(el);
    el.reload();
    // The fault server logs a request when it arrives and its status when it answers: wait for both.
    const log = await eventually(() => requests(src), (l) => l.length === 2 && l[1]!.status !== undefined);
    expect(log[1]!.ifNoneMatch).to.be.a('string');
    expect(log[1]!.status).to.equal(304);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(text(part(el, 'title'))).to.equal(FIRST);
  });
});
