// The snippet builder: reads a feed with the widget's own parser, previews the element, and writes a
// snippet whose fallback content is the statement itself, built from the same allowlisted nodes the widget shows.
import { msg } from '@lit/localize';
import '../src/define.ts';
import { fetchFeed } from '../src/feed/fetch.ts';
import { firstWords } from '../src/feed/text.ts';
import { parseFeed } from '../src/feed/parse.ts';
import { verifiedFeed } from '../src/feed/verify.ts';
import { newestFirst } from '../src/choose/statement.ts';
import { chooseVersion } from '../src/choose/version.ts';
import { directionOf } from '../src/locale/direction.ts';
import { inLocale, uiLocales } from '../src/locale/localization.ts';
import { negotiate } from '../src/locale/negotiate.ts';
import { versionDir } from '../src/render/content.ts';
import { firstParagraph } from '../src/render/summary.ts';
import { formatDate } from '../src/render/format-date.ts';
import { sanitizeHtml } from '../src/render/sanitize.ts';
import { locale, onLocale, say, startInterface, t } from './builder-i18n.ts';

const $ = (id) => document.getElementById(id);
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Attributes wp_kses_post allows (WordPress 6.1) on the elements a fallback holds, beside the global ones.
const KSES_GLOBAL = ['id', 'lang', 'dir', 'title'];
const KSES = { a: ['href', 'rel', 'target'], img: ['src', 'alt', 'width', 'height', 'loading'], ol: ['start', 'reversed'] };
const escape = (s) => s.replace(/[&<>"]/g, (c) => ENTITY[c]);
const feedInput = $('feed');
const statementSelect = $('statement');
const langSelect = $('lang');
const options = $('options');
/** @type {import('../src/model.ts').Feed | undefined} */
let feed;
let feedUrl = '';
/** The keys the feed's own signatures verified against, space-separated; '' for an unsigned feed. */
let feedKey = '';
// The partner snippet's script tag, written into the page by the build with the bundle's integrity hash.
const partnerScript = $('partner-script').content.querySelector('script');
const scriptTag = partnerScript ? `${serialize(partnerScript)}\n` : '';
startInterface($('ui-lang'));
onLocale(() => ($('partner-snippet').value = scriptTag || t('b-not-built')));

$('feed-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = $('feed-status');
  say(status, 'b-loading');
  try {
    const url = new URL(feedInput.value.trim(), location.href);
    if (!/^https?:$/.test(url.protocol)) throw new Error(t('b-not-http'));
    const fetched = await fetchFeed(url.href, { timeout: 15000, maxBytes: 5_000_000 });
    feed = parseFeed(fetched.text, fetched.contentType, fetched.url);
    feedUrl = url.href;
    feedKey = await signingKeys(fetched);
  } catch (error) {
    say(status, 'b-unreadable', { values: [error instanceof Error ? error.message : String(error)] });
    return;
  }
  say(status, 'b-found', { n: feed.statements.length });
  fillChoices();
  options.hidden = false;
  $('result').hidden = false;
  update();
});
options.addEventListener('change', update);
// Language names follow the interface's language.
onLocale(() => feed && fillLanguages());

/** Keys named in the feed's `_icssi.signature`s that this builder itself verified at least one statement with. */
async function signingKeys(fetched) {
  let items = [];
  try {
    items = JSON.parse(fetched.text.replace(/^\uFEFF/, '')).items ?? [];
  } catch {
    // RSS, Atom and WordPress feeds carry no signatures.
  }
  const named = [...new Set(items.map((i) => i?._icssi?.signature?.key).filter((k) => typeof k === 'string' && /^[\w-]{43}$/.test(k)))];
  const good = [];
  let verified = 0;
  for (const key of named) {
    const n = await verifiedFeed(items, fetched.url, key).then((f) => f.statements.length, () => 0);
    if (n) good.push(key);
    verified = Math.max(verified, n);
  }
  const status = $('key-status');
  if (good.length) say(status, 'b-key-signed', { values: [good.join(' '), verified, items.length] });
  else say(status, named.length ? 'b-key-forged' : 'b-key-unsigned');
  return good.join(' ');
}

/** The mirror addresses typed in, each an absolute http(s) URL; anything else is left out. */
const mirrorList = () =>
  $('mirrors')
    .value.split(/\s+/)
    .filter((m) => URL.canParse(m) && /^https?:$/.test(new URL(m).protocol))
    .join(' ');

// In the interface's language, then in the language itself.
const languageName = (tag) => {
  const own = safely(() => new Intl.DisplayNames([tag], { type: 'language' }).of(tag));
  const ui = safely(() => new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(tag));
  return [ui, own && own !== ui ? own : ''].filter(Boolean).join(' — ') || tag;
};
function safely(fn) {
  try {
    return fn();
  } catch {
    return '';
  }
}

function fillChoices() {
  statementSelect.replaceChildren(
    ...newestFirst(feed.statements).map((s) => {
      const date = s.published === undefined ? '' : ` (${new Date(s.published).toISOString().slice(0, 10)})`;
      return new Option(`${headingOf(s.versions[0])}${date}`, s.id);
    }),
  );
  fillLanguages();
}

// The languages of the chosen statement first, then every language the widget's interface speaks.
function fillLanguages() {
  const previous = langSelect.value;
  const langs = new Set([...chosen().versions.map((v) => v.lang).filter(Boolean), ...uiLocales]);
  langSelect.replaceChildren(langSelect.options[0], ...[...langs].map((l) => new Option(languageName(l), l)));
  langSelect.value = langs.has(previous) ? previous : '';
}

const chosen = () => feed.statements.find((s) => s.id === statementSelect.value) ?? feed.statements[0];
const radio = (name) => options.querySelector(`input[name="${name}"]:checked`).value;

function update(event) {
  if (event?.target === statementSelect) fillLanguages();
  const statement = chosen();
  const attrs = { src: feedUrl, mirrors: mirrorList(), key: feedKey, statement: statement.id, lang: langSelect.value, layout: radio('layout'), theme: radio('theme') };
  if (attrs.layout === 'list') attrs.statement = '';
  const fallback = fallbackFor(statement, attrs.lang);

  const preview = document.createElement('icssi-statement');
  for (const [name, value] of Object.entries(attrs)) if (value) preview.setAttribute(name, value);
  preview.append(fallback.cloneNode(true));
  $('preview').replaceChildren(preview);
  $('fallback').replaceChildren(fallback.cloneNode(true));

  // The fallback names itself, so the element still hides it where an editor's paragraphs moved it out
  // (WordPress's wpautop closes the element at the `</p>` it adds); the id is new in every snippet.
  const id = `icssi-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`;
  fallback.id = id;
  const open = `<icssi-statement${Object.entries({ ...attrs, fallback: id })
    .filter(([, v]) => v)
    .map(([n, v]) => ` ${n}="${escape(v)}"`)
    .join('')}>`;
  $('snippet').value = `${scriptTag}${open}\n${serialize(fallback)}\n</icssi-statement>\n`;

  const embed = new URL('embed.html', location.href);
  for (const [name, value] of Object.entries(attrs)) if (value) embed.searchParams.set(name, value);
  $('iframe-snippet').value =
    `<iframe src="${escape(embed.href)}" title="${escape(chooseVersion(statement, [attrs.lang]).title)}"` +
    ' width="100%" height="640" style="border:0;width:100%" loading="lazy" referrerpolicy="no-referrer"' +
    ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" allow="web-share; clipboard-write"></iframe>\n';
  $('resize-snippet').value = RESIZE_SCRIPT;
}

/**
 * What a reader sees where scripts never run: the version the element would show for this
 * language (the original when the reader's language is left open), with its own lang and dir.
 */
function fallbackFor(statement, lang) {
  const version = chooseVersion(statement, lang ? [lang] : []);
  const article = document.createElement('article');
  if (version.lang) article.lang = version.lang;
  article.dir = versionDir(version);
  const body = bodyOf(version);
  const title = document.createElement('h2');
  title.textContent = headingOf(version);
  article.append(title);
  if (statement.published !== undefined) {
    const time = document.createElement('time');
    time.dateTime = new Date(statement.published).toISOString();
    time.textContent = formatDate(statement.published, [version.lang, 'en']);
    const p = document.createElement('p');
    p.append(time);
    article.append(p);
  }
  article.append(body);
  if (version.url) {
    // "Read the full statement" in the version's language when the widget's interface speaks it.
    const ui = uiLocales[Math.max(0, negotiate([version.lang], uiLocales))];
    const p = document.createElement('p');
    p.lang = ui;
    p.dir = directionOf(ui) ?? 'ltr';
    const a = document.createElement('a');
    a.href = version.url;
    a.textContent = inLocale(ui, () => msg('Read the full statement', { id: 'read-full' }));
    p.append(a);
    article.append(p);
  }
  return article;
}

/** A version's text as the fallback carries it: sanitised HTML, or plain text in paragraphs. */
function bodyOf(version) {
  const body = document.createDocumentFragment();
  if (version.html) {
    body.append(
      sanitizeHtml(version.html, {
        base: version.base,
        headingLevel: 2,
        // The fallback has no button to ask first, so pictures are the feed's own, shown as the widget would.
        imageAllowed: () => true,
        imagePlaceholder: (_src, alt) => document.createTextNode(alt),
      }),
    );
  } else {
    for (const para of (version.text ?? '').split(/\n\s*\n/)) {
      if (!para.trim()) continue;
      const p = document.createElement('p');
      p.textContent = para.trim();
      body.append(p);
    }
  }
  return body;
}

/** The heading the widget shows: the title, else the first words of the body. */
const headingOf = (version) => version.title || firstWords(firstParagraph(version));

/**
 * HTML for nodes this page built: the sanitiser's allowlisted elements and attributes, and text.
 * Every text and attribute value is escaped, so even if a blog platform parses the markup again
 * and moves elements around, nothing but those elements and plain text can come out of it.
 */
function serialize(node) {
  if (node.nodeType === Node.TEXT_NODE) return escape(node.data);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const name = node.localName;
  // Only what WordPress's wp_kses_post keeps (an Author's post loses the rest): a <time> is its text.
  if (name === 'time') return [...node.childNodes].map(serialize).join('');
  const keep = name === 'script' ? null : KSES[name] ?? [];
  // An empty value is written bare (`defer`, `alt`): the same attribute to every HTML parser.
  const attrs = [...node.attributes]
    .filter((a) => !keep || KSES_GLOBAL.includes(a.name) || keep.includes(a.name))
    .map((a) => (a.value ? ` ${a.name}="${escape(a.value)}"` : ` ${a.name}`))
    .join('');
  if (VOID.has(name)) return `<${name}${attrs}>`;
  // Block children of the article on their own lines, so the pasted snippet stays legible.
  const inner = [...node.childNodes].map(serialize).join(name === 'article' ? '\n' : '');
  return name === 'article' ? `<${name}${attrs}>\n${inner}\n</${name}>` : `<${name}${attrs}>${inner}</${name}>`;
}

/**
 * For the host page: sets each statement iframe to the height its page reports. The iframe is
 * sandboxed (its origin is opaque), so the message is matched by the window that sent it.
 * The message shape is documented in the README: { type: 'icssi-statement:height', height }.
 */
const RESIZE_SCRIPT = `<script>
addEventListener('message', function (e) {
  if (!e.data || e.data.type !== 'icssi-statement:height') return;
  var h = Math.min(Math.max(Number(e.data.height) || 0, 80), 20000);
  document.querySelectorAll('iframe').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = h + 'px';
  });
});
</script>
`;

for (const [button, source] of [
  ['copy-partner', 'partner-snippet'],
  ['copy-snippet', 'snippet'],
  ['copy-iframe', 'iframe-snippet'],
  ['copy-resize', 'resize-snippet'],
]) {
  $(button).addEventListener('click', async () => {
    const status = $(`${button}-status`);
    const text = $(source).value;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an insecure origin, an old browser): select it for Ctrl+C instead.
      $(source).select();
      say(status, 'b-selected');
      return;
    }
    say(status, 'b-copied');
  });
}
