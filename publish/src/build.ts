/**
 * `icssi-statement build DIR --out OUT [--key KEYFILE]`: the whole static site, written into a
 * folder beside OUT and renamed into place only when complete, so a failed build leaves the old
 * site as it was. Nothing depends on the clock or the machine: the same input gives the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directionOf } from '../../src/locale/direction.js';
import { atomFeed } from './atom.js';
import { apacheHtaccess, netlifyHeaders } from './hosting.js';
import { escapeAttr, escapeText } from './html.js';
import { jsonFeed } from './json-feed.js';
import { renderMarkdown } from './markdown.js';
import type { BuiltStatement, BuiltVersion, Site } from './model.js';
import { STYLESHEET, indexPage, statementPage } from './pages.js';
import { InputError, UsageError } from './problems.js';
import { keysFromSeed } from './signature.js';
import { readSite, type Statement } from './source.js';

/** The repository this tool belongs to: its `dist/` holds the widget, the snippet builder and the iframe page. */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const WIDGET_FILES = [
  'icssi-statement.js', 'icssi-statement.js.map', 'icssi-statement.js.sri',
  'builder.html', 'builder.css', 'builder.js', 'builder.js.map',
  'embed.html', 'embed.css', 'embed.js', 'embed.js.map',
];

export interface BuildOptions {
  dir: string;
  out: string;
  keyFile?: string;
  /** Serve address instead of site.yaml's `base_url`. */
  baseUrl?: string;
  /** Progress for people (stderr), never mixed with the output files. */
  log?: (line: string) => void;
}

export interface BuildResult {
  statements: number;
  pages: number;
  publicKey?: string;
}

export function build({ dir, out, keyFile, baseUrl, log = () => {} }: BuildOptions): BuildResult {
  const target = resolve(out);
  checkTarget(resolve(dir), target);
  const { config, statements } = readSite(dir);
  if (baseUrl !== undefined) config.baseUrl = checkBaseUrl(baseUrl);
  const privateKey = keyFile ? readPrivateKey(keyFile) : undefined;
  const publicKey = privateKey && keysFromSeed(privateKey).publicKey;
  const site: Site = { config, feedUrl: new URL('feed.json', config.baseUrl).href, statements: statements.map((s) => buildStatement(s, config.baseUrl)) };
  site.statements.sort((a, b) => b.published - a.published || (a.slug < b.slug ? -1 : 1));

  const files = new Map<string, string | Buffer>();
  files.set('feed.json', jsonFeed(site, privateKey));
  files.set('feed.atom', atomFeed(site));
  files.set('index.html', indexPage(site));
  files.set('statement.css', STYLESHEET);
  for (const s of site.statements) for (const v of s.versions) files.set(`${s.slug}/${v.lang}/index.html`, statementPage(site, s, v));
  const widget = widgetFiles(log);
  for (const [name, bytes] of widget) files.set(name, bytes);
  const integrity = widget.get('icssi-statement.js.sri')!.toString().trim();
  const scriptTag = `<script src="${escapeAttr(new URL('icssi-statement.js', config.baseUrl).href)}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
  files.set('builder.html', ownScript(widget.get('builder.html')!.toString(), scriptTag));
  files.set('snippet.html', snippet(site, scriptTag, publicKey));
  files.set('_headers', netlifyHeaders());
  files.set('.htaccess', apacheHtaccess());

  writeAside(target, files);
  return { statements: site.statements.length, pages: site.statements.reduce((n, s) => n + s.versions.length, 0), publicKey };
}

function buildStatement(s: Statement, base: string): BuiltStatement {
  const ordered = [s.original, ...[...s.translations].sort((a, b) => (a.lang < b.lang ? -1 : 1))];
  const versions = ordered.map((v): BuiltVersion => {
    const url = new URL(`${s.slug}/${v.lang}/`, base).href;
    const feed = renderMarkdown(v.markdown, url);
    return {
      ...v,
      url,
      feedHtml: feed.html,
      pageHtml: renderMarkdown(v.markdown, url, 1).html,
      description: v.summary ?? shorten(feed.firstParagraph),
      dir: directionOf(v.lang) ?? 'ltr',
    };
  });
  return { slug: s.slug, published: Date.parse(s.original.date!), versions, signatories: s.signatories, tags: s.tags, source: s };
}

/** A preview's description: up to about 300 characters, cut at a word. */
function shorten(text: string): string {
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200))}…`;
}

export function readPrivateKey(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new InputError([{ file, line: 1, column: 1, message: 'cannot read the key file' }]);
  }
  try {
    keysFromSeed(text);
  } catch (error) {
    const hint = text.length === 43 ? '' : ' (is this the .pub file? --key takes the private key)';
    throw new InputError([{ file, line: 1, column: 1, message: `not a private key: ${(error as Error).message}${hint}` }]);
  }
  return text;
}

function checkBaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (/^https?:$/.test(parsed.protocol)) return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
  } catch {
    /* reported below */
  }
  throw new UsageError(`--base-url ${url} is not an absolute http(s) address`);
}

/** OUT is replaced whole, so it must be empty, missing, or a previous build: never the sources or a home folder. */
function checkTarget(dir: string, out: string): void {
  if (out === dir || dir.startsWith(out + sep) || out.startsWith(dir + sep)) {
    throw new UsageError(`--out ${out} must be outside the statements folder ${dir}, and not contain it`);
  }
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new UsageError(`--out ${out} is a file, not a folder`);
  const names = readdirSync(out);
  if (names.length && !(names.includes('feed.json') && names.includes('_headers'))) {
    throw new UsageError(`--out ${out} holds other files and is not a previous build: choose an empty or new folder`);
  }
}

function widgetFiles(log: (line: string) => void): Map<string, Buffer> {
  const dist = join(repoRoot, 'dist');
  if (!WIDGET_FILES.every((f) => existsSync(join(dist, f)))) {
    log(`The widget is not built yet (${join(dist, 'icssi-statement.js')}): running \`npm run build\` in ${repoRoot} first.`);
    try {
      execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    } catch {
      throw new Error(`\`npm run build\` failed in ${repoRoot}: the site needs the widget from dist/.`);
    }
  }
  return new Map(WIDGET_FILES.map((f) => [f, readFileSync(join(dist, f))]));
}

/** The builder's partner snippet loads the publisher's own copy of the widget: no CDN sees the readers. */
function ownScript(builderHtml: string, scriptTag: string): string {
  return builderHtml.replace(/(<!-- snippet:start -->\n)[\s\S]*?\n([ \t]*<!-- snippet:end -->)/, (_, start: string, end: string) => `${start}${end.match(/^[ \t]*/)![0]}${scriptTag}\n${end}`);
}

function snippet(site: Site, scriptTag: string, publicKey?: string): string {
  const { config } = site;
  const newest = site.statements[0]?.versions[0];
  const attrs = [`src="${escapeAttr(site.feedUrl)}"`];
  if (publicKey) attrs.push(`key="${publicKey}"`);
  if (config.mirrors.length) attrs.push(`mirrors="${escapeAttr(config.mirrors.join(' '))}"`);
  const fallback = newest
    ? `<p><a href="${escapeAttr(newest.url)}" lang="${escapeAttr(newest.lang)}" dir="${newest.dir}">${escapeText(newest.title)}</a></p>`
    : `<p><a href="${escapeAttr(config.baseUrl)}">${escapeText(config.title)}</a></p>`;
  return `${scriptTag}\n\n<icssi-statement ${attrs.join(' ')}>\n  ${fallback}\n</icssi-statement>\n`;
}

/** Writes every file into a new folder beside `out`, then swaps it in with renames. */
function writeAside(out: string, files: Map<string, string | Buffer>): void {
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(out)}.building-`));
  let old: string | undefined;
  try {
    for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const path = join(tmp, name);
      if (relative(tmp, path).startsWith('..')) throw new Error(`refusing to write outside ${out}: ${name}`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    if (existsSync(out)) {
      old = `${tmp}.old`;
      renameSync(out, old);
    }
    renameSync(tmp, out);
  } catch (error) {
    if (old && !existsSync(out)) renameSync(old, out);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (old) rmSync(old, { recursive: true, force: true });
}
