/**
 * Feed HTML → nodes that nobody sees yet. The markup is parsed as a fragment into an element of a
 * document without a browsing context, where nothing runs or loads, and which is never inserted:
 * render/sanitize.ts rebuilds allowlisted nodes from it, render/summary.ts reads only its text. One
 * such document serves every parse (a new DOMParser document per body costs several times more,
 * which a list of a thousand cards pays a thousand times). Like `DOMParser`'s, the document is in
 * quirks mode, as a page without a doctype is: `<p>` then `<table>` nest as publishers' old pages expect.
 */
import { trustedHtml } from './trusted-types.js';

let inert: Document | undefined;

export function parseHtml(html: string): HTMLElement {
  inert ??= new DOMParser().parseFromString(trustedHtml(''), 'text/html');
  const box = inert.createElement('div');
  box.innerHTML = trustedHtml(html);
  return box;
}
