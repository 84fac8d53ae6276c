/** The statement body as nodes: sanitised HTML, or plain text split into paragraphs. Built once per version. */
import { msg } from '@lit/localize';
import type { Version } from '../model.js';
import { directionOf, directionOfText } from '../locale/direction.js';
import { makeImage, sanitizeHtml } from './sanitize.js';

export interface BodyOptions {
  headingLevel: number;
  /** Origins whose images load without asking; '*' for all. */
  imageOrigins: readonly string[];
  /** The UI language the placeholders speak (part of the cache key). */
  uiLocale: string;
}

// Per element, then per version: a node can sit in one shadow root only, and every element showing the
// same feed shares its parsed Version objects (feed/load.ts).
const built = new WeakMap<object, WeakMap<Version, Map<string, HTMLElement>>>();

/** Direction of a version: from its language, else from its own first strong character. */
export function versionDir(v: Version): 'ltr' | 'rtl' | 'auto' {
  return directionOf(v.lang) ?? directionOfText(v.title + (v.text ?? v.html ?? '')) ?? 'auto';
}

/** The `part="body"` element for a version shown by `owner`, carrying the version's `lang` and `dir`. */
export function bodyFor(v: Version, opts: BodyOptions, owner: object): HTMLElement {
  const key = `${opts.headingLevel}|${opts.imageOrigins.join(' ')}|${opts.uiLocale}`;
  let mine = built.get(owner);
  if (!mine) built.set(owner, (mine = new WeakMap()));
  let perVersion = mine.get(v);
  if (!perVersion) mine.set(v, (perVersion = new Map()));
  let body = perVersion.get(key);
  if (!body) {
    body = document.createElement('div');
    body.setAttribute('part', 'body');
    body.className = 'body';
    if (v.lang) body.lang = v.lang;
    body.dir = versionDir(v);
    body.append(content(v, opts));
    perVersion.set(key, body);
  }
  return body;
}

function content(v: Version, opts: BodyOptions): Node {
  if (v.html) {
    return sanitizeHtml(v.html, {
      base: v.base,
      headingLevel: opts.headingLevel,
      imageAllowed: (url) => opts.imageOrigins.includes('*') || opts.imageOrigins.includes(new URL(url).origin),
      imagePlaceholder,
    });
  }
  const frag = document.createDocumentFragment();
  for (const para of (v.text ?? '').split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    const p = document.createElement('p');
    p.textContent = para.trim();
    frag.append(p);
  }
  return frag;
}

/** An image from an origin the partner did not allow: its alt text and a button that loads it on request. */
function imagePlaceholder(src: string, alt: string): Node {
  const box = document.createElement('span');
  box.setAttribute('part', 'image-placeholder');
  box.className = 'image-placeholder';
  if (alt) box.append(alt, ' ');
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'button load-image');
  button.textContent = msg('Load image', { id: 'load-image' });
  button.title = new URL(src).host;
  button.addEventListener('click', () => box.replaceWith(makeImage(src, alt)), { once: true });
  box.append(button);
  return box;
}
