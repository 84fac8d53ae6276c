/** Who signed a statement: a count in the UI language, the first names, and a button for the rest. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Person } from '../model.js';
import { plural } from '../locale/plural.js';

// Five names show the breadth of support without pushing the statement's link far down; a list
// only one longer is shown whole, since a button to reveal a single name costs more than the name.
const FEW = 5;

/**
 * The `signatories` part, or nothing when nobody signed. Each name is bidi-isolated (`dir="auto"`)
 * so an Arabic name in an English list, or the reverse, cannot reorder its neighbours. `i` keeps the
 * list's id unique when several statements are shown. Without a `numberLocale` (the first paint)
 * the count's line is kept empty.
 */
export function signatories(people: readonly Person[], open: boolean, toggle: () => void, numberLocale: string | false, i = 0) {
  if (!people.length) return nothing;
  const collapsible = people.length > FEW + 1;
  const shown = collapsible && !open ? people.slice(0, FEW) : people;
  return html`<div part="signatories" class="signatories">
    <p class="signed">
      ${numberLocale
        ? plural(msg('one{Signed by # organisation} other{Signed by # organisations}', { id: 'signed-by' }), people.length, numberLocale)
        : '\u00a0'}
    </p>
    <ul id="signatories-${i}" class="signatory-list">
      ${shown.map(
        (p) =>
          html`<li part="signatory" dir="auto">${p.url
            ? html`<a href=${p.url} target="_blank" rel="noopener noreferrer">${p.name}</a>`
            : p.name}</li>`,
      )}
    </ul>
    ${collapsible
      ? html`<button type="button" part="button signatories-toggle" class="button" aria-expanded=${open} aria-controls="signatories-${i}" @click=${toggle}>
          ${open ? msg('Show fewer', { id: 'show-fewer' }) : msg('Show all', { id: 'show-all' })}
        </button>`
      : nothing}
  </div>`;
}
