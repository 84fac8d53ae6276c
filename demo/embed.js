// The iframe embed: builds one <icssi-statement> from the query string, and tells the host page its height.
import { embedText } from './embed-i18n.ts';

const params = new URLSearchParams(location.search);
const pick = (name, allowed) => (allowed.includes(params.get(name) ?? '') ? params.get(name) : '');
const int = (name, min, max) => {
  const n = Number(params.get(name));
  return Number.isInteger(n) && n >= min && n <= max ? String(n) : '';
};

/** An http(s) feed address, or '' — `javascript:`, `data:` and the like never reach the element. */
function feedSrc() {
  try {
    const url = new URL(params.get('src') ?? '', location.href);
    return params.get('src') && /^https?:$/.test(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

/** A well-formed BCP 47 tag, canonicalised, or '' (the reader's browser languages then decide). */
function language() {
  try {
    return Intl.getCanonicalLocales(params.get('lang') || [])[0] ?? '';
  } catch {
    return '';
  }
}

const src = feedSrc();
const lang = language();
const text = embedText(lang ? [lang, ...navigator.languages] : navigator.languages);
document.title = text.title;
if (lang) document.documentElement.lang = lang;
if (src) {
  const el = document.createElement('icssi-statement');
  const attrs = {
    src,
    // Statement ids are the feed's own strings; the element only compares them.
    statement: (params.get('statement') ?? '').slice(0, 500),
    lang,
    layout: pick('layout', ['full', 'card', 'list']),
    theme: pick('theme', ['light', 'dark', 'auto']),
    limit: int('limit', 1, 50),
    'heading-level': int('heading-level', 1, 6),
    // Public keys are base64url; mirrors, like src, only http(s) addresses.
    key: (params.get('key') ?? '').replace(/[^\w\- ]/g, '').slice(0, 1000),
    mirrors: (params.get('mirrors') ?? '')
      .split(/\s+/)
      .filter((m) => URL.canParse(m) && /^https?:$/.test(new URL(m).protocol))
      .join(' '),
  };
  for (const [name, value] of Object.entries(attrs)) if (value) el.setAttribute(name, value);
  document.body.append(el);
} else {
  const p = document.createElement('p');
  p.className = 'error';
  p.setAttribute('role', 'alert');
  p.textContent = text.noSrc;
  text.inTheirLanguage();
  document.body.append(p);
}

// The host page may resize the iframe to fit (see "Iframe embed" in the README). Height is all it learns.
if (parent !== window) {
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'icssi-statement:height', height }, '*');
  }).observe(document.documentElement);
}
