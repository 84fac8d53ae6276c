/** Bad input: every problem as `path:line:column message` on stderr, exit 1, and nothing written. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, scratch, SITE_YAML, tree, write } from './helpers.js';

const work = scratch();
const AR = '---\ntitle: عنوان\ndate: 2025-02-10T09:00:00+03:00\n---\nنص.\n';
const EN = '---\ntitle: A title\n---\nText.\n';

/** Builds `files` (with a good site.yaml unless given) and returns stderr, checking exit 1 and that nothing was written. */
function fails(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  write(dir, { 'site.yaml': SITE_YAML, ...files });
  const r = cli(['build', name, '--out', `${name}-out`], work);
  assert.equal(r.status, 1, `${name}: ${r.stderr}`);
  assert.equal(existsSync(join(work, `${name}-out`)), false, `${name}: something was written`);
  assert.deepEqual(readdirSync(work).filter((f) => f.startsWith(`.${name}-out`)), [], `${name}: a temporary folder was left`);
  return r.stderr;
}

const cases: [string, Record<string, string>, RegExp[]][] = [
  ['bad-yaml', { 's/ar.md': '---\ntitle: عنوان\ndate: [2025\n---\nنص.\n' }, [/^bad-yaml\/s\/ar\.md:4:1 bad YAML: /m]],
  ['no-front-matter', { 's/ar.md': 'نص بلا عنوان.\n' }, [/^no-front-matter\/s\/ar\.md:1:1 bad front matter: the file must start with a line ---/m]],
  ['unclosed', { 's/ar.md': '---\ntitle: عنوان\nنص.\n' }, [/^unclosed\/s\/ar\.md:1:1 bad front matter: no closing --- line/m]],
  ['unknown-field', { 's/ar.md': '---\ntitle: عنوان\ndate: 2025-02-10\ntitel: x\n---\n' }, [/^unknown-field\/s\/ar\.md:4:1 unknown field "titel"/m]],
  ['no-title', { 's/ar.md': '---\ndate: 2025-02-10\n---\nنص.\n' }, [/^no-title\/s\/ar\.md:2:1 no title/m]],
  ['bad-date', { 's/ar.md': '---\ntitle: عنوان\ndate: 10/02/2025\n---\n' }, [/^bad-date\/s\/ar\.md:3:7 unparseable date "10\/02\/2025"/m]],
  ['impossible-date', { 's/ar.md': '---\ntitle: عنوان\ndate: 2025-02-31\n---\n' }, [/^impossible-date\/s\/ar\.md:3:7 unparseable date "2025-02-31"/m]],
  ['no-date', { 's/ar.md': '---\ntitle: عنوان\n---\n' }, [/^no-date\/s\/ar\.md:2:1 no date/m]],
  ['unknown-language', { 's/ar.md': AR, 's/xx.md': EN }, [/^unknown-language\/s\/xx\.md:1:1 unknown language tag "xx"/m]],
  [
    'two-originals',
    { 's/ar.md': '---\ntitle: عنوان\ndate: 2025-02-10\noriginal: true\n---\n', 's/en.md': '---\ntitle: A title\ndate: 2025-02-10\noriginal: true\n---\n' },
    [/^two-originals\/s\/ar\.md:4:11 two originals/m, /^two-originals\/s\/en\.md:4:11 two originals/m],
  ],
  ['no-original', { 's/en.md': EN }, [/^no-original\/s\/en\.md:2:1 a translation with no original: no ar\.md/m]],
  ['duplicate-slugs', { 'Water/ar.md': AR, 'water/ar.md': AR }, [/^duplicate-slugs\/water\/ar\.md:1:1 duplicate slug "water"/m]],
  ['signatories-on-translation', { 's/ar.md': AR, 's/en.md': '---\ntitle: A title\nsignatories:\n  - name: X\n---\n' }, [/^signatories-on-translation\/s\/en\.md:4:3 signatories belong on the original/m]],
  ['bad-config', { 'site.yaml': 'title: T\nbase_url: statements/\nlanguage: zz\n', 's/ar.md': AR }, [/^bad-config\/site\.yaml:2:11 base_url must be the absolute/m, /^bad-config\/site\.yaml:3:11 unknown language tag "zz"/m]],
];

for (const [name, files, expected] of cases) {
  test(`bad input: ${name}`, () => {
    const stderr = fails(name, files);
    for (const e of expected) assert.match(stderr, e);
  });
}

test('every problem of a folder is reported in one run', () => {
  const stderr = fails('many', {
    'a/ar.md': '---\ndate: 2025-02-10\n---\n',
    'b/ar.md': '---\ntitle: عنوان\ndate: yesterday\n---\n',
    'c/en.md': EN,
  });
  assert.deepEqual(
    stderr.trim().split('\n').map((l) => l.split(' ')[0]),
    ['many/a/ar.md:2:1', 'many/b/ar.md:3:7', 'many/c/en.md:2:1'],
  );
});

test('a failed build leaves the previous build as it was', () => {
  write(join(work, 'site'), { 'site.yaml': SITE_YAML, 's/ar.md': AR });
  assert.equal(cli(['build', 'site', '--out', 'site-out'], work).status, 0);
  const before = tree(join(work, 'site-out'));
  write(join(work, 'site'), { 's/en.md': '---\ntitle: [\n---\n' });
  assert.equal(cli(['build', 'site', '--out', 'site-out'], work).status, 1);
  assert.deepEqual(tree(join(work, 'site-out')), before);
});

test('misuse exits 2 with the usage: unknown command, unknown flag, missing --out, a folder that is not a build', () => {
  for (const args of [['publish'], ['build', 'site', '--out', 'x', '--sign'], ['build', 'site'], ['verify', 'feed.json'], ['init']]) {
    const r = cli(args, work);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /Usage:/, args.join(' '));
  }
  mkdirSync(join(work, 'home'));
  write(join(work, 'home'), { 'notes.txt': 'mine' });
  const r = cli(['build', 'site', '--out', 'home'], work);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not a previous build/);
  assert.ok(existsSync(join(work, 'home/notes.txt')));
});

test('--help lists every command and option from the flag table', () => {
  const r = cli(['--help'], work);
  assert.equal(r.status, 0);
  for (const s of ['init DIR', 'build DIR --out OUT [--key KEYFILE]', 'keygen --out FILE [--force]', 'verify FEED --key PUBLIC', '--base-url URL']) assert.ok(r.stdout.includes(s), s);
});
