import { expect, html } from '@open-wc/testing';
import { mount, part, text } from '../helpers/mount.js';

const FEED = new URL('/test/fixtures/json/three-statements.json', location.href).href;

describe('choosing the statement', () => {
  it('shows the newest statement by date when no statement is named', async () => {
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal('The newest statement');
  });

  it('shows the statement named by id, numeric ids included', async () => {
    const el = await mount(html`<icssi-statement lang="en" statement="older" src=${FEED}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal('An older statement');
    const byNumber = await mount(html`<icssi-statement lang="en" statement="42" src=${FEED}></icssi-statement>`);
    expect(text(part(byNumber, 'title'))).to.equal('The newest statement');
  });

  it('shows an undated statement without any date rather than an invalid one', async () => {
    const el = await mount(html`<icssi-statement lang="en" statement="undated" src=${FEED}></icssi-statement>`);
    expect(text(part(el, 'title'))).to.equal('An undated statement');
    expect(part(el, 'date')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('article'))).not.to.contain('Invalid');
  });
});
