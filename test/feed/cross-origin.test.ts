import { expect, fixture, html } from '@open-wc/testing';
import { mount, part, settled, text } from '../helpers/mount.js';
import { FeedError } from '../../src/feed/errors.js';
import type { ErrorDetail, IcssiStatement } from '../../src/icssi-statement.js';
import { errorMessage } from '../../src/render/messages.js';

const EN_TITLE = 'Solidarity statement on the protests in Nasiriyah';
// The reader's sentence for a refused cross-origin read (src/render/messages.ts), in English.
const CORS_MESSAGE = errorMessage(new FeedError('cors'));

/** The same test server under its other name: localhost and 127.0.0.1 are different origins to the browser. */
const otherOrigin = (path: string) => {
  const url = new URL(path, location.href);
  url.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
};

describe('a feed on another origin', () => {
  it('says the feed does not allow other sites to read it, and where its owner can learn to allow it', async () => {
    const src = otherOrigin('/cors/deny/nasiriyah.rss');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const reported = new Promise<ErrorDetail>((resolve) =>
      host.addEventListener('icssi-error', (e) => resolve((e as CustomEvent<ErrorDetail>).detail), { once: true }),
    );
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const el = document.createElement('icssi-statement');
    el.lang = 'en';
    el.src = src;
    host.append(el);
    const detail = await reported.finally(() => (console.warn = warn));
    await settled(el);
    // The partner who can fix it is pointed to the README section that shows how.
    expect(warnings).to.deep.equal([
      `icssi-statement: ${src} does not let other sites read it: see "Serving the feed to other sites" in the README.`,
    ]);
    expect(el.getAttribute('state')).to.equal('error');
    expect(detail.code).to.equal('cors');
    expect(detail.src).to.equal(src);
    expect(CORS_MESSAGE).to.match(/other websites/);
    expect(text(part(el, 'error'))).to.equal(CORS_MESSAGE);
    expect(detail.message).to.equal(CORS_MESSAGE);
  });

  for (const feed of ['nasiriyah.rss', 'nasiriyah.atom', 'nasiriyah.wp.json', 'nasiriyah.json']) {
    it(`reads ${feed} when its server sends Access-Control-Allow-Origin`, async () => {
      const el = await mount(html`<icssi-statement lang="en" src=${otherOrigin(`/cors/allow/${feed}`)}></icssi-statement>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(text(part(el, 'title'))).to.equal(EN_TITLE);
    });
  }

  it("reads a feed that refuses other sites through the partner's own proxy, named by the proxy attribute", async () => {
    // The feed's own address is unreachable from here: only the proxy, which is given it URL-encoded, can answer.
    const el: IcssiStatement = await mount(
      html`<icssi-statement lang="en" src="https://feeds.example/statements/nasiriyah.atom" proxy=${otherOrigin('/cors/proxy?url=')}></icssi-statement>`,
    );
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(part(el, 'title'))).to.equal(EN_TITLE);
  });

  it('never goes through a proxy unless the partner names one', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${otherOrigin('/cors/deny/nasiriyah.atom')}></icssi-statement>`);
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.proxy).to.equal('');
  });
});
