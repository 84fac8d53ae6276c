/**
 * The publisher's side: the plugin's REST route serves the chosen category as JSON Feed 1.1 with
 * `_icssi`, readable by any site and cacheable, each item signed as docs/feed-format.md specifies
 * (checked here with WebCrypto, and the PHP signer against the test vector); the widget renders it.
 * Also every PHP file of the plugin and the harness passes `php -l`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';
import { settled } from '../helpers/mount.js';
import { publish, wordpress, type Setup } from './site.js';

const FEED = '/wp/?rest_route=/icssi/v1/feed';
/** Public key of the test vector's seed, which the test WordPress signs with. */
const KEY = 'A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg';
/** The second test key of test/security/make-signed-feeds.mjs (seed 20..3f): not this site's. */
const OTHER = 'Kay64UG8yvCyLhqU000LxzYeUm0L_hLIl5S8kyKWbdc';

/** RFC 8785 for what a feed holds (strings, integers, booleans, null): members sorted by UTF-16 code units. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value);

const base64url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

interface Item {
  id: string;
  title: string;
  _icssi: { signature?: { alg: string; key: string; sig: string } } & Record<string, unknown>;
}

async function verifies(item: Item, key: string): Promise<boolean> {
  const { signature, ...rest } = item._icssi;
  const bytes = new TextEncoder().encode(canonical({ ...item, _icssi: rest }));
  const publicKey = await crypto.subtle.importKey('raw', base64url(key), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, base64url(signature!.sig), bytes);
}

describe('the plugin’s statements feed', function () {
  let setup: Setup;
  let title: string;

  before(async function () {
    setup = await wordpress(this);
    title = `Statement ${Math.random().toString(36).slice(2)} — بيان`;
    await publish('administrator', '<p>We stand with the protesters.</p>', { title, categories: [setup.statements] });
    await publish('administrator', '<p>Not a statement.</p>', { title: 'A post outside the category' });
  });

  it('is a JSON Feed 1.1 of the chosen category, served to any site with cache headers', async () => {
    // Read from another origin (the test server as 127.0.0.1), as a partner's page would: CORS must allow it.
    const other = new URL(FEED, location.href.replace('//localhost:', '//127.0.0.1:'));
    expect(other.origin).not.to.equal(location.origin);
    const response = await fetch(other, { cache: 'no-store' });
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/feed\+json/);
    // The CORS headers themselves are not exposed to another origin's script: read them same-origin.
    const own = await fetch(FEED, { cache: 'no-store' });
    expect(own.headers.get('access-control-allow-origin')).to.equal('*');
    expect(own.headers.get('access-control-allow-credentials')).to.equal(null);
    expect(response.headers.get('cache-control')).to.match(/max-age=\d+/);
    const feed = (await response.json()) as { version: string; language: string; items: Item[] & { content_html: string }[] };
    expect(feed.version).to.equal('https://jsonfeed.org/version/1.1');
    const titles = feed.items.map((i) => i.title);
    expect(titles).to.include(title);
    expect(titles).not.to.include('A post outside the category');
    const item = feed.items.find((i) => i.title === title)!;
    expect(item.content_html).to.contain('We stand with the protesters.');
  });

  it('signs every item so that WebCrypto verifies it with the publisher’s key, and refuses a changed one', async () => {
    const { items } = (await (await fetch(FEED, { cache: 'no-store' })).json()) as { items: Item[] };
    expect(items.length).to.be.greaterThan(0);
    for (const item of items) {
      expect(item._icssi.signature).to.deep.include({ alg: 'Ed25519', key: KEY });
      expect(await verifies(item, KEY), item.title).to.equal(true);
    }
    expect(await verifies({ ...items[0]!, title: `${items[0]!.title}!` }, KEY)).to.equal(false);
  });

  it('signs with PHP exactly as the test vector: the same canonical bytes and signature', async () => {
    const vector = (await (await fetch('/test/fixtures/signature/vector.json')).json()) as Record<string, string>;
    expect(setup.vector.canonical).to.equal(vector.canonical_utf8);
    expect(setup.vector.public_key).to.equal(vector.public_key);
    expect(setup.vector.signature).to.equal(vector.signature);
    expect(setup.vector.signed_item).to.equal(setup.vector.vector_signed);
    expect(setup.vector.verifies_vector).to.equal(true);
  });

  it('is rendered by the widget', async () => {
    const el = await settled(await fixture<IcssiStatement>(html`<icssi-statement src=${FEED} layout="list" lang="en"></icssi-statement>`));
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.contain(title);
  });

  it('is shown as verified by the widget given the publisher’s key, and refused under another key', async () => {
    const loads: { verified?: boolean }[] = [];
    const el = await fixture<IcssiStatement>(
      html`<icssi-statement src=${FEED} key=${KEY} layout="list" lang="en" @icssi-load=${(e: CustomEvent) => loads.push(e.detail)}></icssi-statement>`,
    );
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.contain(title);
    const titles = el.shadowRoot!.querySelectorAll('[part~="title"]').length;
    expect(el.shadowRoot!.querySelectorAll('[part~="verified"]')).to.have.length(titles);
    expect(loads.map((d) => d.verified)).to.deep.equal([true]);
    const other = await settled(
      await fixture<IcssiStatement>(html`<icssi-statement src=${FEED} key=${OTHER} lang="en" cache="off"></icssi-statement>`),
    );
    expect(other.state).to.equal('error');
    expect(other.shadowRoot!.textContent).not.to.contain(title);
  });

  it('leaves no settings or cached feed behind when uninstalled', () => {
    expect(setup.uninstall.left).to.equal(0);
  });

  it('passes php -l, every PHP file of the plugin and of the test WordPress', () => {
    expect(setup.lint.length).to.be.greaterThan(10);
    expect(setup.lint.filter((f) => !f.ok)).to.deep.equal([]);
  });
});
