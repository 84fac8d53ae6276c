// Large feeds for the scale benchmark, generated from the seed statement so they look like the real thing.

const entities = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (s) => s.replace(/[<>&"']/g, (c) => entities[c]);

/** `count` statements, newest first, one per day, each with the seed's English text (about 1.7 KB of HTML). */
function statements(seed, count) {
  const item = seed.items[0];
  const en = item._icssi.translations.find((t) => t.language === 'en');
  // Whole paragraphs up to ~1.6 KB, so 1,000 items make a feed of about 2 MB.
  let html = '';
  for (const p of en.content_html.split(/(?<=<\/p>)/)) if (html.length < 1600) html += p;
  const start = Date.parse(item.date_published);
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    url: `https://www.iraqicivilsociety.org/?p=bench-${i}`,
    title: `${en.title} (${i + 1})`,
    html,
    date: new Date(start - i * 86_400_000),
  }));
}

export function makeJsonFeed(seed, count) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: seed.title,
    home_page_url: seed.home_page_url,
    language: 'en',
    items: statements(seed, count).map((s) => ({
      id: s.id,
      url: s.url,
      title: s.title,
      content_html: s.html,
      date_published: s.date.toISOString(),
      language: 'en',
    })),
  });
}

export function makeRss(seed, count) {
  const items = statements(seed, count).map(
    (s) => `<item><title>${escapeXml(s.title)}</title><link>${escapeXml(s.url)}</link>` +
      `<guid isPermaLink="false">${s.id}</guid><pubDate>${s.date.toUTCString()}</pubDate>` +
      `<description>${escapeXml(s.html)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(seed.title)}</title>` +
    `<link>${escapeXml(seed.home_page_url)}</link><description>${escapeXml(seed.description)}</description>` +
    `<language>en</language>\n${items.join('\n')}\n</channel></rss>\n`;
}
