/** The reader's choice among a statement's languages, each named in its own language, the original marked. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Version } from '../model.js';
import { canonical } from '../locale/negotiate.js';
import { memo } from '../locale/memo.js';

// The interface's own languages are named the same in every browser, and without building an
// `Intl.DisplayNames`, whose first use costs a first paint ~20 ms (ICU's data); Kurmanji is also
// missing from older ICU builds.
const KNOWN: Record<string, string> = { ar: 'العربية', ckb: 'کوردی', kmr: 'Kurdî', en: 'English', it: 'italiano', fr: 'français' };

const names = memo((tag: string) => new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }));

/** A language's name in that language, capitalised like a menu item: `it` → "Italiano". */
export function autonym(tag: string): string {
  let name: string | undefined = KNOWN[canonical(tag)];
  if (!name)
    try {
      const own = names(tag);
      // A browser without data for `tag` answers in its own default language: that is not an autonym.
      if (canonical(own.resolvedOptions().locale).split('-')[0] === canonical(tag).split('-')[0]) name = own.of(tag);
    } catch {
      // Not a well-formed tag: fall through to the tag itself.
    }
  name ||= KNOWN[canonical(tag).split('-')[0]!] ?? tag;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The `languages` part: one `language` button per version (`aria-pressed` on the one shown), or
 * nothing for a statement without translations. `announce` fills the polite live region, so a screen
 * reader hears the new language after a choice but hears nothing on first render.
 */
export function languageSwitcher(versions: readonly Version[], shown: Version, pick: (v: Version) => void, announce: boolean) {
  if (versions.length < 2) return nothing;
  const name = (v: Version) => html`<span lang=${v.lang} dir="auto">${v.lang ? autonym(v.lang) : nothing}</span>`;
  return html`<div part="languages" class="languages" role="group" aria-label=${msg('Languages', { id: 'languages' })}>
    ${versions.map((v, i) =>
      // A translation whose language nobody stated has no name to offer; the original always stays.
      !v.lang && i
        ? nothing
        : html`<button type="button" part="button language" class="button" aria-pressed=${v === shown} @click=${() => pick(v)}>
          ${name(v)}${i ? nothing : html` <small class="original">${msg('Original', { id: 'original' })}</small>`}
        </button>`,
    )}
    <span class="visually-hidden" aria-live="polite">${announce ? html`${msg('Now showing:', { id: 'now-showing' })} ${name(shown)}` : nothing}</span>
  </div>`;
}
