import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

export default tseslint.config(
  { ignores: ['dist/', 'publish/dist/', 'demo/site/', 'node_modules/', 'src/locale/generated/', 'demo/locale/', 'bench/out/', '**/*.tmp.*', 'wordpress/assets/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Feed markup never reaches innerHTML of a live document: parse it with render/parse-html.ts, build nodes in render/sanitize.ts.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Feed markup never reaches outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Feed markup never reaches insertAdjacentHTML.' },
        { selector: "ImportDeclaration[source.value=/unsafe-html/]", message: 'unsafeHTML is not used: feed markup goes through render/sanitize.ts.' },
      ],
    },
  },
  {
    // The one place feed markup is parsed: into an element of an inert document that is never inserted (its header says why).
    files: ['src/render/parse-html.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**', 'scripts/**', '*.mjs', 'bench/**', 'publish/bin/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
