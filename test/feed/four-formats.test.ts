import { expect, html } from '@open-wc/testing';
import { feedUrl, mount, part, text } from '../helpers/mount.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';

/** What a reader sees and a screen reader announces, for one element. */
const seen = (el: IcssiStatement) => {
  const body = part(el, 'body')!;
  return {
    state: el.state,
    title: text(part(el, 'title')),
    body: text(body),
    date: part(el, 'date')?.getAttribute('datetime'),
    lang: body.lang,
    dir: getComputedStyle(body).direction,
    link: part(el, 'link')?.getAttribute('href'),
  };
};

const show = async (feed: string, lang: string) =>
  seen(await mount(html`<icssi-statement lang=${lang} src=${feedUrl(feed)}></icssi-statement>`));

describe('the seed statement in each feed format a partner may already publish', () => {
  for (const lang of ['ar', 'en']) {
    for (const feed of ['nasiriyah.rss', 'nasiriyah.atom', 'nasiriyah.wp.json']) {
      it(`${feed} shows a ${lang} reader exactly what the JSON Feed shows`, async () => {
        const expected = await show('nasiriyah.json', lang);
        expect(expected.state).to.equal('ready');
        expect(expected.lang).to.equal(lang);
        expect(await show(feed, lang)).to.deep.equal(expected);
      });
    }
  }

  it('dates every format by the Arabic original, not by the later English translation', async () => {
    for (const feed of ['nasiriyah.rss', 'nasiriyah.atom', 'nasiriyah.wp.json']) {
      expect((await show(feed, 'en')).date, feed).to.equal('2025-02-10T06:00:00.000Z');
    }
  });
});
