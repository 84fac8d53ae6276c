/** Keeps feed text from reordering the page around it. */

// LRE RLE PDF LRO RLO (U+202A–U+202E) and LRI RLI FSI PDI (U+2066–U+2069). LRM, RLM and ALM stay:
// they only nudge neutral characters and cannot capture the text that follows.
const EXPLICIT = /[\u202A-\u202E\u2066-\u2069]/g;

/** Removes explicit embeddings, overrides and isolates from plain text. */
export const stripBidiControls = (s: string): string => s.replace(EXPLICIT, '');
