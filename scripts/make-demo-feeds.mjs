// Builds the demo and test feeds from the seed statement in demo/seed/ (Arabic original, English translation).
// Run with `npm run feeds`; the output is committed so the demo and tests need no build step.
import { readFileSync, writeFileSync } from 'node:fs';

const seed = (name) => {
  const [org, about, title, ...body] = readFileSync(new URL(`../demo/seed/${name}`, import.meta.url), 'utf8')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
  return { org, about, title, body };
};

const ar = seed('statement-nasiriyah.txt');
const en = seed('statement-nasiriyah.en.txt');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (ps) => ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

export const statement = {
  id: 'nasiriyah-2025-02',
  home: 'https://www.iraqicivilsociety.org/',
  url: 'https://www.iraqicivilsociety.org/?p=nasiriyah-2025-02',
  urlEn: 'https://www.iraqicivilsociety.org/?p=nasiriyah-2025-02&lang=en',
  published: '2025-02-10T06:00:00.000Z',
  ar: { ...ar, html: paragraphs(ar.body), summary: ar.body[0] },
  en: { ...en, html: paragraphs(en.body), summary: en.body[0] },
};

const jsonFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: ar.org,
  home_page_url: statement.home,
  description: en.about,
  language: 'ar',
  items: [
    {
      id: statement.id,
      url: statement.url,
      title: ar.title,
      content_html: statement.ar.html,
      summary: statement.ar.summary,
      date_published: '2025-02-10T09:00:00+03:00',
      authors: [{ name: ar.org, url: statement.home }],
      tags: ['العراق', 'الناصرية', 'حرية التعبير'],
      language: 'ar',
      _icssi: {
        translations: [
          { language: 'en', title: en.title, content_html: statement.en.html, summary: statement.en.summary, url: statement.urlEn },
        ],
        signatories: [{ name: en.org, url: statement.home }],
      },
    },
  ],
};

writeFileSync(new URL('../demo/feeds/nasiriyah.json', import.meta.url), JSON.stringify(jsonFeed, null, 2) + '\n');

// The same statement with no translation: what an English page shows when only the Arabic original exists.
const originalOnly = structuredClone(jsonFeed);
delete originalOnly.items[0]._icssi.translations;
writeFileSync(new URL('../demo/feeds/nasiriyah-original.json', import.meta.url), JSON.stringify(originalOnly, null, 2) + '\n');

// The same statement in the three other formats a partner's site already publishes. Each lists the
// English translation first with a later date, as WordPress and Blogger do (newest first): the
// parsers must still pick the Arabic original, by date, and pair the two into one statement.
const enPublished = '2025-02-10T08:30:00.000Z';
const rfc822 = (iso) => new Date(iso).toUTCString().replace('GMT', '+0000');
const escapeXml = (s) => escapeHtml(s).replace(/"/g, '&quot;');
const cdata = (s) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const tags = jsonFeed.items[0].tags;
const write = (name, text) => writeFileSync(new URL(`../demo/feeds/${name}`, import.meta.url), text);

// WordPress's own RSS 2.0 template (wp-includes/feed-rss2.php). A translation is named, in both
// directions, by <atom:link rel="alternate" hreflang> pointing at the other item's <link>.
const rssItem = (v, url, otherLang, otherUrl, published, extra = '') => `
	<item>
		<title>${escapeXml(v.title)}</title>
		<link>${escapeXml(url)}</link>
		<dc:creator>${cdata(ar.org)}</dc:creator>
		<pubDate>${rfc822(published)}</pubDate>
${tags.map((t) => `		<category>${cdata(t)}</category>\n`).join('')}		<guid isPermaLink="false">${escapeXml(url)}</guid>
		<description>${cdata(v.summary)}</description>
		<content:encoded>${cdata(v.html)}</content:encoded>
		<atom:link rel="alternate" hreflang="${otherLang}" href="${escapeXml(otherUrl)}" />${extra}
	</item>`;
write(
  'nasiriyah.rss',
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>${escapeXml(ar.org)}</title>
	<atom:link href="${statement.home}feed/" rel="self" type="application/rss+xml" />
	<link>${statement.home}</link>
	<description>${escapeXml(en.about)}</description>
	<lastBuildDate>${rfc822(enPublished)}</lastBuildDate>
	<language>ar</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.7.1</generator>
${rssItem(statement.en, statement.urlEn, 'ar', statement.url, enPublished, '\n\t\t<dc:language>en</dc:language>')}
${rssItem(statement.ar, statement.url, 'en', statement.urlEn, statement.published)}
	</channel>
</rss>
`,
);

// Atom 1.0: the translation is a second entry with its own xml:lang, linked both ways by hreflang alternates.
const atomEntry = (v, id, url, otherLang, otherUrl, published, lang = '') => `
  <entry${lang && ` xml:lang="${lang}"`}>
    <id>tag:iraqicivilsociety.org,2025:${id}</id>
    <title type="text">${escapeXml(v.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <link rel="alternate" type="text/html" hreflang="${otherLang}" href="${escapeXml(otherUrl)}"/>
    <published>${published}</published>
    <updated>${published}</updated>
    <author><name>${escapeXml(ar.org)}</name><uri>${statement.home}</uri></author>
${tags.map((t) => `    <category term="${escapeXml(t)}"/>\n`).join('')}    <summary type="text">${escapeXml(v.summary)}</summary>
    <content type="html">${escapeXml(v.html)}</content>
  </entry>`;
write(
  'nasiriyah.atom',
  `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title type="text">${escapeXml(ar.org)}</title>
  <subtitle type="text">${escapeXml(en.about)}</subtitle>
  <id>${statement.home}</id>
  <link rel="alternate" type="text/html" href="${statement.home}"/>
  <link rel="self" type="application/atom+xml" href="${statement.home}feed/atom/"/>
  <updated>${enPublished}</updated>
${atomEntry(statement.en, `${statement.id}-en`, statement.urlEn, 'ar', statement.url, enPublished, 'en')}
${atomEntry(statement.ar, statement.id, statement.url, 'en', statement.urlEn, statement.published)}
</feed>
`,
);

// WordPress REST (/wp-json/wp/v2/posts?_embed) with Polylang's `lang` and `translations` fields.
const wpPost = (v, id, url, lang, published) => ({
  id,
  date: published.replace(/\.000Z$/, '').replace(/T(\d\d)/, (_, h) => `T${String(+h + 3).padStart(2, '0')}`),
  date_gmt: published.replace(/\.000Z$/, ''),
  guid: { rendered: `${statement.home}?p=${id}` },
  modified_gmt: published.replace(/\.000Z$/, ''),
  slug: statement.id,
  status: 'publish',
  type: 'post',
  link: url,
  title: { rendered: escapeHtml(v.title) },
  content: { rendered: `${v.html}\n`, protected: false },
  excerpt: { rendered: `<p>${escapeHtml(v.summary)}</p>\n`, protected: false },
  author: 1,
  lang,
  translations: { ar: 1201, en: 1202 },
  _embedded: {
    author: [{ id: 1, name: ar.org, link: statement.home }],
    'wp:term': [[], tags.map((name, i) => ({ id: 10 + i, name, taxonomy: 'post_tag' }))],
  },
});
write(
  'nasiriyah.wp.json',
  JSON.stringify(
    [wpPost(statement.en, 1202, statement.urlEn, 'en', enPublished), wpPost(statement.ar, 1201, statement.url, 'ar', statement.published)],
    null,
    2,
  ) + '\n',
);
