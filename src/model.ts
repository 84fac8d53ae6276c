/** The normalised statement model that every stage after parsing shares, whatever the feed format. */

export interface Person {
  /** Plain text, never markup. */
  name: string;
  /** Absolute http(s)/mailto URL, already checked. */
  url?: string;
}

/** One language version of a statement: the original or a translation. */
export interface Version {
  /** BCP 47 tag as the feed gave it, or '' when unknown. */
  lang: string;
  /** Plain text, never markup. */
  title: string;
  /** Untrusted HTML exactly as the feed gave it; only render/sanitize may turn it into nodes. */
  html?: string;
  /** Plain-text body, used when there is no HTML. */
  text?: string;
  /** Plain-text summary. */
  summary?: string;
  /** Absolute link to this version on the publisher's site. */
  url?: string;
  /** Base URL for relative links and images inside `html`. */
  base: string;
}

export interface Statement {
  /** Stable id as a string (JSON Feed numeric ids become strings). */
  id: string;
  /** The original first, then translations. */
  versions: Version[];
  /** Milliseconds since the epoch, absent when the feed gave no parseable date. */
  published?: number;
  modified?: number;
  authors: Person[];
  signatories: Person[];
  tags: string[];
}

export interface Feed {
  title?: string;
  /** Feed-level language, the last resort for negotiation. */
  lang?: string;
  statements: Statement[];
  /** With `key`: the raw JSON Feed items the statements were built from and the address they resolve against, so a saved copy is verified again. */
  signed?: { url: string; items: unknown[] };
}
