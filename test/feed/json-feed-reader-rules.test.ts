import { expect } from '@open-wc/testing';
import { parseJsonFeed } from '../../src/feed/parse-json-feed.js';
import { FeedError } from '../../src/feed/errors.js';

const FEED_URL = 'https://feeds.example.org/statements.json';
const fixture = async () => (await fetch('/test/fixtures/json/three-statements.json')).json();

describe('JSON Feed reader rules', () => {
  it('keeps numeric ids as strings and drops items without a usable id', async () => {
    const feed = parseJsonFeed(await fixture(), FEED_URL);
    expect(feed.statements.map((s) => s.id)).to.deep.equal(['older', '42', 'undated', 'with-extension']);
  });

  it('ignores unknown underscore extensions and unknown _icssi keys', async () => {
    const s = parseJsonFeed(await fixture(), FEED_URL).statements.find((x) => x.id === 'with-extension')!;
    expect(s.versions).to.have.length(1);
    expect(s.signatories).to.deep.equal([]);
    expect(s.versions[0]!.text).to.equal('Text.');
  });

  it('pairs _icssi translations with the original as versions of one statement', () => {
    const feed = parseJsonFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        language: 'ar',
        items: [
          {
            id: 'a',
            title: 'عنوان',
            content_html: '<p>نص</p>',
            url: '/s/a',
            _icssi: {
              translations: [
                { language: 'en', title: 'Title', content_html: '<p>Text</p>', url: '/s/a/en' },
                { title: 'No language: dropped' },
              ],
              signatories: [{ name: 'Org A', url: 'javascript:alert(1)' }, { name: '' }, { name: 'Org B', url: 'https://b.example/' }],
            },
          },
        ],
      },
      FEED_URL,
    );
    const [s] = feed.statements;
    expect(s!.versions.map((v) => [v.lang, v.title, v.url])).to.deep.equal([
      ['ar', 'عنوان', 'https://feeds.example.org/s/a'],
      ['en', 'Title', 'https://feeds.example.org/s/a/en'],
    ]);
    // A signatory link with a script scheme keeps the name and loses the link.
    expect(s!.signatories).to.deep.equal([{ name: 'Org A', url: undefined }, { name: 'Org B', url: 'https://b.example/' }]);
  });

  it('accepts JSON Feed 1.0 single authors and refuses a document without items', () => {
    const feed = parseJsonFeed(
      { version: 'https://jsonfeed.org/version/1', items: [{ id: 'x', title: 'T', content_text: 'B', author: { name: 'ICSSI' } }] },
      FEED_URL,
    );
    expect(feed.statements[0]!.authors).to.deep.equal([{ name: 'ICSSI', url: undefined }]);
    expect(() => parseJsonFeed({ version: 'https://jsonfeed.org/version/1.1' }, FEED_URL)).to.throw(FeedError);
  });
});
