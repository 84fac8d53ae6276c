// The builder's interface language: the reader's browser languages (navigator.languages) decide, the language menu
// overrides them and writes its choice into the address as `?ui=` (so a shared link opens in that language).
// Strings come from demo/builder-messages.ts through the element's own @lit/localize set-up.
import { inLocale, type UiLocale } from '../src/locale/localization.js';
import { plural } from '../src/locale/plural.js';
import { templates as arElement } from '../src/locale/generated/ar.js';
import { templates as ckbElement } from '../src/locale/generated/ckb.js';
import { templates as kmrElement } from '../src/locale/generated/kmr.js';
import { templates as itElement } from '../src/locale/generated/it.js';
import { templates as frElement } from '../src/locale/generated/fr.js';
import { templates as ar } from './locale/builder/ar.js';
import { templates as ckb } from './locale/builder/ckb.js';
import { templates as kmr } from './locale/builder/kmr.js';
import { templates as it } from './locale/builder/it.js';
import { templates as fr } from './locale/builder/fr.js';
import { builderMessages, builderTemplates, type BuilderMessage, type BuilderTemplate } from './builder-messages.js';
import { pageLocale, pageLocales, setDocumentLocale } from './page-locale.js';

// @lit/localize is configured once per copy, and this bundle's copy already serves the element's catalogues: the
// builder's strings join them (ids never collide: the builder's start with `b-`).
for (const [element, builder] of [
  [arElement, ar],
  [ckbElement, ckb],
  [kmrElement, kmr],
  [itElement, it],
  [frElement, fr],
] as const) {
  Object.assign(element, builder);
}

const chosen = new URLSearchParams(location.search).get('ui');
export let locale = pageLocale(chosen && pageLocales.includes(chosen) ? [chosen] : navigator.languages);

export const t = (id: BuilderMessage): string => inLocale(locale as UiLocale, builderMessages)[id];

/** Text with `code` spans, as nodes: never parsed as HTML. */
function withCode(text: string): Node[] {
  return text.split('`').map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    // Markup and keys read left to right, isolated from a right-to-left sentence around them.
    code.dir = 'ltr';
    code.textContent = part;
    return code;
  });
}

type Value = string | number;

/** A template's text with its values, numbers in the interface language's digits. */
function fill(id: BuilderTemplate, values: Value[]): string {
  const shown = values.map((v) => (typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v));
  return inLocale(locale as UiLocale, () => (builderTemplates[id] as (...values: string[]) => string)(...shown));
}

/** Writes the message an element names in `data-msg` (with `data-n`, a count; with `data-values`, a template's values as JSON). */
function render(el: HTMLElement): void {
  const id = el.dataset.msg!;
  const text =
    el.dataset.n !== undefined
      ? plural(t(id as BuilderMessage), Number(el.dataset.n), locale)
      : el.dataset.values !== undefined
        ? fill(id as BuilderTemplate, JSON.parse(el.dataset.values) as Value[])
        : t(id as BuilderMessage);
  el.replaceChildren(...withCode(text));
}

/**
 * Shows message `id` in `el`, and keeps showing it in whichever language the reader picks next: a plain message,
 * a counted one (`n`) or a template with its `values` (in the order of the function in builderTemplates).
 */
export function say(el: HTMLElement, id: BuilderMessage | BuilderTemplate | '', extra: { n?: number; values?: Value[] } = {}): void {
  delete el.dataset.n;
  delete el.dataset.values;
  if (!id) {
    delete el.dataset.msg;
    el.replaceChildren();
    return;
  }
  el.dataset.msg = id;
  if (extra.n !== undefined) el.dataset.n = String(extra.n);
  if (extra.values !== undefined) el.dataset.values = JSON.stringify(extra.values);
  render(el);
}

const listeners: Array<() => void> = [];
/** Runs `fn` now and whenever the interface language changes (for text the page builds itself). */
export function onLocale(fn: () => void): void {
  listeners.push(fn);
  fn();
}

function apply(): void {
  setDocumentLocale(locale);
  for (const el of document.querySelectorAll<HTMLElement>('[data-msg]')) render(el);
  for (const fn of listeners) fn();
}

/** Translates the page and wires the language menu. */
export function startInterface(menu: HTMLSelectElement): void {
  menu.value = locale;
  menu.addEventListener('change', () => {
    locale = menu.value;
    const url = new URL(location.href);
    url.searchParams.set('ui', locale);
    history.replaceState(history.state, '', url);
    apply();
  });
  apply();
}
