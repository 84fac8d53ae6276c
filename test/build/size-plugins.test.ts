// The build's template minifiers (scripts/size-plugins.mjs) must never change what the browser reads or shows.
import { expect, fixture, html } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
// @ts-expect-error: a build script in plain JS, without types.
import { collapseHtmlIndent, indexed, localizeRuntime, messageIds, minifyCss } from '../../scripts/size-plugins.mjs';
import { css } from 'lit';
import { styles } from '../../src/icssi-statement.styles.js';
import { templates as ar } from '../../src/locale/generated/ar.js';
import { templates as ckb } from '../../src/locale/generated/ckb.js';
import { templates as fr } from '../../src/locale/generated/fr.js';
import { templates as it_ } from '../../src/locale/generated/it.js';
import { templates as kmr } from '../../src/locale/generated/kmr.js';

const minify = minifyCss as (css: string) => string;
const collapse = collapseHtmlIndent as (text: string) => string;
const ids = messageIds as (keys: string[]) => string[];
const index = indexed as (entries: [string, unknown][], ids: string[]) => unknown[];

/**
 * The stylesheet as the browser parsed it: what every rule means, whatever the spacing was. A value
 * holding `var()` is kept as written until it is substituted, so its spaces after commas are
 * normalised here; the property it lands in parses `a, b` and `a,b` alike.
 */
function parsed(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((r) => r.cssText.replace(/, /g, ','));
}

describe('CSS minification in the build', () => {
  it('leaves the element’s styles meaning exactly the same, in fewer bytes', () => {
    const css = styles.cssText;
    const small = minify(css);
    expect(parsed(small)).to.deep.equal(parsed(css));
    expect(small.length).to.be.below(css.length * 0.8);
  });

  it('keeps the space before a pseudo-class, which selects descendants', () => {
    const css = '.body :lang(ar) { color: red; }\n.body:lang(ar) { color: blue; }';
    expect(minify(css)).to.equal('.body :lang(ar){color:red}.body:lang(ar){color:blue}');
    expect(parsed(minify(css))).to.deep.equal(parsed(css));
  });

  it('keeps quoted text byte for byte and drops comments, even with quotes inside them', () => {
    const css = `/* the reader's fonts */ .a { font-family: 'Noto  Naskh ,  Arabic', "A ; /* B */" , serif; }`;
    expect(minify(css)).to.equal(`.a{font-family:'Noto  Naskh ,  Arabic',"A ; /* B */",serif}`);
    expect(parsed(minify(css))).to.deep.equal(parsed(css));
  });

  it('keeps interpolation markers where they were, inside strings too', () => {
    expect(minify(".a {\n  width: \0;\n  content: '\0 x';\n}")).to.equal(".a{width:\0;content:'\0 x'}");
  });

  it('leaves text alone when it cannot tell strings from code', () => {
    const css = ".a { content: 'unclosed; }\n.b { color: red; }";
    expect(minify(css)).to.equal(css);
  });
});

describe('HTML template indentation in the build', () => {
  it('shows the same text, laid out the same, with the source indentation collapsed', async () => {
    const source = `<article>
        <p class="a">Read
          <a href="#x">the full statement</a>
          now</p>
        <span>one</span>
        <span>two</span>
      </article>`;
    const before = await fixture<HTMLElement>(html`<div style="inline-size: 30em"></div>`);
    const after = await fixture<HTMLElement>(html`<div style="inline-size: 30em"></div>`);
    // Static markup written by the test itself, to compare the two renderings.
    before.innerHTML = source;
    after.innerHTML = collapse(source);
    expect(collapse(source)).to.not.contain('\n');
    // Trailing white space at the end of a block never renders; WebKit's innerText still reports it as a line break.
    expect(after.innerText.trimEnd()).to.equal(before.innerText.trimEnd());
    expect(after.getBoundingClientRect().height).to.equal(before.getBoundingClientRect().height);
    expect(after.querySelector('a')!.getBoundingClientRect().x).to.equal(before.querySelector('a')!.getBoundingClientRect().x);
  });
});

describe('Message catalogues as arrays in the build', () => {
  const catalogues = { ar, ckb, fr, it: it_, kmr } as Record<string, Record<string, unknown>>;
  const all = ids(Object.values(catalogues).flatMap((t) => Object.keys(t)));

  it('reads every message of every catalogue at its id’s index, and nothing else', () => {
    for (const [locale, templates] of Object.entries(catalogues)) {
      const array = index(Object.entries(templates), all);
      for (const id of all) expect(array[all.indexOf(id)], `${locale} ${id}`).to.equal(templates[id]);
      expect(Object.keys(array).length, locale).to.equal(Object.keys(templates).length);
      // The index given to an id no catalogue holds.
      expect(array[all.length]).to.equal(undefined);
    }
  });

  it('numbers the ids the same whatever order the catalogues are read in', () => {
    const keys = Object.values(catalogues).flatMap((t) => Object.keys(t));
    expect(ids([...keys].reverse())).to.deep.equal(all);
    expect(new Set(all).size).to.equal(all.length);
  });

  it('stops the build on a message id given twice or one it has no index for', () => {
    expect(() => index([['a', 1], ['a', 2]], ['a'])).to.throw('given twice');
    expect(() => index([['b', 1]], ['a'])).to.throw('not indexed');
  });
});

describe('The partner script’s @lit/localize runtime, which looks messages up by index', () => {
  const catalogues = { ar, ckb, fr, it: it_, kmr } as Record<string, Record<string, unknown>>;
  const all = ids(Object.values(catalogues).flatMap((t) => Object.keys(t)));
  const arrays = Object.fromEntries(Object.entries(catalogues).map(([l, t]) => [l, index(Object.entries(t), all)]));
  /** What a call gives back, or the kind of error it throws (a `str` translation of a plain source text throws in both). */
  const outcome = (call: () => unknown) => {
    try {
      return { value: call() };
    } catch (e) {
      return { error: (e as Error).constructor.name };
    }
  };

  it('gives every message of every catalogue, in every language, as @lit/localize does', async () => {
    // And a language whose translation puts the source's values in another order.
    const reordered = { 'error-http': str`${1}, then ${0}` };
    catalogues.xx = reordered;
    arrays.xx = index(Object.entries(reordered), all);
    const compact = await import(`data:text/javascript,${encodeURIComponent(localizeRuntime as string)}`);
    let locale = 'en';
    const config = (templates: Record<string, unknown>) => ({
      sourceLocale: 'en',
      targetLocales: Object.keys(catalogues),
      getLocale: () => locale,
      loadLocaleSync: (l: string) => ({ templates: templates[l] }) as never,
    });
    const compare = (id: string) => {
      const i = all.includes(id) ? all.indexOf(id) : all.length;
      const text = `Source of ${id}`;
      expect(outcome(() => compact.msg(text, i)), `${locale} ${id}`).to.deep.equal(outcome(() => msg(text, { id })));
      const theirs = outcome(() => msg(str`Source ${404} of ${id}`, { id }));
      expect(outcome(() => compact.msg(compact.str`Source ${404} of ${id}`, i)), `${locale} ${id}`).to.deep.equal(theirs);
    };
    // Before the widget configures it: the source text.
    compare('loading');
    configureReentrantLocalization(config(catalogues));
    compact.configureReentrantLocalization(config(arrays));
    for (locale of ['en', ...Object.keys(catalogues), 'de']) for (const id of [...all, 'no-such-message']) compare(id);
    locale = 'ar';
    expect(compact.msg(compact.str`x ${404}`, all.indexOf('error-http'))).to.contain('404');
    expect(() => compact.configureReentrantLocalization(config(arrays))).to.throw('lit-localize can only be configured once');
  });
});

// test/support/private-lit.mjs: every other test of the element tests these edits too.
describe('The element’s Lit in the tests', () => {
  it('is the partner script’s edited copy, beside the tests’ own Lit as published', () => {
    const [ours, theirs] = [styles, css``].map((s) => s.constructor as new (...args: unknown[]) => unknown);
    expect(ours).to.not.equal(theirs);
    // shortLitErrors: a CSSResult built by hand is still refused, in one word by the edited copy.
    expect(() => new ours('', undefined, {})).to.throw().with.property('message', 'CSSResult');
    expect(() => new theirs('', undefined, {})).to.throw().with.property('message').that.contains('not constructable');
  });
});
