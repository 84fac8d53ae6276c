// Test-server plugin: the element under test runs on the partner script's own edited copy of Lit, as it does on a
// partner's page, so every test of the element also tests those edits (privateLit in scripts/size-plugins.mjs).
// Lit's modules imported from src/ (and from that copy) are served with `?private-lit` and edited; the tests' own
// Lit, from @open-wc/testing, stays Lit as published, like the page's own Lit beside the partner script.
import { privateLit } from '../../scripts/size-plugins.mjs';

const MARK = 'private-lit';
const LIT = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//;

export function privateLitPlugin() {
  const editors = privateLit();
  return {
    name: 'private-lit',
    transformImport({ source, context }) {
      const fromPrivate = context.path.startsWith('/src/') || context.URL.searchParams.has(MARK);
      // Lit's relative imports (`./css-tag.js`) stay inside the package they were written in.
      const toLit = LIT.test(source) || (source.startsWith('.') && LIT.test(context.path));
      if (!fromPrivate || !toLit) return undefined;
      return `${source}${source.includes('?') ? '&' : '?'}${MARK}`;
    },
    transform(context) {
      if (!context.URL.searchParams.has(MARK) || typeof context.body !== 'string') return undefined;
      let code = context.body;
      for (const editor of editors) code = editor.edit(code, context.path) ?? code;
      return { body: code };
    },
  };
}
