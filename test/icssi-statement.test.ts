import { expect, fixture, html } from '@open-wc/testing';
import { feedUrl, mount, part, settled, text } from './helpers/mount.js';
import type { IcssiStatement } from '../src/icssi-statement.js';

const FEED = feedUrl('nasiriyah.json');
const ORIGINAL_ONLY = feedUrl('nasiriyah-original.json');
const AR_TITLE = 'بيان تضامن بشأن الاحتجاجات في الناصرية';
const EN_TITLE = 'Solidarity statement on the protests in Nasiriyah';

describe('<icssi-statement>', () => {
  it('shows the Arabic original right-to-left on an Arabic page', async () => {
    const host = await fixture(html`<div lang="ar"><icssi-statement src=${FEED}></icssi-statement></div>`);
    const el = await settled(host.querySelector('icssi-statement')!);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(part(el, 'title'))).to.equal(AR_TITLE);
    const body = part(el, 'body')!;
    expect(body.lang).to.equal('ar');
    expect(body.dir).to.equal('rtl');
    expect(getComputedStyle(body).direction).to.equal('rtl');
    expect(text(body)).to.contain('شهدت محافظة ذي قار');
  });

  it('shows the English translation left-to-right with lang="en"', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal(EN_TITLE);
    const body = part(el, 'body')!;
    expect(body.lang).to.equal('en');
    expect(getComputedStyle(body).direction).to.equal('ltr');
    expect(text(body)).to.contain('Dhi Qar Governorate');
    expect(text(part(el, 'article'))).to.contain('Read the full statement');
  });

  it('matches a regional reader language to its base language (ar-IQ finds ar)', async () => {
    const el = await mount(html`<icssi-statement lang="ar-IQ" src=${FEED}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal(AR_TITLE);
  });

  it('inherits the language of the nearest ancestor with lang', async () => {
    const host = await fixture(
      html`<div lang="ar"><section lang="en"><p><icssi-statement src=${FEED}></icssi-statement></p></section></div>`,
    );
    const el = await settled(host.querySelector('icssi-statement')!);
    expect(text(part(el, 'title'))).to.equal(EN_TITLE);
  });

  it('shows the Arabic original right-to-left inside left-to-right English chrome when no English version exists', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${ORIGINAL_ONLY}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal(AR_TITLE);
    expect(getComputedStyle(part(el, 'body')!).direction).to.equal('rtl');
    expect(getComputedStyle(part(el, 'date')!).direction).to.equal('ltr');
    expect(text(part(el, 'date'))).to.equal('February 10, 2025');
  });

  it('gives the date as a full ISO instant and in the reader language', async () => {
    const el = await mount(html`<icssi-statement lang="it" src=${FEED}></icssi-statement>`);
    const date = part(el, 'date')!;
    expect(date.localName).to.equal('time');
    expect(date.getAttribute('datetime')).to.equal('2025-02-10T06:00:00.000Z');
    // An Italian reader of a statement with no Italian version reads the original, dated in Italian.
    expect(text(date)).to.equal('10 febbraio 2025');
  });

  it('uses an article and a heading a screen reader can navigate', async () => {
    const el = await mount(html`<icssi-statement lang="en" heading-level="3" src=${FEED}></icssi-statement>`);
    expect(part(el, 'article')!.localName).to.equal('article');
    const title = part(el, 'title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
  });

  it('fires icssi-load with the statement and language shown', async () => {
    const el = document.createElement('icssi-statement');
    const loaded = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('icssi-load', (e) => resolve(e as CustomEvent), { once: true }),
    );
    el.lang = 'en';
    el.src = FEED;
    document.body.append(el);
    const event = await loaded;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ src: FEED, statement: 'nasiriyah-2025-02', lang: 'en', verified: false });
    el.remove();
  });

  it('keeps the fallback content visible and announces an error when the feed is missing', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${feedUrl('missing.json')}>
      <p id="fallback">Statement text for readers without the widget</p>
    </icssi-statement>`);
    expect(el.getAttribute('state')).to.equal('error');
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('The feed server answered with an error (404).');
    const fallback = el.querySelector('#fallback') as HTMLElement;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('hides the fallback content once the statement is shown', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}><p id="fallback">Fallback</p></icssi-statement>`);
    expect((el.querySelector('#fallback') as HTMLElement).getBoundingClientRect().height).to.equal(0);
  });

  it('reports an HTML page where a feed was expected', async () => {
    const el = await mount(html`<icssi-statement lang="en" src="/demo/index.html"></icssi-statement>`);
    expect(el.state).to.equal('error');
    expect(text(part(el, 'error'))).to.equal('The address does not point to a statement feed.');
  });

  it('reports an unknown statement id', async () => {
    const el = await mount(html`<icssi-statement lang="en" statement="no-such-id" src=${FEED}></icssi-statement>`);
    expect(el.state).to.equal('error');
    expect(text(part(el, 'error'))).to.equal('This statement is not in the feed.');
  });

  it('recovers from an error when src changes', async () => {
    const el: IcssiStatement = await mount(html`<icssi-statement lang="en" src=${feedUrl('missing.json')}></icssi-statement>`);
    expect(el.state).to.equal('error');
    el.src = FEED;
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(part(el, 'error')).to.equal(null);
    expect(text(part(el, 'title'))).to.equal(EN_TITLE);
  });
});
