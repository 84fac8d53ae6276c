/** The three layouts — the whole statement, a card, a list of cards — as Lit templates around the sanitised body. */
import { html, noChange, nothing } from 'lit';
import { msg } from '@lit/localize';
import { firstWords } from '../feed/text.js';
import { versionDir } from './content.js';
import { shareButton } from './share.js';
import { firstParagraph, summaryOf } from './summary.js';
import type { Statement, Version } from '../model.js';

export type Layout = 'full' | 'card' | 'list';

export interface Shown {
  statement: Statement;
  version: Version;
}

export interface LayoutContext {
  /** Level (1–6) of every statement title. */
  level: number;
  /** Ids of the statements whose card the reader has expanded; the layout calls `toggled()` after changing it. */
  open: Set<string>;
  toggled(): void;
  /** The `part="body"` element of a version. */
  body(version: Version): HTMLElement;
  /** A date in the reader's language. */
  date(ms: number): string;
  /** The language switcher of a statement with translations (render/language-switcher.ts). */
  languages(shown: Shown): unknown;
  /** Who signed (render/signatories.ts); `i` keeps its ids unique in a list. */
  signatories(statement: Statement, i: number): unknown;
  /** The `verified` mark of a statement whose signature checked out, or nothing without `key`. */
  verified(statement: Statement): unknown;
  /** Build closed list items' bodies too: the page is about to print. */
  printing: boolean;
  /** How many leading list items are as the last render left them (the list only grew): they are not rendered again. */
  kept: number;
}

/** `items` holds one statement, except in the list layout. */
export function renderLayout(layout: Layout, items: readonly Shown[], ctx: LayoutContext) {
  return layout === 'list'
    ? html`<ul part="list" class="list">
        ${items.map((item, i) => (i < ctx.kept ? noChange : html`<li part="item" class="item">${statement(item, ctx, true, i, ctx.printing)}</li>`))}
      </ul>`
    : statement(items[0]!, ctx, layout === 'card', 0, true);
}

/**
 * One statement. A collapsible one (card, list item) shows its summary and a disclosure button that
 * expands the body in place; ids are per position, since feed ids are untrusted strings. What a closed
 * list item hides (body, signatories, actions) is not rendered until it is opened (or printed): a list
 * of a thousand statements would otherwise build a thousand of each that nobody has asked to read.
 */
function statement({ statement, version }: Shown, ctx: LayoutContext, collapsible: boolean, i: number, eager: boolean) {
  const dir = versionDir(version);
  const open = !collapsible || ctx.open.has(statement.id);
  const body = open || eager ? ctx.body(version) : undefined;
  return html`<article part="article" class="article">
    <header>
      <div role="heading" aria-level=${ctx.level} part="title" class="title" id="title-${i}" lang=${version.lang} dir=${dir}>
        ${version.title || firstWords(firstParagraph(version))}
      </div>
      ${statement.published === undefined
        ? nothing
        : html`<time part="date" class="date" datetime=${new Date(statement.published).toISOString()}
            >${ctx.date(statement.published)}</time
          >`}
      ${ctx.verified(statement)} ${ctx.languages({ statement, version })}
    </header>
    ${collapsible
      ? html`<p part="summary" class="summary" lang=${version.lang} dir=${dir} ?hidden=${open}>
          ${summaryOf(version)}
        </p>`
      : nothing}
    <div class="more" id="more-${i}" ?hidden=${!open}>
      ${body
        ? html`${body} ${ctx.signatories(statement, i)}
          ${version.url
            ? html`<p part="actions" class="actions">
                <a part="link" href=${version.url} target="_blank" rel="noopener noreferrer"
                  >${msg('Read the full statement', { id: 'read-full' })}</a
                >
                ${shareButton(version.title, version.url)}
              </p>`
            : nothing}`
        : nothing}
    </div>
    ${collapsible
      ? html`<button
          type="button"
          part="button toggle"
          class="button"
          aria-expanded=${open}
          aria-controls="more-${i}"
          aria-describedby="title-${i}"
          @click=${() => {
            if (!ctx.open.delete(statement.id)) ctx.open.add(statement.id);
            ctx.toggled();
          }}
        >
          ${open ? msg('Show less', { id: 'show-less' }) : msg('Read more', { id: 'read-more' })}
        </button>`
      : nothing}
  </article>`;
}

