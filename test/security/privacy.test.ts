import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';
import { settled } from '../helpers/mount.js';
import { eventually, faultUrl, requests, sleep } from '../network/server.js';

const EVIL_ORIGIN = `http://127.0.0.1:${location.port}`;

/** Resource URLs the page fetched after `since` (ms on the performance clock). */
function fetchedSince(since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since)
    .map((e) => e.name);
}

async function show(src: string, attrs: Record<string, string> = {}): Promise<IcssiStatement> {
  const el = document.createElement('icssi-statement');
  for (const [k, v] of Object.entries({ lang: 'en', ...attrs })) el.setAttribute(k, v);
  el.src = src;
  document.body.append(el);
  await settled(el);
  // Lazy images near the viewport start loading right after layout; give them the chance.
  await sleep(800);
  return el;
}

const keyOf = (url: string) => new URL(url).searchParams.get('key')!;

afterEach(() => document.querySelectorAll('icssi-statement').forEach((el) => el.remove()));

describe('privacy: the widget requests the feed and nothing the partner did not allow', () => {
  it('shows a statement full of remote images without a single third-party request', async () => {
    const before = performance.now();
    const cookies = document.cookie;
    const src = faultUrl('remote-images.json');
    const el = await show(src);
    expect(el.state).to.equal('ready');
    expect(fetchedSince(before)).to.deep.equal([src]);
    expect(await requests(`/evil/${keyOf(src)}/`)).to.deep.equal([]);
    expect(document.cookie).to.equal(cookies);
    // The reader sees each picture's alt text and a button instead.
    const placeholders = [...el.shadowRoot!.querySelectorAll('[part~="image-placeholder"]')];
    expect(placeholders.map((p) => p.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Crowd in the square Load image',
      'Banner Load image',
      'Candles Load image',
      'Night Load image',
      'Linked photo Load image',
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('drops tracking pixels, even from the feed’s own origin', async () => {
    const src = faultUrl('remote-images.json');
    await show(src, { images: '*' });
    expect(await requests(`/faults/pixel.gif?${keyOf(src)}`)).to.deep.equal([]);
    const hits = await requests(`/evil/${keyOf(src)}/`);
    expect(hits.map((h) => new URL(h.url, EVIL_ORIGIN).pathname.split('/').pop())).not.to.include('pixel.gif');
  });

  it('loads just the one image the reader asks for, without telling its host the page', async () => {
    const src = faultUrl('remote-images.json');
    const el = await show(src);
    const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="load-image"]')[0]!;
    expect(button.textContent).to.equal('Load image');
    button.click();
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.alt).to.equal('Crowd in the square');
    expect(img.referrerPolicy).to.equal('no-referrer');
    expect(img.getAttribute('loading')).to.equal('lazy');
    const hits = await eventually(() => requests(`/evil/${keyOf(src)}/`), (h) => h.length > 0);
    expect(hits.map((h) => new URL(h.url, EVIL_ORIGIN).pathname.split('/').pop())).to.deep.equal(['photo-1.jpg']);
    expect(hits[0]!.referer).to.equal(undefined);
    expect(hits[0]!.cookie).to.equal(undefined);
  });

  it('loads images from an origin the partner allows with `images`, with no referrer', async () => {
    const src = faultUrl('remote-images.json');
    const el = await show(src, { images: EVIL_ORIGIN });
    expect(el.shadowRoot!.querySelector('[part~="image-placeholder"]')).to.equal(null);
    const imgs = [...el.shadowRoot!.querySelectorAll('img')];
    expect(imgs.map((i) => i.alt)).to.deep.equal(['Crowd in the square', 'Banner', 'Candles', 'Night', 'Linked photo']);
    for (const img of imgs) {
      expect(img.referrerPolicy).to.equal('no-referrer');
      expect(img.hasAttribute('srcset')).to.equal(false);
    }
    const hits = await eventually(() => requests(`/evil/${keyOf(src)}/`), (h) => h.length > 0);
    for (const hit of hits) expect(hit.referer).to.equal(undefined);
    // Only plain `src` images: no srcset candidate, no <source>, no CSS background, no pixel.
    const names = hits.map((h) => new URL(h.url, EVIL_ORIGIN).pathname.split('/').pop());
    for (const name of names) expect(['photo-1.jpg', 'photo-2.jpg', 'photo-3.jpg', 'photo-4.jpg', 'photo-5.jpg']).to.include(name);
  });
});
