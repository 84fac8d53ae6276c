/**
 * OUT/feed.atom for feed readers: one entry per language version, the versions linked to each other
 * by `hreflang` alternates, which is how the widget pairs translations in Atom (docs/feed-format.md).
 */
import { escapeAttr, escapeText } from './html.js';
import type { Site } from './model.js';

export function atomFeed(site: Site): string {
  const { config } = site;
  const author = config.author ?? { name: config.title };
  const authorXml = `<author><name>${escapeText(author.name)}</name>${author.url ? `<uri>${escapeText(author.url)}</uri>` : ''}</author>`;
  // The newest statement's date, never the clock: the same input gives the same file.
  const updated = site.statements[0] ? new Date(site.statements[0].published).toISOString() : '1970-01-01T00:00:00.000Z';
  const entries = site.statements.flatMap((s) =>
    s.versions.map((v) => {
      const others = s.versions.filter((o) => o !== v);
      const date = v.date ?? s.versions[0]!.date!;
      return `  <entry xml:lang="${escapeAttr(v.lang)}">
    <id>${escapeText(v.url)}</id>
    <title type="text">${escapeText(v.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeAttr(v.url)}"/>
${others.map((o) => `    <link rel="alternate" type="text/html" hreflang="${escapeAttr(o.lang)}" href="${escapeAttr(o.url)}"/>\n`).join('')}    <published>${date}</published>
    <updated>${date}</updated>
    ${authorXml}
${s.tags.map((t) => `    <category term="${escapeAttr(t)}"/>\n`).join('')}${v.summary ? `    <summary type="text">${escapeText(v.summary)}</summary>\n` : ''}    <content type="html">${escapeText(v.feedHtml)}</content>
  </entry>
`;
    }),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeAttr(config.language)}">
  <title type="text">${escapeText(config.title)}</title>
${config.description ? `  <subtitle type="text">${escapeText(config.description)}</subtitle>\n` : ''}  <id>${escapeText(site.feedUrl.replace(/json$/, 'atom'))}</id>
  <link rel="self" type="application/atom+xml" href="${escapeAttr(site.feedUrl.replace(/json$/, 'atom'))}"/>
  <link rel="alternate" type="text/html" href="${escapeAttr(config.homePageUrl ?? config.baseUrl)}"/>
  <updated>${updated}</updated>
  ${authorXml}
${entries.join('')}</feed>
`;
}
