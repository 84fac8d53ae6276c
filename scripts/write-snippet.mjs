// Writes the partner's `<script>` snippet, with the built script's SRI hash, to dist/snippet.html and into
// every marked block (README, plain-HTML example, the built snippet builder), so the snippet people copy
// always matches the file. `--check` (and any run with CI set) leaves the committed files alone and fails
// when one of their blocks is stale.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const bundle = readFileSync(`${root}dist/icssi-statement.js`);
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;

// Rollup's own record of the hash must agree: a mismatch means a half-finished build.
const written = readFileSync(`${root}dist/icssi-statement.js.sri`, 'utf8').trim();
if (written !== integrity) throw new Error(`dist/icssi-statement.js.sri (${written}) does not match the built file (${integrity}).`);

// The npm CDN serves the published package's files byte for byte, so the pinned version keeps the hash valid.
const scriptUrl = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/icssi-statement.js`;
const scriptTag = `<script src="${scriptUrl}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
writeFileSync(`${root}dist/snippet.html`, `${scriptTag}\n`);

const START = '<!-- snippet:start -->';
const END = '<!-- snippet:end -->';
const blocks = {
  'README.md': [
    '```html',
    scriptTag,
    '',
    '<icssi-statement src="https://example.org/statements/feed.json">',
    '  <!-- Shown while loading, on error, and wherever scripts are stripped. -->',
    '  <p><a href="https://example.org/statements/nasiriyah">Solidarity statement on the protests in Nasiriyah</a></p>',
    '</icssi-statement>',
    '```',
  ].join('\n'),
  'examples/plain-html/index.html': `    ${scriptTag}`,
};
// Built pages are rewritten on every build, never checked: they are not committed.
const built = { 'dist/builder.html': `          ${scriptTag}` };

const check = process.argv.includes('--check') || Boolean(process.env.CI);
const stale = [];
for (const [file, block] of Object.entries({ ...blocks, ...built })) {
  const path = `${root}${file}`;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`${file} has no ${START} … ${END} block.`);
  // The markers keep their own indentation; the block sits on the lines between them.
  const lineEnd = text.indexOf('\n', start) + 1;
  const endLine = text.lastIndexOf('\n', end) + 1;
  const updated = `${text.slice(0, lineEnd)}${block}\n${text.slice(endLine)}`;
  if (updated === text) continue;
  if (check && !(file in built)) stale.push(file);
  else writeFileSync(path, updated);
}
if (stale.length) {
  console.error(`The embed snippet in ${stale.join(' and ')} does not match the built script: run \`npm run build\` and commit.`);
  process.exit(1);
}
