/**
 * The element's `fallback` attribute, on the markup WordPress's wpautop makes of a pasted snippet: the
 * element closed by the paragraph around it, its fallback after it. No WordPress needed.
 */
import { expect, fixture } from '@open-wc/testing';
import { settled } from '../helpers/mount.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';

async function moved(src: string): Promise<{ el: IcssiStatement; fallback: HTMLElement }> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><p><icssi-statement src="${src}" fallback="moved-fallback"></p><article id="moved-fallback" lang="ar" dir="rtl"><h2>بيان</h2></article></div>`,
  );
  const el = wrapper.querySelector('icssi-statement') as IcssiStatement;
  expect(el.querySelector('article'), 'the parser moved the fallback out').to.equal(null);
  await settled(el);
  return { el, fallback: wrapper.querySelector('article')! };
}

describe('a fallback moved out of the element', () => {
  it('is hidden while the statement shows', async () => {
    const { el, fallback } = await moved('/demo/feeds/nasiriyah.json');
    expect(el.state).to.equal('ready');
    expect(fallback.hidden).to.equal(true);
    expect(fallback.getClientRects()).to.have.length(0);
  });

  it('stays in view when the feed cannot be loaded', async () => {
    const { el, fallback } = await moved('/faults/feed/one.json?status=503');
    expect(el.state).to.equal('error');
    expect(fallback.hidden).to.equal(false);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
  });
});
