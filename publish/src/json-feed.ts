/** OUT/feed.json: JSON Feed 1.1 with `_icssi` translations and signatories (docs/feed-format.md), each item signed when a key is given. */
import type { Site } from './model.js';
import { signItem } from './signature.js';

export function jsonFeed(site: Site, privateKey?: string): string {
  const { config } = site;
  const authors = config.author ? [config.author] : undefined;
  const items = site.statements.map((s) => {
    const [original, ...translations] = s.versions;
    const item: Record<string, unknown> = {
      id: s.slug,
      url: original!.url,
      title: original!.title,
      content_html: original!.feedHtml,
      summary: original!.summary,
      date_published: original!.date,
      authors,
      tags: s.tags.length ? s.tags : undefined,
      language: original!.lang,
      _icssi: {
        translations: translations.length
          ? translations.map((t) => ({ language: t.lang, title: t.title, content_html: t.feedHtml, summary: t.summary, url: t.url }))
          : undefined,
        signatories: s.signatories.length ? s.signatories : undefined,
      },
    };
    // Signed as published: the same object, its undefined members dropped, as JSON.stringify writes it.
    const published = JSON.parse(JSON.stringify(item)) as Record<string, unknown> & { _icssi: Record<string, unknown> };
    if (privateKey) published._icssi.signature = signItem(published, privateKey);
    return published;
  });
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: config.title,
    home_page_url: config.homePageUrl ?? config.baseUrl,
    feed_url: site.feedUrl,
    description: config.description,
    language: config.language,
    authors,
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
