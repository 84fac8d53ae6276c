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
