import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ErrorDetail, IcssiStatement, LoadDetail } from '../../src/icssi-statement.js';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import { errorMessage } from '../../src/render/messages.js';
import { part, settled, text } from '../helpers/mount.js';
import { eventually } from '../network/server.js';

// Feeds shaped like the ones small NGOs, old CMS installs and Arabic-language sites serve, each sent byte for byte
// with its real server's Content-Type by test/support/faults.mjs (/faults/wild/, table in fixtures/wild/).
const wild = (file: string) => new URL(`/faults/wild/${file}`, location.href).href;

interface Shown {
  el: IcssiStatement;
  loads: LoadDetail[];
  errors: ErrorDetail[];
}

async function show(file: string, attrs: Record<string, string> = {}): Promise<Shown> {
  const el = document.createElement('icssi-statement');
  const loads: LoadDetail[] = [];
  const errors: ErrorDetail[] = [];
  el.addEventListener('icssi-load', (e) => loads.push((e as CustomEvent<LoadDetail>).detail));
  el.addEventListener('icssi-error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail));
  // No saved copy: every test reads the bytes the server sends.
  for (const [k, v] of Object.entries({ lang: 'en', cache: 'off', ...attrs })) el.setAttribute(k, v);
  el.src = wild(file);
  document.body.append(el);
  await settled(el);
  return { el, loads, errors };
}

/** What the reader sees of each statement: heading, body and instant of the date (ISO), in order. */
const seen = (el: IcssiStatement) =>
  [...el.shadowRoot!.querySelectorAll('[part~="article"]')].map((a) => ({
    title: text(a.querySelector('[part~="title"]')),
    body: text(a.querySelector('[part~="body"]')),
    date: a.querySelector('[part~="date"]')?.getAttribute('datetime') ?? 'undated',
  }));

afterEach(() => {
  document.querySelectorAll('icssi-statement, iframe').forEach((el) => el.remove());
});

const AR_TITLE = 'بيان تضامن مع المحتجين في الناصرية';
const AR_BODY = 'تعلن المنظمات الموقعة أدناه تضامنها الكامل مع المحتجين السلميين.';
const FR_TITLE = 'Déclaration : l’œuvre des défenseurs — « Ça suffit »';
const FR_BODY = 'Nous, associations signataires, dénonçons les arrestations à Bagdad.';
const U16_TITLE = 'Statement in UTF-16 — بيان';

describe('feeds in legacy encodings show the right letters', () => {
  const cases: [file: string, why: string, title: string, body: string, date: string][] = [
    ['ar-windows-1256.rss', 'windows-1256, declared only in the XML declaration', AR_TITLE, AR_BODY, '2025-02-10T06:00:00.000Z'],
    ['ar-iso-8859-6.rss', 'ISO-8859-6, declared only in the XML declaration', AR_TITLE, AR_BODY, '2025-02-10T06:00:00.000Z'],
    ['fr-iso-8859-1.rss', 'ISO-8859-1 holding windows-1252 quotes and œ, read as WHATWG reads ISO-8859-1', FR_TITLE, FR_BODY, '2025-02-10T06:00:00.000Z'],
    ['fr-windows-1252.rss', 'windows-1252 served as text/xml without a charset', FR_TITLE, FR_BODY, '2025-02-10T06:00:00.000Z'],
    ['utf-16le-bom.rss', 'UTF-16LE with a byte-order mark', U16_TITLE, 'Text with Arabic: نص عربي.', '2025-02-10T06:00:00.000Z'],
    ['utf-16be-bom.rss', 'UTF-16BE with a byte-order mark, served with a wrong charset=ISO-8859-1 (the BOM wins)', U16_TITLE, 'Text with Arabic: نص عربي.', '2025-02-10T06:00:00.000Z'],
    ['charset-disagrees.rss', 'an HTTP charset (windows-1256) that disagrees with the XML declaration (ISO-8859-1): the header wins', AR_TITLE, AR_BODY, '2025-02-10T06:00:00.000Z'],
    ['php-default-charset.rss', "PHP's default charset=UTF-8 on a windows-1256 file: not valid UTF-8, so the XML declaration", AR_TITLE, AR_BODY, '2025-02-10T06:00:00.000Z'],
  ];
  for (const [file, why, title, body, date] of cases) {
    it(`reads ${why}`, async () => {
      const { el, loads } = await show(file);
      expect(el.state).to.equal('ready');
      expect(seen(el)).to.deep.equal([{ title, body, date }]);
      expect(body).not.to.contain('\uFFFD');
      expect(loads).to.have.length(1);
    });
  }

  it('refuses an encoding no browser knows with the error code encoding and a localised sentence, never mojibake', async () => {
    const { el, errors } = await show('unknown-encoding.rss', { lang: 'ar' });
    expect(el.state).to.equal('error');
    expect(part(el, 'article')).to.equal(null);
    expect(errors.map((e) => e.code)).to.deep.equal(['encoding']);
    // The reader cannot fix an encoding: for them, in their language, the feed is unreadable.
    expect(text(part(el, 'error'))).to.equal('مصدر البيانات تالف ولا يمكن قراءته.');
    expect(errors[0]!.message).to.equal(text(part(el, 'error')));
  });

  it('says the same in English', () => {
    expect(errorMessage(new FeedError('encoding'))).to.equal('The feed is damaged and cannot be read.');
  });
});

describe('every item with something to read is a statement', () => {
  const untitled = [
    {
      title: 'We call on the authorities to release the detained…',
      body: 'We call on the authorities to release the detained journalists of Basra without delay and to guarantee their safety.',
      date: 'undated',
    },
    {
      title: 'Water is a right: the coalition asks for an independent…',
      body: 'Water is a right: the coalition asks for an independent inquiry into the pollution of the Shatt al-Arab.',
      date: 'undated',
    },
    { title: 'Short note.', body: 'Short note.', date: 'undated' },
  ];

  it('shows each description-only item, headed by its first words', async () => {
    const { el } = await show('description-only.rss');
    expect(seen(el)).to.deep.equal([untitled[0]]);
    const heading = part(el, 'title')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('lists every description-only item, each with a heading', async () => {
    const { el } = await show('description-only.rss', { layout: 'list' });
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
    const cards = seen(el).map(({ title, date }) => ({ title, date }));
    expect(cards).to.deep.equal(untitled.map(({ title, date }) => ({ title, date })));
  });

  it('gives them ids, from their first words, that are the same across two page loads and in every browser, and that select them', async () => {
    const load = async (statement = '') => {
      const frame = document.createElement('iframe');
      frame.src = `/test/feed/pages/reload.html?src=${encodeURIComponent(wild('description-only.rss'))}&statement=${encodeURIComponent(statement)}`;
      document.body.append(frame);
      const win = (await eventually(
        () => frame.contentWindow as (Window & { ids?: Promise<string[]>; shown?: Promise<{ id: string; title: string }> }) | null,
        (w) => !!w?.ids && !!w.shown,
        8000,
      ))!;
      const result = { ids: await win.ids!, shown: await win.shown! };
      frame.remove();
      return result;
    };
    const first = await load();
    const second = await load();
    // Derived as a title would be: the first words of the text.
    expect(first.ids).to.deep.equal(untitled.map((s) => s.title));
    expect(second).to.deep.equal(first);
    expect(first.shown).to.deep.equal({ id: untitled[0]!.title, title: untitled[0]!.title });
    for (const [i, id] of first.ids.entries()) {
      const again = await load(id);
      expect(again.shown).to.deep.equal({ id, title: untitled[i]!.title });
    }
  });

  it('reads a title from title, dc:title or media:title, dates from dc:date and dcterms, and keeps repeated guids apart', async () => {
    const { el, loads } = await show('optional-fields.rss', { layout: 'list', limit: '20' });
    // Newest first; undated last. The link-only item has nothing to read and is not a statement.
    expect(seen(el).map(({ title, date }) => ({ title, date }))).to.deep.equal([
      { title: 'A title given as dc:title', date: '2024-03-01T09:00:00.000Z' },
      { title: 'A title given as media:title', date: '2024-02-01T00:00:00.000Z' },
      { title: 'Second of two with one guid', date: '2020-01-02T00:00:00.000Z' },
      { title: 'First of two with one guid', date: '2020-01-01T00:00:00.000Z' },
      { title: 'Dated by dcterms:created', date: '2019-12-13T00:00:00.000Z' },
      { title: 'Dated by dcterms:modified', date: '2003-06-10T07:41:01.000Z' },
      { title: 'Only a title, nothing else', date: 'undated' },
      { title: 'A nonsense offset', date: 'undated' },
    ]);
    expect(loads.map((l) => l.statement)).to.deep.equal(['https://optional.example/dc-title']);
  });

  it('selects each of two items sharing a guid by its own id: the first keeps it, the second gets -2', async () => {
    const guid = 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427';
    const first = await show('optional-fields.rss', { statement: guid });
    expect(seen(first.el)).to.deep.equal([{ title: 'First of two with one guid', body: 'The first.', date: '2020-01-01T00:00:00.000Z' }]);
    const second = await show('optional-fields.rss', { statement: `${guid}-2` });
    expect(seen(second.el)).to.deep.equal([{ title: 'Second of two with one guid', body: 'The second.', date: '2020-01-02T00:00:00.000Z' }]);
    expect(second.loads.map((l) => l.statement)).to.deep.equal([`${guid}-2`]);
  });

  it('heads an untitled JSON Feed item (a micro.blog post) by its first words too', async () => {
    const { el } = await show('microblog.json');
    expect(seen(el)).to.deep.equal([
      {
        title: 'Back from Nasiriyah, where young people keep the square…',
        body: 'Back from Nasiriyah, where young people keep the square open every evening despite the arrests.More soon.',
        date: '2025-02-10T15:30:00.000Z',
      },
    ]);
  });

  it('gives an untitled item whose body is only a picture an id all the same, and keeps every id unique', () => {
    const picture = '<description>&lt;img src="https://ngo.example/p.jpg" alt="March"&gt;</description>';
    const same = '<description>Same start, then one ending.</description>';
    const feed = parseFeed(
      `<rss version="2.0"><channel><item>${picture}</item><item><guid>Same start, then one ending.-2</guid>${same}</item>` +
        `<item>${same}</item><item>${same}</item></channel></rss>`,
      'application/rss+xml',
      'https://ngo.example/feed',
    );
    expect(feed.statements.map((s) => s.id)).to.deep.equal([
      '<img src="https://ngo.example/p.jpg" alt="March">',
      'Same start, then one ending.-2',
      'Same start, then one ending.',
      // -2 is taken by an earlier item's own guid.
      'Same start, then one ending.-3',
    ]);
  });

  it('shows an item with only a title, with no body', async () => {
    const { el } = await show('optional-fields.rss', { statement: 'Only a title, nothing else' });
    expect(seen(el)).to.deep.equal([{ title: 'Only a title, nothing else', body: '', date: 'undated' }]);
  });
});

describe('legacy formats still served by old installs', () => {
  it("reads RSS 0.91 with Netscape's DOCTYPE (its DTD is never fetched) in ISO-8859-1", async () => {
    const { el } = await show('rss-0.91.rss');
    expect(seen(el)).to.deep.equal([
      { title: 'Communiqué n° 12 : solidarité', body: 'Les associations réunies à Erbil expriment leur solidarité.', date: 'undated' },
    ]);
    expect(part(el, 'link')!.getAttribute('href')).to.equal('http://vieux.example/communique-12.html');
  });

  it('reads RSS 0.90 (RDF, items beside the channel)', async () => {
    const { el, loads } = await show('rss-0.90.rdf');
    expect(seen(el)).to.deep.equal([{ title: 'A statement from 1999', body: '', date: 'undated' }]);
    expect(loads[0]!.statement).to.equal('http://old.example/1999/statement.html');
  });

  it('reads RSS 0.92, whose items may have only a description, served as text/html', async () => {
    const { el } = await show('rss-0.92.rss', { layout: 'list' });
    expect(seen(el).map((s) => s.title)).to.deep.equal(['RSS 0.92 made every element of an item optional: this…', 'A titled 0.92 item']);
  });

  it('reads Atom 0.3: issued and modified, content in escaped, xml and base64 mode, a plain-text summary', async () => {
    const { el } = await show('atom-0.3.xml', { layout: 'list' });
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toggle"]').forEach((b) => b.click());
    await el.updateComplete;
    expect(seen(el)).to.deep.equal([
      { title: 'Escaped HTML content', body: 'An escaped body.', date: '2004-11-30T08:00:00.000Z' },
      { title: 'Inline XHTML content', body: 'An inline body.', date: '2004-10-15T17:00:00.000Z' },
      { title: 'Base64 content', body: 'Encoded in base64: « نص »', date: '2004-08-31T08:00:00.000Z' },
      { title: 'Plain text summary', body: 'A 5 < 6 plain summary.', date: '2004-08-01T08:00:00.000Z' },
    ]);
    const bodies = el.shadowRoot!.querySelectorAll('[part~="body"]');
    expect(bodies[0]!.querySelector('em')?.textContent).to.equal('escaped');
    expect(bodies[1]!.querySelector('strong')?.textContent).to.equal('inline');
    expect(bodies[1]!.querySelector('div')).to.equal(null);
  });
});
