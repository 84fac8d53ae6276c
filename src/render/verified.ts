/** The `verified` part: shown on a statement whose signature verified against one of the element's keys. */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Statement } from '../model.js';

/**
 * Names the publisher from the signed item itself, never from the unsigned feed around it: its first
 * author, else the host of its link, else the host of the address that served it (`src`). The name
 * is isolated (FSI…PDI) so an Arabic name cannot reorder an English sentence, or the reverse.
 */
export function verifiedMark(s: Statement, src: string) {
  const publisher = `\u2068${s.authors[0]?.name || new URL(s.versions[0]!.url || src).host}\u2069`;
  return html`<p part="verified" class="verified">${msg(str`Verified: ${publisher}`, { id: 'verified' })}</p>`;
}
