/**
 * Reads a statements folder: `site.yaml`, and `<slug>/<lang>.md` files with YAML front matter. Every
 * problem in the whole folder is collected before anything is built.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDate } from '../../src/feed/dates.js';
import { Problems } from './problems.js';
import { readFields, type Fields } from './yaml-fields.js';

export interface Person {
  name: string;
  url?: string;
}

export interface SiteConfig {
  title: string;
  description?: string;
  homePageUrl?: string;
  /** Where the built folder is served, ending in `/`: every URL in the output starts here. */
  baseUrl: string;
  language: string;
  author?: Person;
  /** Feed URLs holding the same statements, tried in order when the feed itself cannot be read. */
  mirrors: string[];
}

export interface Version {
  file: string;
  lang: string;
  title: string;
  /** RFC 3339, as the author wrote it when it already was, else normalised to UTC. */
  date?: string;
  summary?: string;
  markdown: string;
}

export interface Statement {
  slug: string;
  original: Version;
  translations: Version[];
  signatories: Person[];
  tags: string[];
}

export const CONFIG_FILE = 'site.yaml';
const CONFIG_FIELDS = ['title', 'description', 'home_page_url', 'base_url', 'language', 'author', 'mirrors'];
const FRONT_MATTER_FIELDS = ['title', 'date', 'summary', 'original', 'signatories', 'tags'];
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A well-formed BCP 47 tag whose language CLDR knows (it has a likely script), in canonical case; else undefined. */
export function knownLanguage(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    const language = new Intl.Locale(canonical!).language;
    return new Intl.Locale(language).maximize().script ? canonical : undefined;
  } catch {
    return undefined;
  }
}

const absoluteHttp = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  try {
    const url = new URL(v);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function readSite(dir: string): { config: SiteConfig; statements: Statement[] } {
  const problems = new Problems();
  const config = readConfig(dir, problems);
  const statements = config ? readStatements(dir, config, problems) : [];
  problems.check();
  return { config: config!, statements };
}

function readConfig(dir: string, problems: Problems): SiteConfig | undefined {
  const file = join(dir, CONFIG_FILE);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    problems.add(file, 1, 1, `no ${CONFIG_FILE}: is ${dir} a statements folder? (\`icssi-statement init ${dir}\` makes one)`);
    return undefined;
  }
  const fields = readFields(source, file, 1, CONFIG_FIELDS, problems);
  if (!fields) return undefined;
  const { values: v } = fields;
  const bad = (name: string, message: string) => problems.add(file, ...fields.at(name), message);
  const title = text(v.title);
  if (!title) bad('title', 'no title: the feed needs a name (`title: …`)');
  let baseUrl = absoluteHttp(v.base_url);
  if (!baseUrl) bad('base_url', 'base_url must be the absolute http(s) address where the built folder will be served');
  else if (!baseUrl.endsWith('/')) baseUrl += '/';
  const language = typeof v.language === 'string' ? knownLanguage(v.language) : undefined;
  if (!language) bad('language', `unknown language tag ${JSON.stringify(v.language ?? '')} (a BCP 47 tag such as ar, en, ckb)`);
  const homePageUrl = v.home_page_url === undefined ? undefined : absoluteHttp(v.home_page_url);
  if (v.home_page_url !== undefined && !homePageUrl) bad('home_page_url', 'home_page_url must be an absolute http(s) address');
  const author = v.author === undefined ? undefined : person(v.author, fields, 'author', file, problems);
  const mirrors: string[] = [];
  if (v.mirrors !== undefined) {
    if (!Array.isArray(v.mirrors)) bad('mirrors', 'mirrors must be a list of feed addresses');
    else
      for (const m of v.mirrors) {
        const url = absoluteHttp(m);
        if (url) mirrors.push(url);
        else bad('mirrors', `mirror ${JSON.stringify(m)} is not an absolute http(s) address`);
      }
  }
  if (v.description !== undefined && !text(v.description)) bad('description', 'description must be text');
  return { title: title!, description: text(v.description), homePageUrl, baseUrl: baseUrl!, language: language!, author, mirrors };
}

function person(v: unknown, fields: Fields, field: string, file: string, problems: Problems): Person | undefined {
  const p = (v ?? {}) as Record<string, unknown>;
  const name = typeof v === 'object' && !Array.isArray(v) ? text(p.name) : undefined;
  if (!name) {
    problems.add(file, ...fields.at(field), `${field}: each entry needs a name (\`name: …\`, optional \`url: …\`)`);
    return undefined;
  }
  const url = p.url === undefined ? undefined : absoluteHttp(p.url);
  if (p.url !== undefined && !url) problems.add(file, ...fields.at(field), `${field}: url of "${name}" must be an absolute http(s) address`);
  return url ? { name, url } : { name };
}

interface ParsedFile {
  version: Version;
  original?: boolean;
  signatories?: Person[];
  tags?: string[];
  at: Fields['at'];
}

function readStatements(dir: string, config: SiteConfig, problems: Problems): Statement[] {
  const statements: Statement[] = [];
  const slugs = new Map<string, string>();
  const entries = readdirSync(dir).filter((name) => !/^[._]/.test(name) && statSync(join(dir, name)).isDirectory());
  for (const slug of entries.sort()) {
    const folder = join(dir, slug);
    const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
    if (!files.length) continue;
    const first = join(folder, files[0]!);
    if (!SLUG.test(slug)) problems.add(first, 1, 1, `the folder name "${slug}" is the statement's address: use letters, digits, - and _ only`);
    const key = slug.toLowerCase();
    const seen = slugs.get(key);
    // Two folders whose names differ only in case would be one address on many hosts.
    if (seen !== undefined) problems.add(first, 1, 1, `duplicate slug "${key}": ${join(dir, seen)} has the same address`);
    else slugs.set(key, slug);
    const parsed = files.flatMap((f) => readVersion(join(folder, f), problems) ?? []);
    const langs = new Map<string, string>();
    for (const p of parsed) {
      const other = langs.get(p.version.lang);
      if (other) problems.add(p.version.file, 1, 1, `${other} is already the ${p.version.lang} version`);
      langs.set(p.version.lang, p.version.file);
    }
    // A file that could not be read leaves the pairing undecided: reporting "no original" too would mislead.
    const statement = parsed.length === files.length ? pair(slug, parsed, config, problems) : undefined;
    if (statement) statements.push(statement);
  }
  return statements;
}

/** Decides the original: `original: true`, else the version in the site's language. */
function pair(slug: string, parsed: ParsedFile[], config: SiteConfig, problems: Problems): Statement | undefined {
  if (!parsed.length) return undefined;
  const marked = parsed.filter((p) => p.original === true);
  if (marked.length > 1) {
    for (const p of marked) problems.add(p.version.file, ...p.at('original'), `two originals: ${marked.map((m) => m.version.file).join(' and ')} both say original: true`);
    return undefined;
  }
  const original = marked[0] ?? parsed.find((p) => p.version.lang === config.language && p.original !== false);
  if (!original) {
    for (const p of parsed)
      problems.add(p.version.file, ...p.at('original'), `a translation with no original: no ${config.language}.md (the site's language) and no file with original: true in ${slug}/`);
    return undefined;
  }
  if (!original.version.date) problems.add(original.version.file, ...original.at('date'), 'no date: the original needs `date:` (ISO 8601, e.g. 2025-02-10T09:00:00+03:00)');
  const translations = parsed.filter((p) => p !== original);
  for (const t of translations) {
    for (const field of ['signatories', 'tags'] as const)
      if (t[field]) problems.add(t.version.file, ...t.at(field), `${field} belong on the original (${original.version.file}), which every version shares`);
  }
  return {
    slug,
    original: original.version,
    translations: translations.map((t) => t.version),
    signatories: original.signatories ?? [],
    tags: original.tags ?? [],
  };
}

function readVersion(file: string, problems: Problems): ParsedFile | undefined {
  const before = problems.list.length;
  const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const tag = file.replace(/^.*[\\/]/, '').slice(0, -3);
  const lang = knownLanguage(tag);
  if (!lang) problems.add(file, 1, 1, `unknown language tag "${tag}": name the file for its language (ar.md, en.md, ckb.md…)`);
  const open = /^---[ \t]*\r?\n/.exec(source);
  const close = open && /^---[ \t]*$/m.exec(source.slice(open[0].length));
  if (!open || !close) {
    problems.add(file, 1, 1, open ? 'bad front matter: no closing --- line' : 'bad front matter: the file must start with a line ---, then title: and date:, then ---');
    return undefined;
  }
  const yaml = source.slice(open[0].length, open[0].length + close.index);
  const fields = readFields(yaml, file, 2, FRONT_MATTER_FIELDS, problems);
  if (!fields || !lang) return undefined;
  const { values: v, at } = fields;
  const bad = (name: string, message: string) => problems.add(file, ...at(name), message);
  const title = text(v.title);
  if (!title) bad('title', v.title === undefined ? 'no title (`title: …` in the front matter)' : 'title must be text');
  let date: string | undefined;
  if (v.date !== undefined) {
    const ms = typeof v.date === 'string' ? parseIsoDate(v.date) : undefined;
    if (ms === undefined) bad('date', `unparseable date ${JSON.stringify(v.date)}: write ISO 8601, e.g. 2025-02-10T09:00:00+03:00`);
    else date = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(v.date as string) ? (v.date as string) : new Date(ms).toISOString();
  }
  if (v.summary !== undefined && !text(v.summary)) bad('summary', 'summary must be text');
  if (v.original !== undefined && typeof v.original !== 'boolean') bad('original', 'original must be true or false');
  let signatories: Person[] | undefined;
  if (v.signatories !== undefined) {
    if (!Array.isArray(v.signatories)) bad('signatories', 'signatories must be a list of `- name: …` entries');
    else signatories = v.signatories.flatMap((s) => person(s, fields, 'signatories', file, problems) ?? []);
  }
  let tags: string[] | undefined;
  if (v.tags !== undefined) {
    if (!Array.isArray(v.tags) || !v.tags.every((t) => typeof t === 'string' && t.trim())) bad('tags', 'tags must be a list of words');
    else tags = v.tags.map((t: string) => t.trim());
  }
  const markdown = source.slice(open[0].length + close.index + close[0].length).replace(/^\r?\n/, '');
  // A file with any problem takes no part in pairing: its other fields may be why it looks like a translation.
  if (!title || problems.list.length > before) return undefined;
  return {
    version: { file, lang, title, date, summary: text(v.summary), markdown },
    original: typeof v.original === 'boolean' ? v.original : undefined,
    signatories,
    tags,
    at,
  };
}
