// `npm run bench`: the widget's bytes, first render, scale, main-thread and memory costs, each as a ratio
// against a baseline measured in the same run (machines here are noisy), printed and written to bench/results.md.
// Debian's Chromium, headless, against a loopback server on an ephemeral port. Needs a build (`npm run bench` makes one).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { attribution, buildFloor, FLOOR_FILE, sizes, sourceOwners } from './bytes.mjs';
import { makeJsonFeed, makeRss } from './fixtures.mjs';
import { serve } from './server.mjs';
import { BUDGET, TARGET } from '../scripts/check-size.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 7);
const TRACE_RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 9);
const HEAP_RUNS = Number(process.env.BENCH_HEAP_RUNS ?? 3);
const PROFILE_RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 3);
const WIDGET = 'dist/icssi-statement.js';
const started = Date.now();
const loadAtStart = loadavg()[0];
const log = (line) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

// ---- Bytes ------------------------------------------------------------------------------------
log('building the floor (a bare Lit element) with the widget’s Rollup plugins');
mkdirSync('bench/out', { recursive: true });
await buildFloor();
const widgetBytes = sizes(WIDGET);
const floorBytes = sizes(FLOOR_FILE);
const modules = attribution(WIDGET);

// ---- Pages and feeds ----------------------------------------------------------------------------
const seedText = readFileSync('demo/feeds/nasiriyah.json');
const seed = JSON.parse(seedText);
const rss = makeRss(seed, 1000);
const json = makeJsonFeed(seed, 1000);
const page = (body, script) =>
  `<!doctype html><html lang="ar"><meta charset="utf-8"><title>bench</title><script src="/probe.js"></script>` +
  `<body>${body}<script data-start src="${script}"></script></body></html>`;
const widget = (attrs) => page(`<icssi-statement data-measure ${attrs}></icssi-statement>`, `/${WIDGET}`);
const baseline = (feed, script, format = '') => page(`<div data-measure data-feed="${feed}" data-format="${format}"></div>`, script);
const routes = new Map([
  [`/${WIDGET}`, readFileSync(WIDGET)],
  ['/probe.js', readFileSync('bench/pages/probe.js')],
  ['/baseline.js', readFileSync('bench/pages/baseline.js')],
  ['/bare-parse.js', readFileSync('bench/pages/bare-parse.js')],
  ['/feeds/seed.json', seedText],
  ['/feeds/rss-1000.xml', rss],
  ['/feeds/json-1000.json', json],
  ['/seed-widget.html', widget('src="/feeds/seed.json"')],
  ['/seed-baseline.html', baseline('/feeds/seed.json', '/baseline.js')],
  ['/rss-widget.html', widget('src="/feeds/rss-1000.xml"')],
  ['/rss-list.html', widget('src="/feeds/rss-1000.xml" layout="list" limit="1000"')],
  ['/rss-bare.html', baseline('/feeds/rss-1000.xml', '/bare-parse.js', 'xml')],
  ['/json-widget.html', widget('src="/feeds/json-1000.json"')],
  ['/json-list.html', widget('src="/feeds/json-1000.json" layout="list" limit="1000"')],
  ['/json-bare.html', baseline('/feeds/json-1000.json', '/bare-parse.js', 'json')],
  ['/fifty.html', page('<icssi-statement data-measure src="/feeds/seed.json"></icssi-statement>'.repeat(50), `/${WIDGET}`)],
  ['/empty.html', '<!doctype html><html lang="ar"><meta charset="utf-8"><title>empty</title></html>'],
]);
const server = await serve(routes);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
const chromiumVersion = await browser.version();

/** One fresh page, HTTP cache off: loads `path` and waits for every measured element to settle. */
async function load(path, { trace = false, heap = false, profile = false, settle = true } = {}) {
  // A new page is a new JS realm (so no feed is shared between runs); the HTTP cache is off and every response
  // says no-store. A new browser context per run would isolate more but costs a second each on a busy machine.
  const tab = await browser.newPage();
  try {
    await tab.setCacheEnabled(false);
    const requests = [];
    tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
    if (trace) await tab.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'] });
    const cdp = await tab.createCDPSession();
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await tab.goto(server.origin + path);
    if (settle) await tab.waitForFunction(() => window.__bench?.done, { timeout: 60_000, polling: 10 });
    const result = settle
      ? await tab.evaluate(() => {
          const element = customElements.get('icssi-statement');
          const has = (name) => Boolean(element?.elementProperties?.has(name));
          return { ...window.__bench, list: has('layout') && has('limit'), parseMs: Number(document.querySelector('[data-parse-ms]')?.dataset.parseMs ?? NaN) };
        })
      : {};
    if (profile) result.profile = (await cdp.send('Profiler.stop')).profile;
    if (trace) result.longestTask = longestMainThreadTask(JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')));
    if (heap) {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    result.feedRequests = requests.filter((p) => p.startsWith('/feeds/')).length;
    return result;
  } finally {
    await tab.close();
  }
}

/** The longest task (ms) on the page's renderer main thread, from a Chromium performance trace. */
function longestMainThreadTask(trace) {
  const events = trace.traceEvents ?? trace;
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, e.dur / 1000);
  return longest;
}

/** Loads each path `runs` times, interleaved (A, B, A, B, …), so drift on the machine hits every side alike. */
async function interleaved(paths, runs, options) {
  const results = Object.fromEntries(paths.map((p) => [p, []]));
  for (let i = 0; i < runs; i++) for (const p of paths) results[p].push(await load(p, options));
  return results;
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- First render -------------------------------------------------------------------------------
log(`first render: seed statement, widget vs hand-written baseline, ${RUNS} runs each, interleaved`);
const first = await interleaved(['/seed-widget.html', '/seed-baseline.html'], RUNS);

// ---- Scale --------------------------------------------------------------------------------------
log(`scale: 1,000-item RSS (${(rss.length / 1e6).toFixed(1)} MB) and JSON Feed (${(json.length / 1e6).toFixed(1)} MB), ${SCALE_RUNS} runs each`);
const rssRuns = await interleaved(['/rss-widget.html', '/rss-list.html', '/rss-bare.html'], SCALE_RUNS);
const jsonRuns = await interleaved(['/json-widget.html', '/json-list.html', '/json-bare.html'], SCALE_RUNS);

// ---- Main thread and memory ---------------------------------------------------------------------
log(`main thread: traced loads of the seed statement, ${TRACE_RUNS} runs each`);
const traced = await interleaved(['/seed-widget.html', '/seed-baseline.html'], TRACE_RUNS, { trace: true });
log(`where the time goes: sampled CPU profiles, ${PROFILE_RUNS} loads each of the seed, the RSS and the JSON Feed list`);
const owners = sourceOwners(WIDGET);
const profiled = {};
for (const path of ['/seed-widget.html', '/rss-widget.html', '/json-list.html']) {
  profiled[path] = [];
  for (let i = 0; i < PROFILE_RUNS; i++) profiled[path].push((await load(path, { profile: true })).profile);
}
log(`memory: 50 widgets sharing one feed vs an empty page, ${HEAP_RUNS} runs each`);
const fifty = [];
const empty = [];
for (let i = 0; i < HEAP_RUNS; i++) {
  fifty.push(await load('/fifty.html', { heap: true }));
  empty.push(await load('/empty.html', { heap: true, settle: false }));
}
await browser.close();
server.close();

// ---- Table --------------------------------------------------------------------------------------
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const kb = (x) => `${x} B (${(x / 1024).toFixed(2)} KB)`;
const mb = (x) => `${(x / 2 ** 20).toFixed(2)} MB`;
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const verdict = (ok, miss) => (ok ? 'met' : `**missed**: ${miss}`);
const rows = [];

rows.push(['Bytes, raw', kb(widgetBytes.raw), kb(floorBytes.raw), ratio(widgetBytes.raw, floorBytes.raw), '', '']);
rows.push([
  'Bytes, gzip -9',
  kb(widgetBytes.gzip),
  kb(floorBytes.gzip),
  ratio(widgetBytes.gzip, floorBytes.gzip),
  `≤ ${TARGET} B (< 3× floor); budget ${BUDGET} B`,
  verdict(widgetBytes.gzip <= TARGET && widgetBytes.gzip < 3 * floorBytes.gzip, `${widgetBytes.gzip - TARGET} B over 16 KB, ${(widgetBytes.gzip / floorBytes.gzip).toFixed(2)}× the floor${widgetBytes.gzip > BUDGET ? '; OVER THE 20 KB BUDGET' : ''}`),
]);
rows.push(['Bytes, brotli', kb(widgetBytes.brotli), kb(floorBytes.brotli), ratio(widgetBytes.brotli, floorBytes.brotli), '', '']);

const settledTimes = (runs) => median(runs.filter((r) => r.done.states.every((s) => s === 'ready')).map((r) => r.done.t));
const w = settledTimes(first['/seed-widget.html']);
const b = settledTimes(first['/seed-baseline.html']);
rows.push(['First render, seed statement (script start → ready)', ms(w), ms(b), ratio(w, b), '≤ 1.3×', verdict(w / b <= 1.3, `${(w / b).toFixed(2)}×, ${(w - b).toFixed(1)} ms over the baseline`)]);

/** A scale row, or "n/a (not supported yet)" while the attribute or the format is still being built. */
function scaleRow(label, runs, bare, limit, needsList) {
  const sample = runs[0];
  const unsupported =
    (needsList && !sample.list) ? 'layout="list"/limit not supported yet' : sample.errors.includes('not-a-feed') ? 'format not supported yet' : '';
  const bareMs = settledTimes(bare);
  if (unsupported) return [label, `n/a (${unsupported})`, ms(bareMs), 'n/a', `≤ ${limit}×`, 'n/a'];
  const failed = runs.find((r) => r.done.states.some((s) => s !== 'ready'));
  if (failed) return [label, `error (${failed.errors.join(', ') || 'no detail'})`, ms(bareMs), 'n/a', `≤ ${limit}×`, '**missed**: did not render'];
  const t = settledTimes(runs);
  const shown = needsList ? ` (${Math.min(...runs.map((r) => r.done.titles[0]))} shown)` : '';
  return [label, `${ms(t)}${shown}`, ms(bareMs), ratio(t, bareMs), `≤ ${limit}×`, verdict(t / bareMs <= limit, `${(t / bareMs).toFixed(2)}×, ${(t - bareMs).toFixed(0)} ms over the bare parse`)];
}
const rssBare = rssRuns['/rss-bare.html'];
const jsonBare = jsonRuns['/json-bare.html'];
rows.push(scaleRow('Scale, RSS 1,000 items → ready (vs fetch + DOMParser)', rssRuns['/rss-widget.html'], rssBare, 2, false));
rows.push(scaleRow('Scale, RSS 1,000 items, layout="list" limit="1000"', rssRuns['/rss-list.html'], rssBare, 2, true));
rows.push(scaleRow('Scale, JSON Feed 1,000 items → ready (vs fetch + JSON.parse)', jsonRuns['/json-widget.html'], jsonBare, 3, false));
rows.push(scaleRow('Scale, JSON Feed 1,000 items, layout="list" limit="1000"', jsonRuns['/json-list.html'], jsonBare, 3, true));

const lw = median(traced['/seed-widget.html'].map((r) => r.longestTask));
const lb = median(traced['/seed-baseline.html'].map((r) => r.longestTask));
// On a shared machine any load can catch a stray long task, so count the loads that had one, on both sides.
const withLongTask = (runs) => runs.filter((r) => r.longTasks.length).length;
const longTaskMax = Math.max(0, ...first['/seed-widget.html'].flatMap((r) => r.longTasks));
const lwCount = withLongTask(first['/seed-widget.html']);
rows.push(['Main thread, longest task loading the seed (trace)', ms(lw), ms(lb), ratio(lw, lb), '≤ 50 ms', verdict(lw <= 50, `${(lw - 50).toFixed(1)} ms over`)]);
rows.push([
  `Main thread, loads with a Long Tasks API entry (> 50 ms), of ${RUNS}`,
  lwCount ? `${lwCount} (longest ${ms(longTaskMax)})` : '0',
  `${withLongTask(first['/seed-baseline.html'])}`,
  '',
  '0',
  verdict(lwCount === 0, `${lwCount} of ${RUNS} loads, longest ${ms(longTaskMax)}`),
]);
const hf = median(fifty.map((r) => r.heap));
const he = median(empty.map((r) => r.heap));
rows.push(['Heap after 50 widgets on one feed (after GC)', mb(hf), `${mb(he)} (empty page)`, ratio(hf, he), 'added ≤ 5 MB', verdict(hf - he <= 5 * 2 ** 20, `${mb(hf - he)} added`)]);
const requests = Math.max(...fifty.map((r) => r.feedRequests));
const fiftyReady = fifty.every((r) => r.done.states.length === 50 && r.done.states.every((s) => s === 'ready'));
rows.push(['Feed requests made by those 50 widgets', `${requests} (${fiftyReady ? 'all 50 ready' : 'NOT all ready'})`, '', '', '1', verdict(requests === 1 && fiftyReady, `${requests} requests`)]);

const header = ['Measure', 'icssi-statement (median)', 'Baseline (median)', 'Ratio', 'Target', 'Status'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const bareParse = (runs) => ms(median(runs.map((r) => r.parseMs)));

const groups = new Map();
for (const m of modules) {
  const group = m.name.startsWith('src/locale/generated/')
    ? 'UI translations (src/locale/generated)'
    : m.name.startsWith('src/')
      ? `src/${m.name.split('/').length > 2 ? m.name.split('/')[1] + '/' : '(element, styles, define)'}`
      : /^(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(m.name)
        ? 'Lit (lit-html, reactive-element, lit-element)'
        : m.name.startsWith('@lit/localize') ? '@lit/localize runtime' : m.name;
  const g = groups.get(group) ?? { bytes: 0, gzip: 0 };
  groups.set(group, { bytes: g.bytes + m.bytes, gzip: g.gzip + m.gzip });
}
const share = (n) => `${((100 * n) / widgetBytes.raw).toFixed(1)} %`;
const groupTable = [
  '| Part | Minified bytes | Share | Marginal gzip |',
  '| --- | --- | --- | --- |',
  ...[...groups].sort((a, b) => b[1].bytes - a[1].bytes).map(([g, v]) => `| ${g} | ${v.bytes} | ${share(v.bytes)} | ${v.gzip} |`),
].join('\n');
const moduleTable = [
  '| Module | Minified bytes | Share | Marginal gzip |',
  '| --- | --- | --- | --- |',
  ...modules.map((m) => `| ${m.name} | ${m.bytes} | ${share(m.bytes)} | ${m.gzip} |`),
].join('\n');

/**
 * Self time per source module of the widget (through its source map), per load, from sampled CPU
 * profiles; time in the browser's own code is named by function (DOM calls, the parser, GC).
 */
function timeByModule(profiles) {
  const total = new Map();
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    profile.samples.forEach((id, i) => {
      const f = nodes.get(id);
      const where = f.url.endsWith(`/${WIDGET}`)
        ? owners.at(f.lineNumber, f.columnNumber)
        : f.url
          ? `bench page script (${f.url.split('/').pop()})`
          : /^\(/.test(f.functionName) ? f.functionName : `browser: ${f.functionName || 'native'}`;
      total.set(where, (total.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / profiles.length);
    });
  }
  total.delete('(idle)');
  total.delete('(root)');
  return [...total].sort((a, b) => b[1] - a[1]);
}
const timeTable = (path, title) =>
  [`| ${title} | ms per load |`, '| --- | --- |', ...timeByModule(profiled[path]).slice(0, 12).map(([m, t]) => `| ${m} | ${t.toFixed(1)} |`)].join('\n');

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  // Numbers from a tree with uncommitted source changes do not belong to that commit alone.
  if (execFileSync('git', ['status', '--porcelain', 'src'], { encoding: 'utf8' }).trim()) commit += ' plus uncommitted changes in src/';
} catch {
  // Not a git checkout (a tarball): the date and versions below still place the run.
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
// Timings scale with how busy the machine was; the ratios much less, which is why they lead.
const machine = `${availableParallelism()} CPUs, load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end`;
const markdown = `# Benchmark results

Generated by \`npm run bench\` (bench/run.mjs); do not edit by hand. Commit ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${chromiumVersion} headless, Node ${process.version}, ${seconds} s, ${machine}.

${table}

How each figure is taken:
- **Bytes**: \`${WIDGET}\` against \`bench/floor/minimal-element.js\` (a Lit element with one property, one style
  rule and a two-element template) built with the same Rollup plugins and output options. gzip is GNU \`gzip -9\`
  on stdin (no file name in the header), brotli is Node's at quality 11.
- **First render**: ${RUNS} loads of each page, interleaved, each in a fresh page (a new JS realm) with the HTTP cache
  off and \`cache-control: no-store\`; from the start of the page's script request (Resource Timing) to every
  measured element's \`state\` becoming \`ready\`. The baseline (\`bench/pages/baseline.js\`) fetches the same feed
  and writes the newest item's title and body with \`textContent\`.
- **Scale**: ${SCALE_RUNS} loads each of 1,000-item feeds generated from the seed (\`bench/fixtures.mjs\`:
  RSS ${(rss.length / 1e6).toFixed(2)} MB, JSON Feed ${(json.length / 1e6).toFixed(2)} MB); the baseline
  (\`bench/pages/bare-parse.js\`) fetches the same bytes and hands them to \`DOMParser\` / \`JSON.parse\`
  (the parse call alone: ${bareParse(rssBare)} for the RSS, ${bareParse(jsonBare)} for the JSON Feed).
- **Main thread**: the longest \`RunTask\` on the renderer main thread in a Chromium trace of the load (${TRACE_RUNS}
  traced loads each; the median of each load's longest), and how many of the ${RUNS} untraced loads had a Long Tasks
  API entry (a task over 50 ms) at all.
- **Memory**: \`Runtime.getHeapUsage\` after three \`HeapProfiler.collectGarbage\` calls, ${HEAP_RUNS} loads each
  of a page with 50 \`<icssi-statement>\` elements on the seed feed and of an empty page; feed requests are
  counted from the network.

## Where the time goes

Self time in sampled CPU profiles (loads: ${PROFILE_RUNS} each, 0.2 ms sampling, from navigation to ready), mapped
to source modules through the bundle's source map; \`(program)\` is the browser's own work outside
JavaScript (HTML and style, layout, compiling), \`browser: …\` a DOM or parser call. Top twelve each.

${timeTable('/seed-widget.html', 'Seed statement, first render')}

${timeTable('/rss-widget.html', 'RSS, 1,000 items')}

${timeTable('/json-list.html', 'JSON Feed, 1,000 items, layout="list"')}

## Where the bytes are

From the bundle's source map: the minified bytes each source produced, and its *marginal* gzip cost (how
much smaller the gzipped bundle is without it, zlib level 9; compression is shared, so these do not add up
to the total).

${groupTable}

<details><summary>Every module</summary>

${moduleTable}

</details>
`;
writeFileSync('bench/results.md', markdown);
// The README's summary is this run's table too, between its markers, so no figure there is typed by hand.
const readme = readFileSync('README.md', 'utf8');
const marked = /(<!-- bench:start[^>]*-->\n)[\s\S]*?<!-- bench:end -->/;
const summary = `${table}\n\n_${chromiumVersion} headless, commit ${commit}, ${new Date().toISOString().slice(0, 10)}, ${machine}; full method and byte breakdown in [bench/results.md](bench/results.md)._`;
if (marked.test(readme)) writeFileSync('README.md', readme.replace(marked, (_, open) => `${open}${summary}\n<!-- bench:end -->`));
else log('README.md has no <!-- bench:start --> … <!-- bench:end --> markers: summary not written there');
console.log(table);
log(`wrote bench/results.md`);
