import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/model.js';

/** The feed as a person reads it: instants as ISO strings, absent fields absent. */
const readable = (feed: Feed): unknown =>
  JSON.parse(
    JSON.stringify(feed, (key, value: unknown) =>
      (key === 'published' || key === 'modified') && typeof value === 'number' ? new Date(value).toISOString() : value,
    ),
  );

const fixture = async (name: string) => {
  const res = await fetch(new URL(`/test/fixtures/feeds/${name}`, location.href));
  if (!res.ok) throw new Error(`missing fixture ${name}`);
  return res.text();
};

// Each fixture, the Content-Type a real server sends it with (often wrong), and the address a partner configured.
const corpus: [file: string, contentType: string, feedUrl: string, shape: string][] = [
  ['wordpress.rss', 'application/rss+xml; charset=UTF-8', 'https://basra-women.example/feed/', "WordPress's own RSS 2.0 template"],
  ['odd-prefixes.rss', 'text/html', 'https://sulaymaniyah-forum.example/feed.rss', 'RSS with a BOM, odd prefixes, xml:base and hreflang translations, served as text/html'],
  ['rdf.rss', 'application/rdf+xml', 'https://old-site.example/index.rdf', 'RSS 1.0 (RDF)'],
  ['blogger.atom', 'application/atom+xml; charset=UTF-8', 'https://mosulyouth.blogspot.com/feeds/posts/default', "Blogger's Atom"],
  ['spec.atom', 'application/atom+xml', 'https://kirkuk-coalition.example/feed.atom', 'Atom with xhtml, xml:base, content src= and hreflang translations'],
  ['hugo.json', 'text/plain; charset=utf-8', 'https://erbil-rights.example/index.json', 'a JSON Feed 1.0 from Hugo, served as text/plain'],
  ['wp-posts-embed.json', 'application/json; charset=UTF-8', 'https://najaf-network.example/wp-json/wp/v2/posts?_embed', 'WordPress REST with _embed and Polylang'],
];

describe('the fixture corpus: each real-world feed shape gives its normalised statements', () => {
  for (const [file, contentType, feedUrl, shape] of corpus) {
    it(`reads ${shape} (${file})`, async () => {
      const [text, expected] = await Promise.all([fixture(file), fixture(`${file}.expected.json`)]);
      expect(readable(parseFeed(text, contentType, feedUrl))).to.deep.equal(JSON.parse(expected));
    });
  }
});

describe('Atom content typed with a media type', () => {
  const entry = (content: string) =>
    parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id><title>T</title>${content}</entry></feed>`,
      'application/atom+xml',
      'https://partner.example/feed.atom',
    ).statements[0]!.versions[0]!;

  it('reads text/html as HTML and text/plain as text', () => {
    expect(entry('<content type="text/html">&lt;p&gt;Hi&lt;/p&gt;</content>').html).to.equal('<p>Hi</p>');
    expect(entry('<content type="text/plain">&lt;p&gt; is a tag</content>').text).to.equal('<p> is a tag');
  });

  it('shows no body rather than base64 for another media type', () => {
    const v = entry('<content type="application/pdf">JVBERi0xLjQK</content>');
    expect(v.html).to.equal(undefined);
    expect(v.text).to.equal(undefined);
  });
});
