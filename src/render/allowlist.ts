/**
 * The markup a statement body may keep, as pure tables: the widget's sanitiser (render/sanitize.ts)
 * and the publishing tool (publish/) both apply these, so a feed the tool writes holds nothing the
 * widget would strip.
 */

// Elements kept as themselves, without attributes; and those that keep a few. Anything else is unwrapped.
export const PLAIN = /^(p|br|hr|strong|b|em|i|u|s|sub|sup|small|mark|q|cite|code|pre|blockquote|ul|li|figure|figcaption|dl|dt|dd)$/;
export const WITH_ATTRS: Record<string, readonly string[] | undefined> = {
  ol: ['start', 'reversed'],
  a: ['href', 'title'],
  abbr: ['title'],
  time: ['datetime'],
};
// Elements dropped with everything inside them: their content is code or controls, not reading matter.
// (Void elements such as <meta>, <link> or <input> need no entry: unwrapped, they leave nothing.)
export const DROP = /^(script|style|template|noscript|iframe|object|embed|applet|textarea|select|button|form|title|audio|video|canvas|xmp|plaintext|noembed|noframes)$/;
export const HEADING = /^h([1-6])$/;
