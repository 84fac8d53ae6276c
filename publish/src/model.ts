/** A statement ready to write: every version's HTML rendered, every URL absolute. */
import type { Person, SiteConfig, Statement, Version } from './source.js';

export interface BuiltVersion extends Version {
  /** The version's page, `<base>/<slug>/<lang>/`. */
  url: string;
  /** For the feed: the author's heading levels, links absolute. */
  feedHtml: string;
  /** For the page: headings below the page's title. */
  pageHtml: string;
  /** The summary, else the first paragraph: what a shared link's preview shows. */
  description: string;
  dir: 'ltr' | 'rtl';
}

export interface BuiltStatement {
  slug: string;
  /** Milliseconds since the epoch of the original's date. */
  published: number;
  versions: BuiltVersion[];
  signatories: Person[];
  tags: string[];
  source: Statement;
}

export interface Site {
  config: SiteConfig;
  /** Newest first. */
  statements: BuiltStatement[];
  feedUrl: string;
}
