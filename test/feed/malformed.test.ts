import { expect, html } from '@open-wc/testing';
import { FeedError, type FeedErrorCode } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import { errorMessage } from '../../src/render/messages.js';
import { mount, part, text } from '../helpers/mount.js';
import { requests, sleep, uniqueKey } from '../network/server.js';

const URL_ = 'https://partner.example/feed';
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://partner.example/</link>${items}</channel></rss>`;
const item = '<item><title>Statement</title><link>https://partner.example/s</link><description>Text</description></item>';
const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title>${item}</channel></rss>`;

// Every broken or hostile body ends in one typed error, never an exception of another kind.
const cases: [what: string, body: string, contentType: string, code: FeedErrorCode][] = [
  ['truncated RSS', rss(item).slice(0, 120), 'application/rss+xml', 'malformed'],
  ['truncated Atom', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Cut', 'application/atom+xml', 'malformed'],
  ['truncated JSON Feed', '{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","title":"Cu', 'application/feed+json', 'malformed'],
  ['truncated WordPress REST', '[{"id":1,"title":{"rendered":"Cu', 'application/json', 'malformed'],
  ['an undefined entity (HTML named entities are not XML)', rss('<item><title>A&nbsp;B</title></item>'), 'application/rss+xml', 'malformed'],
  ['RSS without a channel', '<rss version="2.0"><item><title>x</title></item></rss>', 'application/rss+xml', 'malformed'],
  ['a JSON object that is no feed', '{"hello":"world"}', 'application/json', 'malformed'],
  ['XML with the wrong root (OPML)', '<?xml version="1.0"?><opml version="2.0"><body/></opml>', 'application/xml', 'not-a-feed'],
  ['an entity-expansion bomb', bomb, 'application/rss+xml', 'unsafe'],
  ['an external entity', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>&x;</channel></rss>', 'application/rss+xml', 'unsafe'],
  ['an external DTD with an internal subset', '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd" [<!ENTITY a "b">]><rss><channel>&a;</channel></rss>', 'application/rss+xml', 'unsafe'],
  ["an internal subset behind a quoted '>'", '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "x>" [<!ENTITY a "b">]><rss><channel>&a;</channel></rss>', 'application/rss+xml', 'unsafe'],
  ['an internal subset glued to a quoted name', `<?xml version="1.0"?><!DOCTYPE rss"[<!ENTITY a 'b'>]"><rss><channel>&a;</channel></rss>`, 'application/rss+xml', 'unsafe'],
  ['a DOCTYPE behind a comment and a stylesheet instruction', `<?xml version="1.0"?><!-- c --><?xml-stylesheet href="s.xsl"?>\n<!DOCTYPE x [<!ENTITY a "b">]><feed xmlns="http://www.w3.org/2005/Atom"/>`, 'application/atom+xml', 'unsafe'],
  ['an HTML page served as RSS', '<!DOCTYPE html>\n<html lang="en"><head><title>Blog</title></head><body><p>Hi</p></body></html>', 'application/rss+xml', 'not-a-feed'],
  ['an HTML page without a doctype', '  <html><body>Not found</body></html>', 'text/xml', 'not-a-feed'],
  ['an XHTML page', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'application/rss+xml', 'not-a-feed'],
  ['plain text', 'Service temporarily unavailable', 'text/plain', 'not-a-feed'],
  ['an empty body', '', 'application/rss+xml', 'not-a-feed'],
  ['an RSS channel with no items', rss(''), 'application/rss+xml', 'empty'],
  ['an Atom feed with no entries', '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>', 'application/atom+xml', 'empty'],
  ['a JSON Feed with no items', '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}', 'application/feed+json', 'empty'],
  ['an empty WordPress post list', '[]', 'application/json', 'empty'],
];

const failure = (body: string, type: string): unknown => {
  try {
    parseFeed(body, type, URL_);
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('broken and hostile feeds end in a clear, typed error', () => {
  for (const [what, body, type, code] of cases) {
    it(`refuses ${what}: ${code}`, () => {
      const e = failure(body, type);
      expect(e).to.be.instanceOf(FeedError);
      expect((e as FeedError).code).to.equal(code);
    });
  }

  it('still reads a feed whose server mislabels it: JSON as text/plain, RSS as text/html', () => {
    expect(parseFeed('{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"a","title":"A"}]}', 'text/plain', URL_).statements).to.have.length(1);
    expect(parseFeed(rss(item), 'text/html; charset=UTF-8', URL_).statements[0]!.versions[0]!.title).to.equal('Statement');
  });

  it('does not mistake a DOCTYPE quoted inside the content for a declaration', () => {
    const quoted = rss('<item><title>How XML works</title><link>https://partner.example/x</link><description><![CDATA[<p>Never write <code>&lt;!DOCTYPE x [&lt;!ENTITY a "b">]></code></p>]]></description></item>');
    expect(parseFeed(quoted, 'application/rss+xml', URL_).statements[0]!.versions[0]!.html).to.contain('DOCTYPE');
  });

  it('reads a feed whose DOCTYPE only names an external DTD, and never fetches the DTD', async () => {
    const dtd = `http://127.0.0.1:${location.port}/evil/dtd-${uniqueKey()}`;
    for (const doctype of [`<!DOCTYPE rss SYSTEM "${dtd}">`, `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n  '${dtd}' >`, '<!DOCTYPE rss>']) {
      const feed = parseFeed(rss(item).replace('<rss', `${doctype}<rss`), 'application/rss+xml', URL_);
      expect(feed.statements[0]!.versions[0]!.title).to.equal('Statement');
    }
    await sleep(300);
    expect(await requests(new URL(dtd).pathname)).to.deep.equal([]);
  });

  it('leaves a statement with an unreadable date undated rather than failing the feed', () => {
    const feed = parseFeed(rss(item.replace('</title>', '</title><pubDate>the 10th of Feb</pubDate>')), 'application/rss+xml', URL_);
    expect(feed.statements[0]!.published).to.equal(undefined);
  });
});

describe('the element shows a broken feed as a localised error, never a blank box', () => {
  const cases: [what: string, body: string, type: string, code: FeedErrorCode][] = [
    ['an entity-expansion bomb', bomb, 'application/rss+xml', 'unsafe'],
    ['truncated RSS', rss(item).slice(0, 120), 'application/rss+xml', 'malformed'],
    ['an HTML page served as RSS', '<!doctype html><html><body>Hi</body></html>', 'application/rss+xml', 'not-a-feed'],
    ['an empty Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"/>', 'application/atom+xml', 'empty'],
  ];
  for (const [what, body, type, code] of cases) {
    for (const lang of ['en', 'ar']) {
      it(`${what}, for a reader in ${lang}`, async () => {
        const src = URL.createObjectURL(new Blob([body], { type }));
        const el = await mount(html`<icssi-statement lang=${lang} src=${src}></icssi-statement>`);
        URL.revokeObjectURL(src);
        expect(el.getAttribute('state')).to.equal('error');
        const message = text(part(el, 'error'));
        expect(message).not.to.equal('');
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        const english = errorMessage(new FeedError(code));
        if (lang === 'en') expect(message).to.equal(english);
        else expect(message).not.to.equal(english);
      });
    }
  }
});

describe('hostile sizes', () => {
  it('reads a 2 MB description of unclosed tags in linear time', () => {
    const start = performance.now();
    const feed = parseFeed(
      `<rss><channel><item><link>https://partner.example/s</link><description>${'&lt;a'.repeat(400_000)}</description></item></channel></rss>`,
      'application/rss+xml',
      URL_,
    );
    expect(feed.statements[0]!.versions[0]!.text).to.have.length(800_000);
    expect(performance.now() - start).to.be.below(2000);
  });
});
