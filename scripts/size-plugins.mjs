// Build-time byte savings for the self-contained script that change no behaviour: each plugin proves its own safety.

/**
 * Collapses whitespace and drops comments in the static text of Lit `css` tagged templates.
 * Quoted strings are kept byte for byte; a template with a stray quote or an unclosed comment is
 * left untouched. Only whitespace CSS ignores is removed: runs become one
 * space, and spaces beside `{ } ; ,` and after `:` go (a space *before* `:` is a descendant
 * combinator in a selector, so it stays).
 */
export function minifyCss(text) {
  // One left-to-right scan, as CSS tokenises: a comment hides quotes inside it, a string hides `/*`.
  const tokens = text.split(/(\/\*[\s\S]*?\*\/|'(?:\\[\s\S]|[^'\\\n])*'|"(?:\\[\s\S]|[^"\\\n])*")/);
  // Odd indexes are comments and strings; a quote or `/*` left in between means we cannot tell what is what.
  if (tokens.some((t, i) => i % 2 === 0 && /['"]|\/\*/.test(t))) return text;
  return tokens
    // \x01 fences strings off (\0 already stands for interpolations in minifyLitTemplates).
    .map((t, i) => (i % 2 === 0 ? t : t.startsWith('/*') ? ' ' : `\x01${t}\x01`))
    .join('')
    .split('\x01')
    .map((t, i) =>
      i % 2
        ? t
        : t
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/**
 * The source indentation inside Lit `html` templates: a line break and the spaces around it become one
 * space. HTML renders any run of spaces and line breaks as one space (no template here holds `<pre>`,
 * `<textarea>` or preserved white space), and Lit finds its bindings the same with one space as with many.
 */
export const collapseHtmlIndent = (text) => text.replace(/[ \t]*\n\s*/g, ' ');

/** Rewrites Lit's `css` and `html` tagged templates in the project's own modules (after TypeScript, so the code is JS). */
export const minifyLitTemplates = ({ include = /[\\/]src[\\/].*\.ts$/ } = {}) => ({
  name: 'minify-lit-templates',
  transform(code, id) {
    if (!include.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
    const edits = [];
    walk(this.parse(code), (node) => {
      if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
      const quasis = node.quasi.quasis;
      if (node.tag.name === 'html') {
        if (/<(pre|textarea)\b/i.test(quasis.map((q) => q.value.raw).join(''))) return;
        quasis.forEach((q) => edits.push({ start: q.start, end: q.end, text: collapseHtmlIndent(q.value.raw) }));
        return;
      }
      if (node.tag.name !== 'css') return;
      // Interpolations are replaced by a character that cannot appear in CSS, minified around, then split back.
      const joined = quasis.map((q) => q.value.raw).join('\0');
      const minified = minifyCss(joined).split('\0');
      if (minified.length !== quasis.length) return;
      quasis.forEach((q, i) => edits.push({ start: q.start, end: q.end, text: minified[i] }));
    });
    if (!edits.length) return null;
    // Only lines inside templates move; mappings for the module stay attributed to its file.
    return { code: applyEdits(code, edits), map: null };
  },
});

/**
 * A module-level `css` template without interpolations becomes `unsafeCSS('…')` of the same text, so
 * Lit's `css` tag function (whose checks concern interpolated values, and there are none) leaves the
 * script. Lit builds the same CSSResult from both; the one other difference is that `css` keys its cache
 * of parsed stylesheets on the template's strings, which matters only when one template runs more than
 * once. A module's top level runs once, so each way makes one stylesheet, adopted by every element.
 * Templates with an escape (`\`) stay tagged, because their text as JS reads it would differ from the source.
 */
export const untaggedCss = ({ include = /[\\/]src[\\/].*\.ts$/ } = {}) => ({
  name: 'untagged-css',
  transform(code, id) {
    if (!include.test(id) || !/\bcss\s*`/.test(code)) return null;
    const ast = this.parse(code);
    const tag = ast.body
      .filter((d) => d.type === 'ImportDeclaration' && d.source.value === 'lit')
      .flatMap((d) => d.specifiers)
      .find((s) => s.type === 'ImportSpecifier' && s.imported.name === 'css')?.local.name;
    const name = '__litUnsafeCss';
    if (!tag || code.includes(name)) return null;
    const edits = ast.body
      .map((d) => (d.type === 'ExportNamedDeclaration' ? d.declaration : d))
      .filter((d) => d?.type === 'VariableDeclaration')
      .flatMap((d) => d.declarations.map((v) => v.init))
      .filter((e) => e?.type === 'TaggedTemplateExpression' && e.tag.type === 'Identifier' && e.tag.name === tag)
      .filter((e) => e.quasi.quasis.length === 1 && !e.quasi.quasis[0].value.raw.includes('\\'))
      .map((e) => ({ start: e.start, end: e.end, text: `${name}(${JSON.stringify(e.quasi.quasis[0].value.cooked)})` }));
    if (!edits.length) return null;
    return { code: `import { unsafeCSS as ${name} } from 'lit';\n${applyEdits(code, edits)}`, map: null };
  },
});

/**
 * @lit/localize hashes a message's text into an id (FNV-1a 64) only when `msg()` is called without
 * `{ id }`. Every call in src/ must pass a literal id — this plugin fails the build otherwise — so
 * the hashing code can never run and is replaced by a stub. If a call slipped past the check, the
 * stub's empty id finds no translation and the English source text is shown, as for any missing one.
 */
export const explicitMsgIds = ({ include = /[\\/]src[\\/].*\.ts$/ } = {}) => ({
  name: 'explicit-msg-ids',
  resolveId(source, importer) {
    if (source === './id-generation.js' && /[\\/]@lit[\\/]localize[\\/]internal[\\/]/.test(importer ?? '')) return '\0msg-id-stub';
    return null;
  },
  load(id) {
    return id === '\0msg-id-stub' ? 'export const generateMsgId = () => "";' : null;
  },
  transform(code, id) {
    if (!include.test(id) || !code.includes('@lit/localize')) return null;
    const ast = this.parse(code);
    const names = msgNames(ast);
    for (const node of ast.body) {
      if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
        if (/^@lit\/localize/.test(node.source?.value ?? '')) this.error(`Re-exporting @lit/localize would hide msg() calls from the id check.`);
      }
      if (node.type !== 'ImportDeclaration' || node.source.value !== '@lit/localize') continue;
      if (node.specifiers.some((s) => s.type !== 'ImportSpecifier')) this.error(`Import msg by name from @lit/localize, so every call can be checked for an id.`);
    }
    if (!names.size) return null;
    const checked = new Set();
    for (const [node, given] of msgCalls(ast, names)) {
      checked.add(node.callee);
      if (given?.value.type !== 'Literal' || typeof given.value.value !== 'string') {
        this.error({ message: `msg() needs a literal { id: '…' } (see scripts/size-plugins.mjs).`, id, pos: node.start });
      }
    }
    // Any other use (passing msg around, wrapping it) could call it without an id.
    walk(ast, (node, parent) => {
      if (node.type !== 'Identifier' || !names.has(node.name) || checked.has(node) || isImportName(ast, node)) return;
      const isKey =
        (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
        (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand);
      if (!isKey) {
        this.error({ message: `msg may only be called directly, with a literal id.`, id, pos: node.start });
      }
    });
    return null;
  },
});

/** The local names `msg` is imported under from @lit/localize. */
const msgNames = (ast) =>
  new Set(
    ast.body.flatMap((d) =>
      d.type === 'ImportDeclaration' && d.source.value === '@lit/localize'
        ? d.specifiers.filter((s) => s.type === 'ImportSpecifier' && s.imported.name === 'msg').map((s) => s.local.name)
        : [],
    ),
  );

/** Every direct call of `msg`, with its `id` option's property node (if any). */
function msgCalls(ast, names) {
  const calls = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !names.has(node.callee.name)) return;
    const given = node.arguments[1]?.properties?.find((p) => p.type === 'Property' && !p.computed && propertyName(p) === 'id');
    calls.push([node, given]);
  });
  return calls;
}

const propertyName = (p) => p.key.name ?? p.key.value;

/**
 * The catalogues as arrays and message ids as indexes into them, looked up by a runtime that knows
 * indexes: `msg('…', { id: 'error-cors' })` becomes `msg('…', 1)` and `templates['error-cors']`
 * becomes `templates[1]`, so no catalogue spells out its 27 keys again, and @lit/localize's runtime
 * (its id hashing, its html-template branch, its own runtimes) gives way to `localizeRuntime` below:
 * the same lookup, the same English fallback, for what our catalogues hold (strings and `str`
 * templates; the build stops on anything else). An id no catalogue holds gets an index past every
 * array: undefined, so the English source text, as before. The ids are every catalogue's keys,
 * sorted, read when the build starts, so every build numbers them the same. explicitMsgIds (before
 * this plugin) makes every id a literal. A module asking @lit/localize for anything else stops the build.
 */
export const indexedMessages = ({ catalogues = 'src/locale/generated', exclude = /^locale-codes\.ts$/, include = /[\\/]src[\\/].*\.ts$/ } = {}) => {
  let ids = [];
  const files = new Set();
  return {
    name: 'indexed-messages',
    async buildStart() {
      // Node modules loaded here, so the browser tests can import this file for its pure functions.
      const { readdir, readFile } = await import('node:fs/promises');
      const { resolve } = await import('node:path');
      const keys = [];
      files.clear();
      for (const file of (await readdir(catalogues)).filter((f) => f.endsWith('.ts') && !exclude.test(f))) {
        const path = resolve(catalogues, file);
        files.add(path);
        this.addWatchFile(path);
        keys.push(...catalogueEntries(this.parse(await readFile(path, 'utf8')), (m) => this.error(`${file}: ${m}`)).map(([k]) => k));
      }
      ids = messageIds(keys);
    },
    resolveId(source, importer) {
      const ours = importer && include.test(importer) && (source === '@lit/localize' || source === '@lit/localize/init/reentrant.js');
      return ours ? '\0localize-runtime' : null;
    },
    load(id) {
      return id === '\0localize-runtime' ? localizeRuntime : null;
    },
    transform(code, id) {
      const edits = [];
      if (files.has(id)) {
        const ast = this.parse(code);
        const object = templatesObject(ast);
        if (!object) this.error(`${id} no longer exports \`templates = { … }\`: update scripts/size-plugins.mjs.`);
        const values = indexed(catalogueEntries(ast, (m) => this.error(m)).map(([k, v]) => [k, code.slice(v.start, v.end)]), ids);
        edits.push({ start: object.start, end: object.end, text: `[${Array.from(values, (v) => v ?? '').join(',')}]` });
      } else if (include.test(id) && code.includes('@lit/localize')) {
        const ast = this.parse(code);
        for (const [node, given] of msgCalls(ast, msgNames(ast))) {
          if (typeof given?.value.value !== 'string') this.error({ message: 'msg() without a literal id (run explicitMsgIds first).', id, pos: node.start });
          const index = ids.indexOf(given.value.value);
          const options = node.arguments[1];
          edits.push({ start: options.start, end: options.end, text: String(index < 0 ? ids.length : index) });
        }
      }
      return edits.length ? { code: applyEdits(code, edits), map: null } : null;
    },
  };
};

/**
 * What the partner script keeps of @lit/localize, for messages looked up by index (see indexedMessages).
 * `msg`, `str` and `configureReentrantLocalization` do what @lit/localize's do (init/install.js,
 * internal/str-tag.js, default-msg.js, runtime-msg.js, init/reentrant.js) for string and `str`
 * messages: test/build/size-plugins.test.ts compares the two on every message of every catalogue.
 */
export const localizeRuntime = `
const join = (strings, values, order) => strings.reduce((s, t, i) => s + values[order ? order[i - 1] : i - 1] + t);
const source = (t) => (typeof t != 'string' && 'strTag' in t ? join(t.strings, t.values) : t);
let impl = source;
export const msg = (t, i) => impl(t, i);
export const str = (strings, ...values) => ({ strTag: true, strings, values });
export const configureReentrantLocalization = ({ sourceLocale, targetLocales, getLocale, loadLocaleSync }) => {
  if (impl !== source) throw new Error('lit-localize can only be configured once');
  const targets = new Set(targetLocales);
  impl = (t, i) => {
    const locale = getLocale();
    const m = locale !== sourceLocale && targets.has(locale) ? loadLocaleSync(locale)?.templates[i] : undefined;
    return m ? (typeof m == 'string' ? m : join(m.strings, t.values, m.values)) : source(t);
  };
  return {};
};
`;

/** The ids of all catalogues' messages, each once, in one order whatever order the catalogues came in. */
export const messageIds = (keys) => [...new Set(keys)].sort();

/** A catalogue's values placed at their ids' indexes (holes where it lacks a message). */
export function indexed(entries, ids) {
  const out = [];
  for (const [key, value] of entries) {
    const i = ids.indexOf(key);
    if (i < 0 || i in out) throw new Error(`Message id ${JSON.stringify(key)} is ${i < 0 ? 'not indexed' : 'given twice'}.`);
    out[i] = value;
  }
  return out;
}

const templatesObject = (ast) =>
  ast.body
    .filter((d) => d.type === 'ExportNamedDeclaration' && d.declaration?.type === 'VariableDeclaration')
    .flatMap((d) => d.declaration.declarations)
    .find((d) => d.id.name === 'templates' && d.init?.type === 'ObjectExpression')?.init;

/** `[id, value node]` for each message of a generated catalogue; a computed key, a spread or a method stops the build. */
function catalogueEntries(ast, error) {
  const object = templatesObject(ast);
  if (!object) error('no `export const templates = { … }`');
  return object.properties.map((p) => {
    if (p.type !== 'Property' || p.computed || p.kind !== 'init' || p.method || p.shorthand) error('a message that is not a plain `id: value`');
    const v = p.value;
    // Strings and str`` templates: the kinds of message localizeRuntime reads.
    if (!(typeof v.value === 'string' || v.type === 'TemplateLiteral' || (v.type === 'TaggedTemplateExpression' && v.tag.name === 'str'))) {
      error(`message ${String(propertyName(p))} is neither a string nor a str\`\` template`);
    }
    return [String(propertyName(p)), v];
  });
}

function applyEdits(code, edits) {
  let out = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const isImportName = (ast, node) =>
  ast.body.some((d) => d.type === 'ImportDeclaration' && d.specifiers.some((s) => s.local === node || s.imported === node));

function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit, node));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit, node);
  }
}

/**
 * A plugin that edits Lit's own published modules, in the partner script's private copy of Lit. Each
 * edit is `[file, search, replacement]`: a search string is replaced wherever it occurs, a pattern
 * as `String.replace` does; one that no longer matches its file stops the build, so no edit is ever
 * skipped in silence when Lit changes. `edit(code, id)` is the same edit outside Rollup: the tests
 * give the element the partner script's Lit with it (test/support/private-lit.mjs).
 */
const litEditor = (name, edits, hooks = {}) => {
  const edit = (code, id) => {
    const mine = edits.filter(([file]) => file.test(id));
    if (!mine.length) return null;
    let out = code;
    for (const [, search, replacement] of mine) {
      const found = typeof search === 'string' ? out.includes(search) : search.test(out);
      if (!found) throw new Error(`Lit no longer matches ${search}: update ${name} in scripts/size-plugins.mjs.`);
      // Lit's names hold `$`, which a replacement string would read as a pattern; a function is taken literally.
      out = typeof search === 'string' ? out.replaceAll(search, () => replacement) : out.replace(search, replacement);
    }
    return out;
  };
  return {
    name,
    edit,
    ...hooks,
    transform(code, id) {
      try {
        const out = edit(code, id);
        return out === null ? null : { code: out, map: null };
      } catch (e) {
        return this.error(e.message);
      }
    },
  };
};

const litHtml = /[\\/]lit-html[\\/]lit-html\.js$/;
const reactiveElement = /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/;
const cssTag = /[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/;
const litElement = /[\\/]lit-element[\\/]lit-element\.js$/;

/**
 * Lit's `css` tag guards against misuse with long English errors (a CSSResult built by hand, a
 * non-literal value interpolated). Our styles are literal `css` templates, so the guards can only fire
 * during development; the checks stay and throw, with a one-word message, in the shipped script. So
 * does lit-html's refusal of a template whose strings are not a real template literal's (an object
 * made to look like a template result, from JSON say): our templates are all literal `html`.
 */
export const shortLitErrors = () =>
  litEditor('short-lit-errors', [
    [cssTag, /"CSSResult is not constructable\.[^"]*"/, '"CSSResult"'],
    [cssTag, /"Value passed to 'css' function[^"]*"\+(\w+)\+"[^"]*"/, '"css: "+$1'],
    [litHtml, 'Error("invalid template strings array")', 'Error("template")'],
  ]);

/**
 * Lit announces itself on the page's global object (`litHtmlVersions`, `reactiveElementVersions`,
 * `litElementVersions`) and offers hooks for the ShadyDOM polyfills and for server-side-rendering
 * hydration (`…PolyfillSupport`, `litElementHydrateSupport`) that a page may have put there. The
 * partner script carries a private Lit that only our element uses: it never hydrates server-rendered
 * Lit markup, the polyfills are for browsers without shadow DOM (which cannot run it anyway), and
 * writing version lists onto someone else's `window` is exactly what a guest script should not do.
 * So those statements go.
 */
export const noLitGlobals = () =>
  litEditor('no-lit-globals', [
    [litHtml, /,(\w+)=\w+\.litHtmlPolyfillSupport;\1\?\.\([\w$,]+\),\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]+"\);/, ';'],
    [reactiveElement, /,(\w+)=\w+\.reactiveElementPolyfillSupport,/, ','],
    [reactiveElement, /,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]+"\);/, ';'],
    [litElement, /,\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\);const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\);/, ';'],
    [litElement, /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]+"\);/, ''],
  ]);

/**
 * Directives (`repeat`, `classMap`, `ref`, …) are the one way a value reaches Lit's directive
 * machinery: resolving a directive on every binding, element bindings (`<p ${ref()}>`, which do
 * nothing but run a directive), and the connection hooks and part getters of `AsyncDirective`. No
 * template of ours uses one, so a binding's value is the value itself, as Lit resolves any
 * non-directive value, and that machinery goes. An element binding keeps its slot among the parts,
 * empty, so the values after it still meet their own parts. Loading any Lit directive module stops
 * the build, and `_$LH`, the private export directives are built on, is gone too.
 */
export const noLitDirectives = () =>
  litEditor(
    'no-lit-directives',
    [
      [litHtml, 'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}', ''],
      [litHtml, 't=M(this,t,i),a(t)', 'a(t)'],
      [litHtml, 't=M(this,t,i,0),o=', 'o='],
      [litHtml, 'r=M(this,e[s+n],i,n),', 'r=e[s+n],'],
      [litHtml, 'if((t=M(this,t,i,0)??A)===E)return;', 'if((t??=A)===E)return;'],
      [litHtml, ':1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t))', ':1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))'],
      [litHtml, 'class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t)}}', ''],
      // What only directives read: parts' connection state and their public getters.
      [litHtml, 'get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t)', 'u(t)'],
      [litHtml, 'get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
      [litHtml, ',this._$Cv=e?.isConnected??!0', ''],
      [litHtml, 'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}', ''],
      [litHtml, 'for(this._$AP?.(!1,!0,s);t!==this._$AB;)', 'for(;t!==this._$AB;)'],
      [litHtml, 'setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
      [litHtml, 'get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}', ''],
      [litHtml, 'this._$AV=[],this._$AN=void 0,', 'this._$AV=[],'],
      [litHtml, 'this._$AH=A,this._$AN=void 0,', 'this._$AH=A,'],
      [litHtml, 'const j={M:h,P:o,A:n,C:1,L:N,R,D:d,V:M,I:k,H,N:L,U:z,B:I,F:Z};', ''],
      [litHtml, 'j as _$LH,', ''],
      [litElement, 'this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),', ''],
      [litElement, 'connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}', ''],
      // A part's parent, its `type` and LitElement's root part, read only by directives and the hooks above.
      [litHtml, 'this._$AD=t,this._$AM=i}', 'this._$AD=t}'],
      [litHtml, 'this.type=2,this._$AH=A,this._$AA=t,this._$AB=i,this._$AM=s,', 'this._$AH=A,this._$AA=t,this._$AB=i,'],
      [litHtml, 'this.type=1,this._$AH=A,this.element=t,this.name=i,this._$AM=e,', 'this._$AH=A,this.element=t,this.name=i,'],
      [litHtml, 'constructor(){super(...arguments),this.type=4}', ''],
      [litHtml, 'constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5}', ''],
      [litHtml, '_$AI(t,i=this){', '_$AI(t){'],
      [litElement, ',this._$Do=void 0', ''],
      [litElement, 'this._$Do=e(r,this.renderRoot,this.renderOptions)', 'e(r,this.renderRoot,this.renderOptions)'],
    ],
    {
      load(id) {
        if (/[\\/]lit-html[\\/](directives[\\/]|(async-)?directive(-helpers)?\.js$)/.test(id)) {
          this.error(`${id} is a Lit directive, and the partner script's Lit has none: see noLitDirectives in scripts/size-plugins.mjs.`);
        }
        return null;
      },
    },
  );

/**
 * Our templates are all `html`: none is `svg` or `mathml` (whose fragments Lit parses inside a
 * wrapper element it then unwraps) or comes from Lit's template compiler (a prepared template in
 * place of strings). Those paths go, and with them the `svg` and `mathml` exports, so a module that
 * imports either stops the build. A compiled template would still fail loudly: Lit's check that a
 * template's strings are a real template literal's refuses it.
 */
export const onlyHtmlTemplates = () =>
  litEditor('only-html-templates', [
    [litHtml, 'l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
    [litHtml, '+(2===i?"</svg>":3===i?"</math>":"")', ''],
    [litHtml, 'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}', 'this.el=S.createElement(f,e),P.currentNode=this.el.content;'],
    [litHtml, 'w=x(2),T=x(3),', ''],
    [litHtml, 'T as mathml,', ''],
    [litHtml, ',w as svg', ''],
    [litHtml, 'e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)', 'e=this._$AC(t)'],
    [litHtml, 'const{values:i,_$litType$:s}=t,', 'const{values:i}=t,'],
    [litHtml, 'constructor({strings:t,_$litType$:i},e)', 'constructor({strings:t},e)'],
  ]);

/**
 * Two kinds of binding no template of ours has, checked in every `html` template of src/ (the build
 * stops on one): a binding inside the raw text of `<script>`, `<style>`, `<textarea>` or `<title>`
 * (where Lit has to find markers in text, and not parse tags in it), and a property binding
 * (`.name=${…}`). Without either element in any template, Lit's raw-text paths can never run; without
 * a `.` binding, neither can its property part.
 */
export const plainBindings = ({ include = /[\\/]src[\\/].*\.ts$/ } = {}) =>
  litEditor(
    'plain-bindings',
    [
      [litHtml, 'y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p', 'c=p'],
      // No raw-text element, so no raw-text end to look for: after any tag the scan reads text, as after a tag of any other name.
      [litHtml, 'c=n??v', 'c=v'],
      [litHtml, ':c===_||c===m?c=v:(c=p,n=void 0)', ':c=v'],
      [litHtml, 'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}', ''],
      [litHtml, '"."===e[1]?I:', ''],
    ],
    {
      moduleParsed({ id, ast }) {
        if (!include.test(id)) return;
        walk(ast, (node) => {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'html') return;
          const quasis = node.quasi.quasis.map((q) => q.value.raw);
          const problem = quasis.some((q) => /<(script|style|textarea|title)(?![\w-])/i.test(q))
            ? 'holds <script>, <style>, <textarea> or <title>'
            : quasis.slice(0, -1).some((q) => /\s\.[^\s"'>=/]+\s*=/.test(q)) && 'binds a property (.name=)';
          if (problem) this.error({ message: `This template ${problem}: the partner script's Lit leaves that out (plainBindings in scripts/size-plugins.mjs).`, id, pos: node.start });
        });
      },
    },
  );

/**
 * Hooks for other tools that the shipped script never meets: Closure Compiler's property renaming
 * (`JSCompiler_renameProperty`, an identity function in Lit's build) and ShadyDOM's node wrapper
 * (identity without the polyfill, whose support noLitGlobals removed) become the values they return,
 * and a scoped custom-element registry's `creationScope` (set only by Lit's scoped-registry mixin,
 * never by our element's render options) gives way to the document.
 */
export const noLitToolHooks = () =>
  litEditor('no-lit-tool-hooks', [
    [reactiveElement, 'd("elementProperties")', '"elementProperties"'],
    [reactiveElement, 'd("finalized")', '"finalized"'],
    [reactiveElement, 'd("properties")', '"properties"'],
    [litHtml, 'const s=i(t).nextSibling;i(t).remove()', 'const s=t.nextSibling;t.remove()'],
    [litHtml, '(t?.creationScope??l).importNode', 'l.importNode'],
  ]);

/**
 * Our element declares its properties in `static properties` and has no decorators, so what only
 * decorators feed goes: `addInitializer` and the initialisers it keeps, and the property metadata
 * standard decorators leave under `Symbol.metadata` (an undecorated class has none, so Lit would
 * find nothing there). With it goes Lit's polyfill of `Symbol.metadata` and its `litPropertyMetadata`
 * map, two more globals a guest script should not write onto the page. Loading Lit's decorators
 * stops the build.
 */
export const noLitDecorators = () =>
  litEditor(
    'no-lit-decorators',
    [
      [reactiveElement, 'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
      [reactiveElement, 'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', ''],
      [reactiveElement, 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
      [reactiveElement, ',this.constructor.l?.forEach(t=>t(this))', ''],
      [reactiveElement, 't.finalize(),void 0!==t.l&&(this.l=[...t.l]),', 't.finalize(),'],
    ],
    {
      load(id) {
        if (/[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/]|[\\/]lit[\\/]decorators/.test(id)) {
          this.error(`${id}: the partner script's Lit has no decorators (noLitDecorators in scripts/size-plugins.mjs).`);
        }
        return null;
      },
    },
  );

/**
 * Our element's reactive properties are strings and numbers, declared in `static properties` with
 * `type` (`Number`, or `String` by default), `attribute`, `reflect` (a `converter` or `hasChanged`
 * would work too), and the class defines no accessor or method of the same name. So Lit's attribute conversions for `Boolean`, `Object` and `Array`, and what the options
 * `state`, `noAccessor` and `useDefault` and a user's own accessor (`wrapped`) need, can never run,
 * nor can symbol-named properties; they go. Every class in src/ with `static properties` is checked,
 * and the build stops on anything else.
 */
export const plainProperties = ({ include = /[\\/]src[\\/].*\.ts$/ } = {}) =>
  litEditor(
    'plain-properties',
    [
      [reactiveElement, 'toAttribute(t,s){switch(s){case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t}', 'toAttribute(t){return t}'],
      // The empty value a true Boolean attribute gets.
      [reactiveElement, 'c=a.trustedTypes,l=c?c.emptyScript:"",', ''],
      [reactiveElement, 'fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}}return i}', 'fromAttribute(t,s){return s===Number&&null!==t?Number(t):t}'],
      [reactiveElement, 'if(s.state&&(s.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),this.elementProperties.set(t,s),!s.noAccessor){', '{this._$Ei(),this.elementProperties.set(t,s);'],
      [reactiveElement, 'const{get:e,set:r}=h(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t}};return{get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i)}', 'return{get(){return this[s]},set(e){const h=this[s];this[s]=e,this.requestUpdate(t,h,i)}'],
      [reactiveElement, 'this[e]=r??this._$Ej?.get(e)??r,', 'this[e]=r,'],
      [reactiveElement, '!((i.hasChanged??f)(h,s)||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i)))', '!(i.hasChanged??f)(h,s)'],
      [reactiveElement, 'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}', 'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}'],
      [reactiveElement, 'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}', ''],
      [reactiveElement, 'reflect:!1,useDefault:!1,', 'reflect:!1,'],
      [reactiveElement, 's=[...r(t),...o(t)]', 's=r(t)'],
    ],
    {
      moduleParsed({ id, ast }) {
        if (!include.test(id)) return;
        const stop = (node, why) =>
          this.error({ message: `${why}: the partner script's Lit has plain string and number properties only (plainProperties in scripts/size-plugins.mjs).`, id, pos: node.start });
        walk(ast, (node) => {
          if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') return;
          const declared = staticMember(node.body, 'properties');
          if (!declared) return;
          if (declared.type !== 'ObjectExpression') stop(declared, '`static properties` is not an object literal');
          const names = new Set();
          for (const p of declared.properties) {
            if (p.type !== 'Property' || p.computed || p.value.type !== 'ObjectExpression') stop(p, 'A property declared other than `name: { … }`');
            names.add(String(propertyName(p)));
            for (const o of p.value.properties) {
              const option = o.type === 'Property' && !o.computed ? propertyName(o) : undefined;
              if (!['type', 'attribute', 'reflect', 'converter', 'hasChanged'].includes(option)) stop(o, `Property option ${option ?? '…'}`);
              if (option === 'type' && !(o.value.type === 'Identifier' && ['Number', 'String'].includes(o.value.name))) stop(o, 'A type other than Number or String');
            }
          }
          for (const m of node.body.body) {
            if (m.type === 'MethodDefinition' && !m.static && !m.computed && names.has(String(propertyName(m)))) stop(m, `An accessor or method named like the property ${propertyName(m)}`);
          }
        });
      },
    },
  );

/** A class body's static `name` value: a static field, or `this.name = …` in a static block (TypeScript's output). */
function staticMember(body, name) {
  for (const m of body.body) {
    if (m.type === 'PropertyDefinition' && m.static && !m.computed && propertyName(m) === name) return m.value;
    if (m.type !== 'StaticBlock') continue;
    for (const s of m.body) {
      const e = s.type === 'ExpressionStatement' ? s.expression : undefined;
      if (e?.type === 'AssignmentExpression' && e.left.type === 'MemberExpression' && e.left.object.type === 'ThisExpression' && !e.left.computed && e.left.property.name === name) return e.right;
    }
  }
  return undefined;
}

/**
 * A CSSResult makes its stylesheet once and keeps it. Lit also keeps one per `css` template's
 * strings, for a template evaluated more than once; ours is evaluated once, at the top of its
 * module (and reaches Lit through `unsafeCSS`, which gives no strings: see untaggedCss), so that
 * second cache never finds anything and goes. Every element still adopts the one stylesheet.
 */
export const oneStylesheetCache = () =>
  litEditor('one-stylesheet-cache', [
    [cssTag, 'get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}', 'get styleSheet(){let t=this.o;return e&&void 0===t&&(this.o=t=new CSSStyleSheet).replaceSync(this.cssText),t}'],
  ]);

/**
 * Our element's `static styles` is one stylesheet, so Lit's flattening and de-duplication of nested
 * style arrays goes. The build stops on an array literal there; an array reaching Lit any other way
 * would not be adopted, and `adoptedStyleSheets` would throw as the element starts, in every engine.
 */
export const singleStylesheet = ({ include = /[\\/]src[\\/].*\.ts$/ } = {}) =>
  litEditor(
    'single-stylesheet',
    [
      [reactiveElement, 'static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s));return i}', 'static finalizeStyles(s){return void 0===s?[]:[t(s)]}'],
    ],
    {
      moduleParsed({ id, ast }) {
        if (!include.test(id)) return;
        walk(ast, (node) => {
          const styles = node.type === 'ClassBody' ? staticMember(node, 'styles') : undefined;
          if (styles?.type === 'ArrayExpression') this.error({ message: `The partner script's Lit takes one stylesheet in static styles (singleStylesheet in scripts/size-plugins.mjs).`, id, pos: styles.start });
        });
      },
    },
  );

/** Every edit of Lit the partner script makes, in order (rollup.config.mjs; test/support/private-lit.mjs). */
export const privateLit = () => [shortLitErrors(), noLitGlobals(), noLitDirectives(), onlyHtmlTemplates(), plainBindings(), noLitToolHooks(), noLitDecorators(), plainProperties(), oneStylesheetCache(), singleStylesheet()];

/**
 * @lit/localize's index re-exports its non-reentrant runtime (init/runtime.js), which we never call,
 * and whose only top-level effect is to create and resolve a promise it keeps to itself. The package
 * declares no `sideEffects`, so Rollup keeps that effect and the Deferred class behind it. Nothing
 * outside the module can observe the promise, so the module is declared free of effects, and dropped
 * when none of its exports is used. The build fails if the module starts doing anything else at top level.
 */
export const inertLocalizeRuntime = () => ({
  name: 'inert-localize-runtime',
  transform(code, id) {
    if (!/[\\/]@lit[\\/]localize[\\/]init[\\/]runtime\.js$/.test(id)) return null;
    const inert = this.parse(code).body.every(
      (s) =>
        s.type === 'ImportDeclaration' ||
        s.type === 'FunctionDeclaration' ||
        (s.type === 'ExportNamedDeclaration' && !s.source && (!s.declaration || isInertDeclaration(s.declaration))) ||
        isInertDeclaration(s) ||
        // `loading.resolve();` settles the module's own Deferred.
        (s.type === 'ExpressionStatement' && code.slice(s.start, s.end) === 'loading.resolve();'),
    );
    if (!inert) this.error(`@lit/localize's init/runtime.js does more at top level than before: update scripts/size-plugins.mjs.`);
    return { code, map: null, moduleSideEffects: false };
  },
});

/** A function, or variables holding nothing, literals, functions or `new Deferred()` (whose constructor only makes a promise). */
const isInertDeclaration = (d) =>
  d.type === 'FunctionDeclaration' ||
  (d.type === 'VariableDeclaration' &&
    d.declarations.every(
      ({ init }) =>
        !init ||
        init.type === 'Literal' ||
        init.type === 'ArrowFunctionExpression' ||
        init.type === 'FunctionExpression' ||
        (init.type === 'NewExpression' && init.callee.name === 'Deferred' && !init.arguments.length),
    ));
