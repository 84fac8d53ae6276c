/** keygen's key files, and verify on signed, tampered, unsigned and wrongly keyed feeds. */
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, scratch, SITE_YAML, write } from './helpers.js';

const work = scratch();

test('keygen writes the private key with mode 0600 and the public key beside it, and prints the public key', () => {
  const r = cli(['keygen', '--out', 'site.key'], work);
  assert.equal(r.status, 0, r.stderr);
  const publicKey = r.stdout.trim();
  assert.match(publicKey, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(statSync(join(work, 'site.key')).mode & 0o777, 0o600);
  assert.equal(readFileSync(join(work, 'site.key.pub'), 'utf8').trim(), publicKey);
  assert.equal(Buffer.from(readFileSync(join(work, 'site.key'), 'utf8').trim(), 'base64url').length, 32);
});

test('keygen never overwrites a key without --force, and with it the new key is still 0600', () => {
  const before = readFileSync(join(work, 'site.key'), 'utf8');
  const refused = cli(['keygen', '--out', 'site.key'], work);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /site\.key exists/);
  assert.equal(readFileSync(join(work, 'site.key'), 'utf8'), before);
  const forced = cli(['keygen', '--out', 'site.key', '--force'], work);
  assert.equal(forced.status, 0, forced.stderr);
  assert.notEqual(readFileSync(join(work, 'site.key'), 'utf8'), before);
  assert.equal(statSync(join(work, 'site.key')).mode & 0o777, 0o600);
  assert.equal(readFileSync(join(work, 'site.key.pub'), 'utf8').trim(), forced.stdout.trim());
});

test('verify passes a signed build, one line per statement, and fails any tampering, another key or no signature', () => {
  write(join(work, 'src'), {
    'site.yaml': SITE_YAML,
    'one/ar.md': '---\ntitle: الأول\ndate: 2025-01-01\nsignatories:\n  - name: منظمة\n---\nنص.\n',
    'one/en.md': '---\ntitle: The first\n---\nText.\n',
    'two/ar.md': '---\ntitle: الثاني\ndate: 2025-02-01\n---\nنص.\n',
  });
  assert.equal(cli(['build', 'src', '--out', 'site', '--key', 'site.key'], work).status, 0);
  const ok = cli(['verify', 'site/feed.json', '--key', 'site.key.pub'], work);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.deepEqual(ok.stdout.trim().split('\n').map((l) => l.split(/\s+/).slice(0, 2).join(' ')), ['ok two', 'ok one']);

  const feedText = readFileSync(join(work, 'site/feed.json'), 'utf8');
  interface Item {
    title: string;
    content_html: string;
    date_published: string;
    _icssi: { translations: { content_html: string }[]; signatories: { name: string }[] };
  }
  const tamperings: Record<string, (feed: { items: Item[] }) => void> = {
    title: (f) => (f.items[1].title = 'عنوان مزوّر'),
    body: (f) => (f.items[1].content_html = '<p>نص مزوّر.</p>'),
    translation: (f) => (f.items[1]._icssi.translations[0].content_html = '<p>Forged.</p>'),
    signatory: (f) => f.items[1]._icssi.signatories.push({ name: 'Forged' }),
    date: (f) => (f.items[1].date_published = '2025-01-02T00:00:00.000Z'),
  };
  for (const [what, tamper] of Object.entries(tamperings)) {
    const feed = JSON.parse(feedText);
    tamper(feed);
    writeFileSync(join(work, 'tampered.json'), JSON.stringify(feed));
    const r = cli(['verify', 'tampered.json', '--key', 'site.key.pub'], work);
    assert.equal(r.status, 1, what);
    assert.match(r.stdout, /^ok\s+two/m, what);
    assert.match(r.stdout, /^FAILED\s+one: the signature does not match/m, what);
  }
  const otherKey = cli(['keygen', '--out', 'other.key'], work).stdout.trim();
  const wrong = cli(['verify', 'site/feed.json', '--key', otherKey], work);
  assert.equal(wrong.status, 1);
  assert.equal(wrong.stdout.match(/^FAILED/gm)?.length, 2);
  // Rotation: the old key among the trusted ones still verifies.
  assert.equal(cli(['verify', 'site/feed.json', '--key', otherKey, '--key', 'site.key.pub'], work).status, 0);

  assert.equal(cli(['build', 'src', '--out', 'unsigned'], work).status, 0);
  const unsigned = cli(['verify', 'unsigned/feed.json', '--key', 'site.key.pub'], work);
  assert.equal(unsigned.status, 1);
  assert.match(unsigned.stdout, /^FAILED\s+one: not signed/m);
});

test('verify reads a feed from a URL', async () => {
  const { createServer } = await import('node:http');
  const body = readFileSync(join(work, 'site/feed.json'));
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/feed+json' }).end(body));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  try {
    const { spawn } = await import('node:child_process');
    const { repo } = await import('./helpers.js');
    // Asynchronously: the server answers from this process.
    const child = spawn(process.execPath, [repo('publish/bin/icssi-statement.js'), 'verify', `http://127.0.0.1:${port}/feed.json`, '--key', 'site.key.pub'], { cwd: work });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const status = await new Promise((done) => child.on('close', done));
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^ok\s+one/m);
  } finally {
    server.close();
  }
});
