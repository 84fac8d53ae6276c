// The build's template minifiers (scripts/size-plugins.mjs) must never change what the browser reads or shows.
import { expect, fixture, html } from '@open-wc/testing';
// @ts-expect-error: a build script in plain JS, without types.
import { collapseHtmlIndent, indexed, messageIds, minifyCss } from '../../scripts/size-plugins.mjs';
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
