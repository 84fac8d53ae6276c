import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ErrorDetail, IcssiStatement } from '../../src/icssi-statement.js';
import { FeedError, type FeedErrorCode } from '../../src/feed/errors.js';
import { errorMessage } from '../../src/render/messages.js';
import { part, settled, text } from '../helpers/mount.js';
import { eventually, faultUrl, requests, sleep, uncaught } from './server.js';

const FALLBACK = 'Read this statement on the publisher’s site.';
const errors = uncaught();

interface Shown {
  el: IcssiStatement;
  events: ErrorDetail[];
}

/** Puts an element with fallback content on the page, listening before it can fire anything. */
async function show(src: string, attrs: Record<string, string> = {}): Promise<Shown> {
  const el = document.createElement('icssi-statement');
  const events: ErrorDetail[] = [];
  el.addEventListener('icssi-error', (e) => events.push((e as CustomEvent<ErrorDetail>).detail));
  for (const [k, v] of Object.entries({ lang: 'en', ...attrs })) el.setAttribute(k, v);
  el.src = src;
  const p = document.createElement('p');
  p.textContent = FALLBACK;
  el.append(p);
  document.body.append(el);
  await settled(el);
  return { el, events };
}

/** What a reader of a failed element sees: the alert and the fallback, nothing else. */
function expectFailure({ el, events }: Shown, code: FeedErrorCode, status?: number) {
  const expected = errorMessage(new FeedError(code, status));
  expect(el.getAttribute('state')).to.equal('error');
  const alert = part(el, 'error')!;
  expect(alert.getAttribute('role')).to.equal('alert');
  expect(text(alert)).to.equal(expected);
  expect(part(el, 'article')).to.equal(null);
  const fallback = el.querySelector('p')!;
  expect(fallback.getClientRects().length, 'fallback content is visible').to.be.greaterThan(0);
  expect(events.map((e) => [e.code, e.message, e.status])).to.deep.equal([[code, expected, status]]);
  expect(errors).to.deep.equal([]);
}

afterEach(() => {
  document.querySelectorAll('icssi-statement').forEach((el) => el.remove());
});

describe('hostile networks: each fault leaves the reader with a specific message and the fallback', () => {
  it('a server error (503) says the server answered with an error, and which', async () => {
    expectFailure(await show(faultUrl('one.json', { status: 503 })), 'http', 503);
  });

  it('a missing feed (404) says so with its status', async () => {
    expectFailure(await show(faultUrl('one.json', { status: 404 })), 'http', 404);
  });

  it('a server that never answers is abandoned after `timeout`, and the request is cancelled', async () => {
    const url = faultUrl('one.json', { hang: true });
    const started = performance.now();
    const shown = await show(url, { timeout: '300' });
    expect(performance.now() - started).to.be.lessThan(3000);
    expectFailure(shown, 'timeout');
    const log = await eventually(() => requests(url), (l) => l[0]?.aborted === true);
    expect(log.map((r) => r.aborted)).to.deep.equal([true]);
  });

  it('a dropped connection is a network error', async () => {
    expectFailure(await show(faultUrl('one.json', { reset: true })), 'network');
  });

  it('a body cut off mid-transfer says the feed arrived incomplete', async () => {
    expectFailure(await show(faultUrl('one.json', { truncate: 60 })), 'truncated');
  });

  it('a complete response holding half a feed is reported as damaged', async () => {
    expectFailure(await show(faultUrl('one.json', { cut: 60 })), 'malformed');
  });

  it('a web page where the feed should be (a captive portal) is not taken for a feed', async () => {
    expectFailure(await show(faultUrl('portal.html', { type: 'text/html; charset=utf-8' })), 'not-a-feed');
  });

  it('an image where the feed should be is refused unread', async () => {
    expectFailure(await show(faultUrl('one.json', { type: 'image/png' })), 'not-a-feed');
  });

  it('a feed over `max-bytes` is refused from its declared length', async () => {
    expectFailure(await show(faultUrl('one.json', { pad: 4000 }), { 'max-bytes': '1000' }), 'too-large');
  });

  it('a feed over `max-bytes` with no declared length is cut off while streaming', async () => {
    const url = faultUrl('one.json', { pad: 200_000, chunked: true });
    expectFailure(await show(url, { 'max-bytes': '1000' }), 'too-large');
  });

  it('an empty feed says there are no statements yet', async () => {
    expectFailure(await show(faultUrl('empty.json')), 'empty');
  });

  it('an unknown statement id says the statement is not in the feed', async () => {
    expectFailure(await show(faultUrl('one.json'), { statement: 'no-such-statement' }), 'not-found');
  });

  it('gives every fault its own message', () => {
    const codes: FeedErrorCode[] = ['network', 'timeout', 'http', 'too-large', 'truncated', 'not-a-feed', 'malformed', 'empty', 'not-found'];
    const messages = codes.map((c) => errorMessage(new FeedError(c, 500)));
    expect(new Set(messages).size).to.equal(codes.length);
  });

  it('speaks the reader’s language when it fails: an Arabic reader gets an Arabic alert, right to left', async () => {
    const shown = await show(faultUrl('one.json', { status: 503 }), { lang: 'ar' });
    const alert = part(shown.el, 'error')!;
    expect(text(alert)).to.match(/[\u0600-\u06FF]/);
    expect(getComputedStyle(alert).direction).to.equal('rtl');
    expect(shown.events[0]!.message).to.equal(text(alert));
  });

  it('a slow feed is still shown once it arrives', async () => {
    const { el, events } = await show(faultUrl('one.json', { delay: 400 }));
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(part(el, 'title'))).to.equal('First statement on the right to assemble');
    expect(el.querySelector('p')!.getClientRects().length, 'fallback hidden').to.equal(0);
    expect(events).to.deep.equal([]);
  });
});

describe('one request per feed, cancelled when no longer wanted', () => {
  it('sends one request however many elements show the same feed', async () => {
    const url = faultUrl('one.json', { delay: 200 });
    const els = await Promise.all([1, 2, 3, 4, 5].map(() => show(url)));
    for (const { el } of els) {
      expect(text(part(el, 'title'))).to.equal('First statement on the right to assemble');
      expect(text(part(el, 'body'))).to.contain('Peaceful assembly is a right');
    }
    expect(await requests(url)).to.have.length(1);
  });

  it('changing `src` cancels the old request, and its late answer never shows', async () => {
    const old = faultUrl('two.json', { delay: 500 });
    const el = document.createElement('icssi-statement');
    el.lang = 'en';
    el.src = old;
    document.body.append(el);
    await eventually(() => requests(old), (l) => l.length === 1);
    el.src = faultUrl('one.json');
    await settled(el);
    expect(text(part(el, 'title'))).to.equal('First statement on the right to assemble');
    await sleep(700);
    expect(text(part(el, 'title'))).to.equal('First statement on the right to assemble');
    const log = await eventually(() => requests(old), (l) => l[0]?.aborted === true);
    expect(log.map((r) => r.aborted)).to.deep.equal([true]);
    expect(errors).to.deep.equal([]);
  });

  it('recovers from an error when `src` changes to a working feed', async () => {
    const { el, events } = await show(faultUrl('one.json', { status: 500 }));
    expect(el.getAttribute('state')).to.equal('error');
    el.src = faultUrl('one.json');
    await eventually(() => el.getAttribute('state'), (s) => s === 'ready');
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    expect(text(part(el, 'title'))).to.equal('First statement on the right to assemble');
    expect(el.querySelector('p')!.getClientRects().length).to.equal(0);
    expect(events).to.have.length(1);
  });

  it('removing the element while the feed loads cancels the request', async () => {
    const url = faultUrl('one.json', { hang: true });
    const el = document.createElement('icssi-statement');
    el.src = url;
    document.body.append(el);
    await eventually(() => requests(url), (l) => l.length === 1);
    el.remove();
    const log = await eventually(() => requests(url), (l) => l[0]?.aborted === true);
    expect(log.map((r) => r.aborted)).to.deep.equal([true]);
  });

  it('sends no cookie, no referrer and no cache-busting parameter with the feed request', async () => {
    document.cookie = 'partner-session=secret; path=/';
    const url = faultUrl('one.json');
    const { el } = await show(url);
    expect(el.getAttribute('state')).to.equal('ready');
    const [req] = await requests(url);
    expect(req!.url).to.equal(new URL(url).pathname + new URL(url).search);
    expect(req!.cookie).to.equal(undefined);
    expect(req!.referer).to.equal(undefined);
    document.cookie = 'partner-session=; path=/; max-age=0';
  });
});
