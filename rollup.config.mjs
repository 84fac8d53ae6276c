// The self-contained script partners drop into a page, the ES modules npm consumers import, and the blogger pages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { explicitMsgIds, indexedMessages, inertLocalizeRuntime, minifyLitTemplates, privateLit, untaggedCss } from './scripts/size-plugins.mjs';

/**
 * Lit names its Trusted Types policy `lit-html`. A page that runs its own Lit creates that policy
 * first, and a second creation throws unless the page's CSP allows duplicates, so the bundled copy
 * uses the widget's own `icssi-statement` policy (src/render/trusted-types.ts) instead. The build
 * fails if Lit's source stops matching.
 */
const policyModule = fileURLToPath(new URL('./src/render/trusted-types.ts', import.meta.url));
const ownTrustedTypesPolicy = {
  name: 'own-trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const renamed = code.replace(/\w+\.createPolicy\("lit-html",\{createHTML:(\w+)=>\1\}\)/, '__icssiPolicy()');
    if (renamed === code) this.error('Lit no longer creates its Trusted Types policy as expected: update the rename.');
    return { code: `import { trustedTypesPolicy as __icssiPolicy } from ${JSON.stringify(policyModule)};\n${renamed}`, map: null };
  },
};

/** Writes the bundle's SRI hash beside it, so the embed snippet is always copy-paste correct. */
const integrity = {
  name: 'integrity',
  writeBundle(options, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const path = `${options.dir ?? 'dist'}/${file}`;
      const hash = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
      writeFileSync(`${path}.sri`, `${hash}\n`);
    }
  },
};

const ts = (opts = {}) =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, sourceMap: true, outDir: undefined, ...opts });

/** Copies the static files of the blogger pages (the snippet builder and the iframe embed) into dist/ beside their scripts. */
const pages = (...files) => ({
  name: 'pages',
  buildStart() {
    for (const file of files) this.addWatchFile(`demo/${file}`);
  },
  generateBundle() {
    for (const file of files) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`demo/${file}`) });
  },
});

const minify = terser({ ecma: 2022, format: { comments: false } });

/**
 * The names Lit's packages use among themselves (`_$AI`, `_$AH`, `_$E_`, …: two characters after `_$`),
 * spelt the same in every Lit build so that separately built Lit packages can work together. In the
 * partner script every Lit package is one private copy and no other code reaches its parts, so
 * terser shortens them like any local name. Lit's names that do cross copies (`_$litType$`,
 * `_$litPart$`, `_$cssResult$`, …) do not match.
 */
const litInternals = /^_\$[A-Z]\w$/;

export default [
  {
    input: 'src/define.ts',
    output: {
      file: 'dist/icssi-statement.js',
      // An IIFE runs the same from a classic `<script defer>` and from `type="module"`.
      format: 'iife',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: false, compress: { passes: 3 }, mangle: { properties: { regex: litInternals } }, format: { comments: false } })],
    },
    // Size plugins run after TypeScript, on JS (see scripts/size-plugins.mjs for why each is safe).
    plugins: [resolve(), ownTrustedTypesPolicy, ...privateLit(), inertLocalizeRuntime(), ts(), minifyLitTemplates(), untaggedCss(), explicitMsgIds(), indexedMessages(), integrity],
  },
  {
    input: { index: 'src/index.ts', 'icssi-statement': 'src/icssi-statement.ts' },
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Inlined @lit/localize would land in dist/esm/node_modules/, which `npm pack` never ships.
      entryFileNames: (chunk) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`,
    },
    // `lit` is shared with the application; @lit/localize is inlined on purpose (see src/locale/localization.ts).
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/reactive-element') || id.startsWith('lit-html'),
    plugins: [resolve(), ts()],
  },
  {
    // The snippet builder carries its own copy of the element and of the parsing and sanitising stages,
    // with the same single Trusted Types policy as the partner script.
    input: 'demo/builder.js',
    output: { file: 'dist/builder.js', format: 'es', sourcemap: true, plugins: [minify] },
    // Its interface strings and their catalogues are TypeScript in demo/ (demo/tsconfig.json).
    plugins: [resolve(), ownTrustedTypesPolicy, ts({ tsconfig: './demo/tsconfig.json', noEmit: false }), pages('builder.html', 'builder.css')],
  },
  {
    // The iframe page loads the partner script itself, so its own script is only the glue and its messages.
    input: 'demo/embed.js',
    output: { file: 'dist/embed.js', format: 'iife', sourcemap: true, plugins: [minify] },
    plugins: [resolve(), ts({ tsconfig: './demo/tsconfig.json', noEmit: false }), pages('embed.html', 'embed.css')],
  },
];
