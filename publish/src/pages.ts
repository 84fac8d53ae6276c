/**
 * One page per statement and language, readable with no script: the version's `lang` and `dir`,
 * `hreflang` alternates to the other versions, and Open Graph metadata for link previews
 * (WhatsApp, Telegram and Facebook read `og:*`).
 */
import { directionOf } from '../../src/locale/direction.js';
import { formatDate } from '../../src/render/format-date.js';
import { signedBy, word } from './chrome.js';
import { escapeAttr, escapeText } from './html.js';
import type { BuiltStatement, BuiltVersion, Site } from './model.js';

const languageName = (lang: string): string => new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang) ?? lang;

/** The date as the author wrote it (in the offset they gave), in the version's language. */
function localDate(iso: string, lang: string): string {
  const offset = /([+-])(\d\d):(\d\d)$/.exec(iso);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (+offset[2]! * 60 + +offset[3]!) : 0;
  // The tool runs with TZ=UTC (cli.ts), so shifting by the offset gives the author's calendar day.
  return formatDate(Date.parse(iso) + minutes * 60000, [lang]);
}

const ogLocale = (lang: string): string => lang.replace(/-/g, '_');

export function statementPage(site: Site, s: BuiltStatement, v: BuiltVersion): string {
  const { config } = site;
  const original = s.versions[0]!;
  const date = v.date ?? original.date!;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(v.title)} — ${escapeText(config.title)}</title>`,
    `<meta name="description" content="${escapeAttr(v.description)}">`,
    `<link rel="canonical" href="${escapeAttr(v.url)}">`,
    ...s.versions.map((o) => `<link rel="alternate" hreflang="${escapeAttr(o.lang)}" href="${escapeAttr(o.url)}">`),
    `<link rel="alternate" hreflang="x-default" href="${escapeAttr(original.url)}">`,
    `<link rel="alternate" type="application/feed+json" href="${escapeAttr(site.feedUrl)}" title="${escapeAttr(config.title)}">`,
    `<link rel="alternate" type="application/atom+xml" href="${escapeAttr(site.feedUrl.replace(/json$/, 'atom'))}" title="${escapeAttr(config.title)}">`,
    `<link rel="stylesheet" href="${escapeAttr(new URL('statement.css', config.baseUrl).href)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escapeAttr(v.title)}">`,
    `<meta property="og:description" content="${escapeAttr(v.description)}">`,
    `<meta property="og:url" content="${escapeAttr(v.url)}">`,
    `<meta property="og:site_name" content="${escapeAttr(config.title)}">`,
    `<meta property="og:locale" content="${escapeAttr(ogLocale(v.lang))}">`,
    ...s.versions.filter((o) => o !== v).map((o) => `<meta property="og:locale:alternate" content="${escapeAttr(ogLocale(o.lang))}">`),
    `<meta property="article:published_time" content="${escapeAttr(date)}">`,
    ...s.tags.map((t) => `<meta property="article:tag" content="${escapeAttr(t)}">`),
    '<meta name="twitter:card" content="summary">',
  ];
  // Each language's name in that language, marked up in it, so a screen reader says it right.
  const switcher =
    s.versions.length > 1
      ? `<nav aria-label="${escapeAttr(word('languages', v.lang))}"><ul>${s.versions
          .map((o) =>
            o === v
              ? `<li><span aria-current="page" lang="${escapeAttr(o.lang)}" dir="${o.dir}">${escapeText(languageName(o.lang))}</span></li>`
              : `<li><a href="${escapeAttr(o.url)}" hreflang="${escapeAttr(o.lang)}" lang="${escapeAttr(o.lang)}" dir="${o.dir}">${escapeText(languageName(o.lang))}</a></li>`,
          )
          .join('')}</ul></nav>\n`
      : '';
  const signatories = s.signatories.length
    ? `<section class="signatories"><h2>${escapeText(signedBy(s.signatories.length, v.lang))}</h2><ul>${s.signatories
        .map((p) => `<li><bdi>${p.url ? `<a href="${escapeAttr(p.url)}">${escapeText(p.name)}</a>` : escapeText(p.name)}</bdi></li>`)
        .join('')}</ul></section>\n`
    : '';
  const originalNote =
    v === original && s.versions.length > 1 ? ` · <span class="original">${escapeText(word('original', v.lang))}</span>` : '';
  return `<!doctype html>
<html lang="${escapeAttr(v.lang)}" dir="${v.dir}">
<head>
${head.join('\n')}
</head>
<body>
<header><a href="${escapeAttr(config.homePageUrl ?? config.baseUrl)}">${escapeText(config.title)}</a></header>
<main>
<article>
${switcher}<h1>${escapeText(v.title)}</h1>
<p class="date"><time datetime="${escapeAttr(date)}">${escapeText(localDate(date, v.lang))}</time>${originalNote}</p>
${v.pageHtml}
${signatories}</article>
</main>
</body>
</html>
`;
}

/** OUT/index.html: every statement, newest first, each version linked in its own language. */
export function indexPage(site: Site): string {
  const { config } = site;
  const items = site.statements
    .map(
      (s) =>
        `<li>${s.versions
          .map((v) => `<a href="${escapeAttr(v.url)}" hreflang="${escapeAttr(v.lang)}" lang="${escapeAttr(v.lang)}" dir="${v.dir}">${escapeText(v.title)}</a>`)
          .join(' · ')}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeAttr(config.language)}" dir="${directionOf(config.language) ?? 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(config.title)}</title>
<link rel="alternate" type="application/feed+json" href="${escapeAttr(site.feedUrl)}" title="${escapeAttr(config.title)}">
<link rel="alternate" type="application/atom+xml" href="${escapeAttr(site.feedUrl.replace(/json$/, 'atom'))}" title="${escapeAttr(config.title)}">
<link rel="stylesheet" href="statement.css">
<meta property="og:type" content="website">
<meta property="og:title" content="${escapeAttr(config.title)}">
<meta property="og:url" content="${escapeAttr(config.baseUrl)}">
${config.description ? `<meta property="og:description" content="${escapeAttr(config.description)}">\n` : ''}</head>
<body>
<main>
<h1>${escapeText(config.title)}</h1>
<ul class="statements">
${items}
</ul>
<p dir="ltr" lang="en"><a href="feed.json">JSON Feed</a> · <a href="feed.atom">Atom</a> · <a href="builder.html">Put a statement on your site or blog</a> · <a href="snippet.html">Snippet</a></p>
</main>
</body>
</html>
`;
}

export const STYLESHEET = `body { margin: 0 auto; max-width: 42rem; padding: 1rem; font: 1.125rem/1.6 system-ui, sans-serif; }
header a { font-weight: bold; text-decoration: none; }
nav ul, .signatories ul, .statements { padding-inline-start: 0; list-style: none; }
nav li { display: inline; margin-inline-end: 1em; }
nav [aria-current] { font-weight: bold; }
.date { color: #555; }
.statements li { margin-block: 0.75em; }
img { max-width: 100%; height: auto; }
`;
