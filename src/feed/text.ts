/** Turns feed strings into clean plain text: never markup, never able to reorder the page. */
import { stripBidiControls } from '../locale/bidi.js';
import { trustedHtml } from '../render/trusted-types.js';

/** Trimmed, whitespace-collapsed, bidi-safe text; '' for anything that is not a string. */
export const plainText = (s: unknown): string =>
  typeof s === 'string' ? stripBidiControls(s).replace(/\s+/g, ' ').trim() : '';

/**
 * Text of an HTML fragment (for example WordPress's `title.rendered`): entities decoded, tags
 * dropped. `DOMParser` builds an inert document, so nothing in `html` runs or loads.
 */
export const htmlToText = (html: unknown): string =>
  typeof html === 'string'
    ? plainText(new DOMParser().parseFromString(trustedHtml(html), 'text/html').body.textContent)
    : '';

/**
 * The first words of a text, about 50 characters of them, cut after a word and marked `…`: the
 * heading of an untitled statement (RSS needs only a description) and the id of an item that has
 * no guid, link or title, derived as its title would be.
 */
export const firstWords = (text: string): string => text.replace(/^\s*([^]{50}\S*)\s[^]*/, '$1…');
