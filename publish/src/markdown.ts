/** Markdown to the HTML a statement may carry: markdown-it (raw HTML allowed), then the widget's allowlist. */
import MarkdownIt from 'markdown-it';
import { sanitize, type Sanitized } from './sanitize.js';

// Raw HTML is allowed through to the sanitiser, which keeps what the widget keeps and nothing else;
// no typographer: the publisher's own punctuation (Arabic included) is never rewritten.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

export function renderMarkdown(markdown: string, base: string, titleLevel?: number): Sanitized {
  return sanitize(md.render(markdown), { base, titleLevel });
}
