/** The `<icssi-statement>` element: properties, controllers and the template. Parsing happens elsewhere. */
import { LitElement, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { FeedController } from './controllers/feed-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { FeedError } from './feed/errors.js';
import { chooseStatement, newestFirst } from './choose/statement.js';
import { chooseVersion } from './choose/version.js';
import { directionOf } from './locale/direction.js';
import { inLocale, uiLocales, type UiLocale } from './locale/localization.js';
import { negotiate, regionalTag } from './locale/negotiate.js';
import { afterPaint, nextTask } from './render/after-paint.js';
import { bodyFor } from './render/content.js';
import { dateFormat } from './render/format-date.js';
import { errorMessage, savedCopyMessage } from './render/messages.js';
import { timeAgo } from './render/relative-time.js';
import { renderLayout, type Layout, type Shown } from './render/layouts.js';
import { languageSwitcher } from './render/language-switcher.js';
import { signatories } from './render/signatories.js';
import { verifiedMark } from './render/verified.js';
import type { Statement, Version } from './model.js';
import { styles } from './icssi-statement.styles.js';

export type State = 'loading' | 'ready' | 'error';

// A list paints what fills a screen first, then grows a chunk per task, each chunk sized from the last
// one's pace to take about 25 ms on this device (render and the frame after it), well under a long task.
const FIRST_SCREEN = 10;
const CHUNK_MS = 25;

export interface LoadDetail {
  src: string;
  statement: string;
  /** Language of the version shown. */
  lang: string;
  /** True when `key` is set: the statement's signature verified against one of its keys. */
  verified: boolean;
}

export interface ErrorDetail {
  src: string;
  code: FeedError['code'];
  /** The localised message the reader sees. */
  message: string;
  status?: number;
}

/**
 * Shows a civil-society statement from a feed, in the reader's language and direction.
 *
 * @summary Embeds an ICSSI statement from a JSON Feed.
 *
 * @slot - Fallback content: shown while loading and on error (a blogger's snippet carries the statement text here).
 *
 * @csspart article - The `<article>` around a shown statement (each statement of a list).
 * @csspart title - The statement's heading.
 * @csspart date - The `<time>` of publication.
 * @csspart body - The statement text, with the `lang` and `dir` of the version shown.
 * @csspart summary - The summary a card shows while collapsed.
 * @csspart actions - The paragraph holding `link` and `share`.
 * @csspart link - "Read the full statement".
 * @csspart button - Every button; each also has its own part: `toggle`, `share`, `load-image`.
 * @csspart toggle - The "Read more" / "Show less" disclosure button of a card.
 * @csspart share - "Share" (Web Share API), or "Copy link" where the browser has no share sheet.
 * @csspart copied - The polite live region that says "Link copied".
 * @csspart list - The `<ul>` of the list layout.
 * @csspart item - Each `<li>` of the list layout.
 * @csspart error - The message shown on error (`role="alert"`).
 * @csspart status - The loading message shown when there is no fallback content, once loading has taken 0.3 s.
 * @csspart verified - “Verified: ICSSI”, with `key` set: the statement's signature verified; names the publisher from the signed item (its first author, else its link's host).
 * @csspart stale - “Saved copy from 3 days ago”: the feed could not be loaded and its last good copy is shown.
 *
 * @cssproperty --icssi-color - Text colour. Default: the page's, or the theme's.
 * @cssproperty --icssi-background - Background. Default: transparent, or the theme's.
 * @cssproperty --icssi-accent - Links, buttons and focus rings.
 * @cssproperty --icssi-muted - Dates and secondary text.
 * @cssproperty --icssi-border - Lines between list items.
 * @cssproperty --icssi-font-latin - Font family for Latin-script text.
 * @cssproperty --icssi-font-arabic - Font family for Arabic-script text (Arabic, Sorani).
 * @cssproperty --icssi-radius - Corner radius of the themed box and the buttons.
 * @cssproperty --icssi-spacing - The gap between parts, and the themed box's padding.
 *
 * @event icssi-load - A statement is shown. `detail`: `{ src, statement, lang, verified }`: `src` is the address that served it (`src` or a mirror); `verified` is true when `key` is set.
 * @event icssi-error - Loading failed (`unverified`: with `key`, no signature verified). `detail`: `{ src, code, message, status? }`.
 */
export class IcssiStatement extends LitElement {
  static override styles = styles;
  static override properties = {
    src: {},
    statement: {},
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    images: {},
    proxy: {},
    fallback: {},
    layout: {},
    limit: { type: Number },
    theme: { reflect: true },
    cache: {},
    key: {},
    mirrors: {},
    state: { reflect: true },
  };

  /** Feed URL, resolved against the page. */
  src = '';

  /** Id of the statement to show; the newest by date when empty. */
  statement = '';

  /** Milliseconds before the feed request is abandoned; each address (`src`, then each mirror) gets the whole timeout. */
  timeout = 10000;

  /** Largest feed body accepted, in bytes. */
  maxBytes = 5_000_000;

  /** Level (1–6) of the statement's heading, to fit the partner's page outline. */
  headingLevel = 2;

  /** Image origins allowed to load beside the feed's own: a space-separated list of origins, or `*`. */
  images = '';

  /** The partner's own proxy, for a feed that does not allow other sites to read it: the feed URL is appended, URL-encoded. Never a third party's by default. */
  proxy = '';

  /** Id of fallback content outside the element (where a blog's editor moved it): hidden while a statement is shown. */
  fallback = '';

  /** The publisher's Ed25519 public keys (base64url, space-separated): only statements signed with one of them are shown. Needs a secure context: elsewhere nothing is shown (`unverified`). */
  key = '';

  /** More feed URLs holding the same statements (space-separated), each tried in order when the one before fails. */
  mirrors = '';

  /** `off`: keep no saved copy of the feed in this browser, and show none. */
  cache = '';

  /** `full`: the whole statement; `card`: title, date, summary and "Read more"; `list`: the newest `limit` statements as cards. */
  layout: Layout = 'full';

  /** How many statements the list layout shows, newest first. */
  limit = 5;

  /** `light` or `dark`: readable colours on a background of their own; `auto`: either, following the reader's system; empty: the page's colours on a transparent background. */
  theme: '' | 'light' | 'dark' | 'auto' = '';

  /** Lifecycle state, reflected for styling: `loading`, `ready` or `error`. */
  state: State = 'loading';

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, () => ({
    // An empty or unusable `src` leaves the mirrors first: they hold the same statements.
    urls: [this.src, ...this.mirrors.split(/\s+/)].map((u) => this.#address(u.trim())).filter(Boolean),
    timeout: this.timeout > 0 ? this.timeout : 10000,
    maxBytes: this.maxBytes > 0 ? this.maxBytes : 5_000_000,
    cache: this.cache !== 'off',
    keys: this.key.trim(),
    want: this.layout === 'list' ? '' : this.statement.trim(),
  }));

  /** The UI language, negotiated in willUpdate before every render. */
  #ui!: UiLocale;
  #shown?: Shown & { readerLang: string };
  /** What the layout shows: the chosen statement, or the newest `limit` for a list. */
  #items: Shown[] = [];
  /** Statements whose card the reader has expanded. */
  readonly #open = new Set<string>();
  /** The version the reader picked with the language switcher, per statement id: a choice for this element only. */
  readonly #picked = new Map<string, Version>();
  /** Statements whose whole list of signatories the reader has opened. */
  readonly #signed = new Set<string>();
  /** The reader's tag for the UI language (`ar-IQ`), so counts use the reader's digits; set with `#ui`. */
  #numbers!: string;
  #error?: FeedError;
  /** What `updated()` last announced with an event. */
  #announced?: string;
  #printing = false;
  /** True once loading has taken long enough to say so: a feed that arrives at once never flashes the message. */
  #slow = false;
  /**
   * False until a statement is on screen: its first paint leaves out what needs `Intl`'s costly first
   * use (the date, the count of signatories), whose space is kept, and fills it in a frame later.
   */
  #details = false;
  /** How many of the list's statements are rendered: a screenful first, then a chunk per task. */
  #rendered = FIRST_SCREEN;
  /** How many statements the layout shows once it is complete. */
  #total = 0;
  /** Set for a render that only adds a chunk: the statements already rendered stay as they are. */
  #kept = 0;
  /** Statements the next chunk adds, and when the last chunk began. */
  #chunk = 20;
  #chunkAt = 0;
  /** The next step of that work, which `updateComplete` waits for. */
  #next?: Promise<void>;
  // Printing is synchronous: render every list body before the page is laid out for paper.
  readonly #onPrint = (e: Event) => {
    this.#printing = e.type === 'beforeprint';
    if (this.layout !== 'list') return;
    this.requestUpdate();
    if (this.#printing) this.performUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    setTimeout(() => {
      this.#slow = true;
      if (this.state === 'loading') this.requestUpdate();
    }, 300);
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
  }

  /** A feed address resolved against the page and routed through `proxy`; '' when it is no URL. */
  #address(address: string): string {
    const proxy = this.proxy.trim();
    try {
      const url = address && new URL(address, document.baseURI).href;
      return url && proxy ? new URL(proxy + encodeURIComponent(url), document.baseURI).href : url;
    } catch {
      return '';
    }
  }

  /** Fetches the feed again, bypassing the copy already loaded on this page. */
  reload(): void {
    this.#feed.reload();
  }

  protected override willUpdate(): void {
    const feed = this.#feed.feed;
    const readerLangs = this.#locale.readerLangs;
    const langs = feed?.lang ? [...readerLangs, feed.lang] : readerLangs;
    this.#ui = uiLocales[Math.max(0, negotiate(langs, uiLocales))]!;
    this.#numbers = regionalTag(langs, this.#ui);
    this.#shown = undefined;
    this.#error = this.#feed.error;
    // A saved copy is shown while the feed is asked again; only a loaded feed can lack the statement.
    if (feed) {
      const list = this.layout === 'list';
      const statement = chooseStatement(feed, list ? '' : this.statement.trim());
      if (statement) {
        this.#shown = { statement, version: this.#version(statement, langs), readerLang: langs[0] ?? this.#ui };
        const all = list ? newestFirst(feed.statements).slice(0, Math.max(1, this.limit) || 5) : [statement];
        this.#total = all.length;
        if (!this.#kept) this.#items = [];
        // Only what this render shows: versions are chosen for the statements rendered so far.
        this.#items = all
          .slice(0, this.#printing ? undefined : this.#rendered)
          .map((s, i) => this.#items[i] ?? (s === statement ? this.#shown! : { statement: s, version: this.#version(s, langs) }));
      } else if (this.#feed.status === 'ready') {
        // With a key, a statement not among the verified ones may be one that was refused: nothing tells them apart.
        this.#error = new FeedError(this.key.trim() ? 'unverified' : 'not-found');
      }
    }
    this.state = this.#shown ? 'ready' : this.#error ? 'error' : 'loading';
    this.setAttribute('aria-busy', String(this.state === 'loading'));
  }

  // Every msg() reached while rendering speaks this element's UI language.
  protected override update(changed: Map<PropertyKey, unknown>): void {
    inLocale(this.#ui, () => super.update(changed));
  }

  protected override render() {
    const chromeDir = directionOf(this.#ui) ?? 'ltr';
    return html`<div class="chrome" lang=${this.#ui} dir=${chromeDir}>
      ${this.#shown ? this.#renderStatement() : this.#renderWaiting()}
    </div>`;
  }

  #renderWaiting() {
    return html`${this.#error
        ? html`<p part="error" class="error" role="alert">${errorMessage(this.#error)}</p>`
        : nothing}
      <slot>${this.#error || !this.#slow ? nothing : html`<p part="status" class="status">${msg('Loading statement…', { id: 'loading' })}</p>`}</slot>`;
  }

  #renderStatement() {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const src = this.#feed.src!;
    const extra = this.images.trim().split(/\s+/).filter(Boolean);
    const layout = (['card', 'list'] as const).find((l) => l === this.layout) ?? 'full';
    return html`${this.#feed.savedAt === undefined
        ? nothing
        : html`<p part="stale" class="stale" role="status">${savedCopyMessage(timeAgo(this.#feed.savedAt, this.#ui))}</p>`}
      ${renderLayout(layout, this.#items, {
        level,
        open: this.#open,
        toggled: () => this.requestUpdate(),
        body: (v) => bodyFor(v, { headingLevel: level, imageOrigins: [new URL(src).origin, ...extra], uiLocale: this.#ui }, this),
        date: this.#details ? this.#date() : () => '\u00a0',
        languages: ({ statement, version }) =>
          languageSwitcher(statement.versions, version, (v) => this.#pick(statement, v), this.#picked.has(statement.id)),
        printing: this.#printing,
        kept: this.#kept,
        verified: (s) => (this.key.trim() ? verifiedMark(s, src) : nothing),
        signatories: (s, i) =>
          signatories(s.signatories, this.#signed.has(s.id), () => this.#toggleSigned(s), this.#details && this.#numbers, i),
      })}`;
  }

  // Dates follow the reader's own language (an Italian reader sees an Italian date) where the browser knows it.
  #date = () => dateFormat([this.#shown!.readerLang, this.#ui]);

  /** The version the reader picked for `s`, else the best for their languages. */
  #version(s: Statement, langs: readonly string[]): Version {
    const picked = this.#picked.get(s.id);
    return picked && s.versions.includes(picked) ? picked : chooseVersion(s, langs);
  }

  // Switching language re-renders from the feed already loaded: nothing is fetched.
  #pick(s: Statement, v: Version): void {
    this.#picked.set(s.id, v);
    this.requestUpdate();
  }

  #toggleSigned(s: Statement): void {
    if (!this.#signed.delete(s.id)) this.#signed.add(s.id);
    this.requestUpdate();
  }

  protected override updated(): void {
    document.getElementById(this.fallback)?.toggleAttribute('hidden', !!this.#shown);
    this.#kept = 0;
    if (this.#shown && (!this.#details || this.#rendered < this.#total)) {
      // The first date formatter costs Chromium 25–40 ms: built in a task of its own, before the details render.
      this.#next ??= (this.#details ? nextTask() : afterPaint().then(() => (this.#date(), nextTask()))).then(() => {
        this.#next = undefined;
        // Nothing else can change before this render: it runs in this task, and the reader's input comes in its own.
        if (this.#details) {
          const now = performance.now();
          if (this.#chunkAt) this.#chunk = Math.min(2 * this.#chunk, Math.max(10, Math.round((this.#chunk * CHUNK_MS) / (now - this.#chunkAt))));
          this.#chunkAt = now;
          this.#rendered = (this.#kept = this.#rendered) + this.#chunk;
        }
        this.#details = true;
        this.requestUpdate();
      });
      // The statement is announced once its details are in.
      if (!this.#details) return;
    }
    const key = this.#shown
      ? `ready\n${this.#shown.statement.id}\n${this.#shown.version.lang}`
      : this.#error
        ? `error\n${this.#error.code}\n${this.#ui}`
        : '';
    if (key === this.#announced) return;
    this.#announced = key;
    if (this.#shown) {
      this.#emit<LoadDetail>('icssi-load', {
        src: this.#feed.src!,
        statement: this.#shown.statement.id,
        lang: this.#shown.version.lang,
        verified: !!this.key.trim(),
      });
    } else if (this.#error) {
      const error = this.#error;
      this.#emit<ErrorDetail>('icssi-error', {
        src: this.#feed.src ?? '',
        code: error.code,
        message: inLocale(this.#ui, () => errorMessage(error)),
        status: error.status,
      });
    }
  }

  /** Also waits for what follows the first paint: the details, and every statement of a list. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#next) {
      await this.#next;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}
