/** The element's styles: logical properties only, so every layout mirrors for right-to-left text. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--icssi-color, inherit);
    background: var(--icssi-background, transparent);
    font-family: var(--icssi-font-latin, system-ui, sans-serif);
    line-height: 1.6;
    --_accent: var(--icssi-accent, #0b6e4f);
    --_muted: var(--icssi-muted, color-mix(in srgb, currentColor 70%, transparent));
  }
  :host([hidden]) {
    display: none;
  }
  :host([state='ready']) slot {
    display: none;
  }
  .chrome {
    text-align: start;
  }
  :lang(ar),
  :lang(ckb),
  :lang(fa),
  :lang(ur) {
    font-family: var(--icssi-font-arabic, 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Amiri', 'Geeza Pro', Tahoma, system-ui, sans-serif);
    line-height: 1.9;
  }
  .title {
    margin-block: 0 0.25em;
    font-size: 1.4em;
    font-weight: 700;
    line-height: 1.35;
    unicode-bidi: isolate;
  }
  .date {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .body {
    margin-block-start: 1em;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_accent);
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    margin-block: 0 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid #b3261e;
    background: color-mix(in srgb, #b3261e 8%, transparent);
  }
  .status {
    color: var(--_muted);
  }
`;
