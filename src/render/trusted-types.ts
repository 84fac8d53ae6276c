/**
 * The one Trusted Types policy this widget creates, named `icssi-statement` so a strict page can
 * allow exactly it (`trusted-types icssi-statement`). The self-contained build makes its bundled Lit
 * use this policy too (see rollup.config.mjs), so a page's own Lit keeps the `lit-html` name.
 *
 * `createHTML` returns its input unchanged. That is sound only for the callers it has: Lit's own
 * static template strings, and feed HTML parsed into an inert document (no browsing context: nothing
 * in it runs or loads) that is never inserted (render/parse-html.ts), and `DOMParser`'s for titles.
 */

interface Policy {
  createHTML(input: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (s: string) => string }): Policy;
}

let policy: Policy | undefined;
let tried = false;

export function trustedTypesPolicy(): Policy | undefined {
  if (!tried) {
    tried = true;
    try {
      policy = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy('icssi-statement', {
        createHTML: (s) => s,
      });
    } catch {
      // The name is taken: a second copy of the script on the page. That copy never renders (the
      // element is already defined by the first), so it needs no policy of its own.
    }
  }
  return policy;
}

/** `html` as the browser's parsers require it on pages that enforce Trusted Types. */
export const trustedHtml = (html: string): string => trustedTypesPolicy()?.createHTML(html) ?? html;
