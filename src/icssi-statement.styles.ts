/** The element's styles: logical properties only, so every layout mirrors for right-to-left text. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  :host([state=ready]) slot {
    display: none;
  }
  /*
   * Nothing the page sets reaches inside but the text colour, the font size, the colour scheme and the
   * --icssi-* properties: all: initial stops inherited text-transform, letter-spacing, line-height…
   * and sets text-align to start, which every element below inherits and reads in its own direction
   * (all leaves direction alone: the dir attribute sets it).
   */
  .chrome {
    all: initial;
    display: block;
    color-scheme: inherit;
    font-size: inherit;
    color: var(--icssi-color, var(--_fg, inherit));
    background: var(--icssi-background, var(--_bg, transparent));
    font-family: var(--icssi-font-latin, system-ui, sans-serif);
    line-height: 1.6;
    /* light-dark() follows the page's color-scheme without a theme, the theme's with one. */
    --_accent: var(--icssi-accent, light-dark(#0b6e4f, #6fd3a8));
    --_muted: var(--icssi-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_border: var(--icssi-border, color-mix(in srgb, currentColor 25%, transparent));
    --_gap: var(--icssi-spacing, 1em);
    --_radius: var(--icssi-radius, 0.5em);
  }
  /* Themes bring their own background, so their colours are checked pairs (WCAG AA and more). */
  :host([theme=light]) .chrome,
  :host([theme=dark]) .chrome,
  :host([theme=auto]) .chrome {
    color-scheme: light dark;
    --_fg: light-dark(#1f2328, #e6e4df);
    --_bg: light-dark(#fff, #16191c);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  :host([theme=light]) .chrome {
    color-scheme: light;
  }
  :host([theme=dark]) .chrome {
    color-scheme: dark;
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
  }
  .date,
  .verified {
    display: block;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .body {
    margin-block-start: var(--_gap);
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
  :focus-visible {
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
  /* Arabic script needs room above and below for its marks, in titles too. */
  .title:is(:lang(ar), :lang(ckb), :lang(fa), :lang(ur)) {
    line-height: 1.6;
  }
  /* Latin-script text inside Arabic-script chrome (an English body, a name) keeps its own font. */
  [lang]:not(:lang(ar), :lang(ckb), :lang(fa), :lang(ur)) {
    font-family: var(--icssi-font-latin, system-ui, sans-serif);
  }
  .languages,
  .signatory-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
    margin-block: 0.5em;
    padding: 0;
    list-style: none;
  }
  /* The language shown is told by more than colour: heavier and filled. */
  .button[aria-pressed=true],
  .button:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  [aria-pressed=true] {
    font-weight: 700;
  }
  .original {
    font-size: 0.8em;
    font-weight: 400;
  }
  .signatories {
    margin-block-start: var(--_gap);
  }
  .signed {
    margin: 0;
  }
  /* Heard, not seen: the switcher's live region. */
  .visually-hidden {
    position: absolute;
    clip-path: inset(50%);
  }
  [hidden] {
    display: none !important;
  }
  .summary {
    margin-block: calc(var(--_gap) / 2) 0;
    /* A card stays a card: the summary shows four lines at most (the whole text stays readable to screen readers). */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: var(--_gap) 0;
  }
  .button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid;
    border-radius: var(--_radius);
    padding: 0.15em 0.9em;
    cursor: pointer;
  }
  .article > .button {
    margin-block-start: calc(var(--_gap) / 2);
  }
  .copied {
    color: var(--_muted);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The browser lays out and paints only the statements near the screen; the margin keeps focus rings unclipped. */
  .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
    padding-inline: 4px;
    margin-inline: -4px;
  }
  .item + .item {
    margin-block-start: var(--_gap);
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  .item .title {
    font-size: 1.2em;
  }
  /* Paper gets the whole statement, dark on white, without buttons. */
  @media print {
    .chrome {
      color-scheme: light !important;
      background: none;
    }
    .button,
    .copied,
    .summary {
      display: none !important;
    }
    .more[hidden] {
      display: block !important;
    }
    .item {
      content-visibility: visible;
    }
  }
`;
