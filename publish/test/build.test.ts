/** init, build and reproducibility: what a publisher gets from `init` then `build`. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, repo, scratch, tree } from './helpers.js';

const work = scratch();
const statements = join(work, 'statements');
const published = JSON.parse(readFileSync(repo('demo/feeds/nasiriyah.json'), 'utf8')).items[0];

test('init makes a statements folder with the seed statement, and refuses a folder that is not empty', () => {
  const r = cli(['init', 'statements'], work);
  assert.equal(r.status, 0, r.stderr);
  for (const f of ['site.yaml', 'nasiriyah-2025-02/ar.md', 'nasiriyah-2025-02/en.md']) assert.ok(existsSync(join(statements, f)), f);
  const again = cli(['init', 'statements'], work);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /not empty/);
});

test('build writes the feed, a page per language, the Atom feed, the widget and the headers files', () => {
  const r = cli(['build', 'statements', '--out', 'public'], work);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Built 1 statement \(2 pages\) into public, unsigned/);
  const out = join(work, 'public');
  const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.feed_url, 'https://statements.example.org/feed.json');
  const [item] = feed.items;
  assert.equal(item.id, 'nasiriyah-2025-02');
  assert.equal(item.url, 'https://statements.example.org/nasiriyah-2025-02/ar/');
  assert.equal(item.language, 'ar');
  assert.equal(item.date_published, '2025-02-10T09:00:00+03:00');
  assert.deepEqual(item._icssi.signatories, published._icssi.signatories);
  assert.equal(item._icssi.signature, undefined);
  // The Markdown seed gives the very HTML of the hand-made demo feed, in both languages.
  assert.equal(item.content_html, published.content_html);
  const [en] = item._icssi.translations;
  assert.equal(en.language, 'en');
  assert.equal(en.url, 'https://statements.example.org/nasiriyah-2025-02/en/');
  assert.equal(en.content_html, published._icssi.translations[0].content_html);

  const ar = readFileSync(join(out, 'nasiriyah-2025-02/ar/index.html'), 'utf8');
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  assert.match(ar, /<h1>بيان تضامن بشأن الاحتجاجات في الناصرية<\/h1>/);
  assert.match(ar, /<link rel="alternate" hreflang="en" href="https:\/\/statements\.example\.org\/nasiriyah-2025-02\/en\/">/);
  assert.match(ar, /<meta property="og:title" content="بيان تضامن بشأن الاحتجاجات في الناصرية">/);
  assert.match(ar, /<meta property="og:url" content="https:\/\/statements\.example\.org\/nasiriyah-2025-02\/ar\/">/);
  assert.doesNotMatch(ar, /<script/, 'a page needs no script to be read');
  const enPage = readFileSync(join(out, 'nasiriyah-2025-02/en/index.html'), 'utf8');
  assert.match(enPage, /<html lang="en" dir="ltr">/);
  assert.match(enPage, /<link rel="alternate" hreflang="ar" href="https:\/\/statements\.example\.org\/nasiriyah-2025-02\/ar\/">/);
  assert.match(enPage, /<meta property="og:description" content="Dhi Qar Governorate has seen/);
  assert.match(enPage, /<time datetime="2025-02-10T09:00:00\+03:00">February 10, 2025<\/time>/);
  assert.match(enPage, /<h2>Signed by 1 organisation<\/h2>/);

  const atom = readFileSync(join(out, 'feed.atom'), 'utf8');
  assert.equal(atom.match(/<entry xml:lang="(ar|en)">/g)?.length, 2);
  assert.match(atom, /<link rel="alternate" type="text\/html" hreflang="en" href="https:\/\/statements\.example\.org\/nasiriyah-2025-02\/en\/"\/>/);

  const script = readFileSync(join(out, 'icssi-statement.js'));
  const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
  assert.equal(readFileSync(join(out, 'icssi-statement.js.sri'), 'utf8').trim(), integrity);
  for (const f of ['builder.html', 'builder.js', 'builder.css', 'embed.html', 'embed.js', 'embed.css']) assert.ok(existsSync(join(out, f)), f);
  // The builder's partner snippet loads the publisher's own copy, not a CDN's.
  assert.match(readFileSync(join(out, 'builder.html'), 'utf8'), new RegExp(`<script src="https://statements\\.example\\.org/icssi-statement\\.js" integrity="${integrity.replace(/[+/]/g, '\\$&')}"`));
  assert.match(readFileSync(join(out, '_headers'), 'utf8'), /\/feed\.json\n {2}Access-Control-Allow-Origin: \*\n {2}Cache-Control: public, max-age=300/);
  assert.match(readFileSync(join(out, '.htaccess'), 'utf8'), /Header always set Access-Control-Allow-Origin "\*"/);
});

test('the same input builds byte-identical output, signed or not', () => {
  assert.equal(cli(['keygen', '--out', 'key'], work).status, 0);
  for (const key of [[], ['--key', 'key']]) {
    assert.equal(cli(['build', 'statements', '--out', 'one', ...key], work).status, 0);
    assert.equal(cli(['build', 'statements', '--out', 'two', ...key], work).status, 0);
    const [one, two] = [tree(join(work, 'one')), tree(join(work, 'two'))];
    assert.deepEqual([...one.keys()], [...two.keys()]);
    for (const [name, bytes] of one) assert.ok(bytes.equals(two.get(name)!), `${name} differs between two builds`);
  }
});

test('the demo statements build: the seed and the three samples, each original in Arabic with an English translation', () => {
  const r = cli(['build', repo('demo/statements'), '--out', 'demo', '--key', repo('demo/statements/DEMO-KEY-NOT-SECRET.key')], work);
  assert.equal(r.status, 0, r.stderr);
  const feed = JSON.parse(readFileSync(join(work, 'demo/feed.json'), 'utf8'));
  assert.deepEqual(feed.items.map((i: { id: string }) => i.id), ['assembly', 'nasiriyah-2025-02', 'journalists', 'water']);
  const verified = cli(['verify', 'demo/feed.json', '--key', repo('demo/statements/DEMO-KEY-NOT-SECRET.key.pub')], work);
  assert.equal(verified.status, 0, verified.stdout);
});
