// The developer's path, end to end: `npm pack`, check the tarball holds exactly what a consumer needs,
// install it in a scratch project beside React and Lit, type-check and bundle the examples, and see
// each of them (and the plain-HTML example with the packed script and its integrity hash) show the
// statement in headless Chromium. Needs only the npm registry (or its cache); every page request is
// answered from local files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = Date.now();
const step = (what) => console.log(`[test:pack ${((Date.now() - started) / 1000).toFixed(1)}s] ${what}`);
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const scratch = mkdtempSync(join(tmpdir(), 'icssi-pack-'));
try {
  // 1. Pack (prepack builds first, so the tarball never holds a stale dist/).
  step('npm pack');
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root).replace(/^[^[]*/, ''));
  const files = new Set(packed.files.map((f) => f.path));
  checkFileList(files);
  checkIntegrity(join(scratch, packed.filename));

  // 2. Install the tarball the way a consumer would, with the examples' own dependency ranges.
  step(`installing ${packed.filename} with React and Lit`);
  const exampleDeps = ['react', 'lit'].flatMap((name) => {
    const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(root, 'examples', name, 'package.json'), 'utf8'));
    return Object.entries({ ...dependencies, ...devDependencies }).filter(([dep]) => !['icssi-statement', 'esbuild', 'typescript'].includes(dep));
  });
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error',
    join(scratch, packed.filename), ...exampleDeps.map(([dep, range]) => `${dep}@${range}`)], scratch);
  for (const name of ['react', 'lit']) cpSync(join(root, 'examples', name), join(scratch, name), { recursive: true });
  cpSync(join(root, 'examples', 'plain-html'), join(scratch, 'plain-html'), { recursive: true });

  // 3. The published types: the examples type-check against the installed package alone.
  step('type-checking the React and Lit examples against the installed types');
  for (const name of ['react', 'lit']) {
    try {
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(scratch, name)], scratch);
    } catch (error) {
      check(false, `examples/${name} does not type-check against the packed package:\n${error.stdout}`);
    }
  }

  // 4. Bundle each example as its package.json says.
  step('bundling the examples with esbuild');
  await build({
    entryPoints: [join(scratch, 'react/src/main.tsx')],
    outfile: join(scratch, 'react/dist/app.js'),
    bundle: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await build({ entryPoints: [join(scratch, 'lit/src/statement-page.ts')], outfile: join(scratch, 'lit/dist/app.js'), bundle: true, format: 'esm', logLevel: 'error' });
  const litBundle = readFileSync(join(scratch, 'lit/dist/app.js'), 'utf8');
  // `lit` is a dependency, not bundled into the package: the app and the element share one copy.
  check((litBundle.match(/createPolicy\("lit-html"/g) ?? []).length === 1, 'the Lit example bundles more than one copy of lit-html');

  // 5. See them work.
  step('rendering the examples in headless Chromium');
  await renderExamples();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\ntest:pack FAILED (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
step('passed: the packed package installs, type-checks, bundles and renders');

/** Exactly what a consumer needs: the builds, their maps and types, the manifest, the pages, the licence. */
function checkFileList(files) {
  const required = [
    'package.json', 'README.md', 'LICENSE',
    'dist/icssi-statement.js', 'dist/icssi-statement.js.map', 'dist/icssi-statement.js.sri', 'dist/snippet.html',
    'dist/custom-elements.json',
    'dist/builder.html', 'dist/builder.css', 'dist/builder.js', 'dist/builder.js.map',
    'dist/embed.html', 'dist/embed.css', 'dist/embed.js', 'dist/embed.js.map',
  ];
  for (const file of required) check(files.has(file), `the tarball lacks ${file}`);
  const allowed = new Set(required);
  for (const file of files) {
    if (!allowed.has(file) && !/^dist\/esm\/.+\.(js|js\.map|d\.ts)$/.test(file)) check(false, `the tarball holds ${file}, which no consumer needs`);
  }
  // Every export target ships, and every relative import inside the ES modules resolves to a shipped file.
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const target of [...targets, pkg.main, pkg.types, pkg.customElements]) {
    check(files.has(posix.normalize(target)), `package.json points at ${target}, which is not in the tarball`);
  }
  for (const file of files) {
    if (!/^dist\/esm\/.+\.(js|d\.ts)$/.test(file)) continue;
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = posix.join(posix.dirname(file), spec);
      const candidates = file.endsWith('.d.ts') ? [target.replace(/\.js$/, '.d.ts'), target] : [target];
      check(candidates.some((c) => files.has(c)), `${file} imports ${spec}, which is not in the tarball`);
    }
    if (file.endsWith('.js')) check(files.has(file.replace(/\.js$/, '.d.ts')) || file.startsWith('dist/esm/vendor/'), `${file} has no types`);
  }
}

/** The hash printed in the packed README and snippet is the packed script's own. */
function checkIntegrity(tarball) {
  const dir = join(scratch, 'unpacked');
  mkdirSync(dir);
  run('tar', ['-xzf', tarball, '-C', dir], scratch);
  const read = (file) => readFileSync(join(dir, 'package', file));
  const integrity = `sha384-${createHash('sha384').update(read('dist/icssi-statement.js')).digest('base64')}`;
  check(read('dist/icssi-statement.js.sri').toString().trim() === integrity, 'the packed .sri file does not match the packed script');
  check(read('dist/snippet.html').includes(`integrity="${integrity}"`), 'the packed snippet.html does not carry the packed script’s hash');
  check(read('README.md').includes(`integrity="${integrity}"`), 'the packed README does not carry the packed script’s hash');
}

/** Serves the scratch project and the feed from memory: no port, no network. */
async function renderExamples() {
  const feed = readFileSync(join(root, 'demo/feeds/nasiriyah.json'));
  const packedScript = readFileSync(join(scratch, 'node_modules/icssi-statement/dist/icssi-statement.js'));
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/icssi-statement.js`;
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  // The plain-HTML page gets the strict policy the README asks partners to allow.
  const csp = [
    "default-src 'none'", 'script-src https://cdn.jsdelivr.net', 'connect-src https://example.org', "style-src 'self'",
    "require-trusted-types-for 'script'", 'trusted-types icssi-statement',
  ].join('; ');

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
    headless: true,
  });
  try {
    for (const [name, expected] of [
      // An English page: the reader gets the English translation of the Arabic original.
      ['plain-html', { title: 'Solidarity statement on the protests in Nasiriyah' }],
      ['react', { title: 'Solidarity statement on the protests in Nasiriyah', status: 'Showing statement nasiriyah-2025-02 in en.' }],
      ['lit', { title: 'Solidarity statement on the protests in Nasiriyah', status: 'Showing nasiriyah-2025-02 (en); element state: ready.' }],
    ]) {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()));
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = new URL(req.url());
        const cors = { 'access-control-allow-origin': '*' };
        if (url.href === 'https://example.org/statements/feed.json') {
          return req.respond({ status: 200, contentType: 'application/feed+json', headers: cors, body: feed });
        }
        if (url.href === cdn) return req.respond({ status: 200, contentType: 'text/javascript', headers: cors, body: packedScript });
        // The browser asks for an icon on its own; the examples have none.
        if (url.href === 'https://app.example/favicon.ico') return req.respond({ status: 204 });
        if (url.origin === 'https://app.example') {
          const path = join(scratch, name, url.pathname === '/' ? 'index.html' : url.pathname);
          const headers = name === 'plain-html' && path.endsWith('.html') ? { 'content-security-policy': csp } : {};
          try {
            return req.respond({ status: 200, contentType: types[extname(path)], headers, body: readFileSync(path) });
          } catch {
            problems.push(`not found: ${url.pathname}`);
            return req.respond({ status: 404, body: 'Not found' });
          }
        }
        problems.push(`unexpected request: ${url.href}`);
        return req.abort();
      });
      await page.goto('https://app.example/');
      try {
        const seen = await page.waitForFunction(
          () => {
            // The element may sit in the light DOM (plain HTML, React) or in the Lit app's shadow root.
            const find = (node) =>
              node.querySelector('icssi-statement') ??
              [...node.querySelectorAll('*')].map((el) => el.shadowRoot && find(el.shadowRoot)).find(Boolean);
            const el = find(document);
            const title = el?.getAttribute('state') === 'ready' && el.shadowRoot.querySelector('[part~="title"]');
            const status = (el?.getRootNode().querySelector('[role="status"]')?.textContent ?? '').trim();
            return title && title.getClientRects().length ? { title: title.textContent.trim(), status } : null;
          },
          { timeout: 15000, polling: 100 },
        );
        const got = await seen.jsonValue();
        check(got.title === expected.title, `examples/${name} shows “${got.title}”, not “${expected.title}”`);
        if (expected.status) check(got.status === expected.status, `examples/${name} reports “${got.status}”, not “${expected.status}”`);
      } catch (error) {
        check(false, `examples/${name} never showed the statement (${error.message}) ${problems.join(' | ')}`);
      }
      check(!problems.length, `examples/${name}: ${problems.join(' | ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
