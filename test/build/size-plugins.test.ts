// The build's template minifiers (scripts/size-plugins.mjs) must never change what the browser reads or shows.
import { expect, fixture, html } from '@open-wc/testing';
// @ts-expect-error: a build script in plain JS, without types.
import { collapseHtmlIndent, minifyCss } from '../../scripts/size-plugins.mjs';
import { styles } from '../../src/icssi-statement.styles.js';

const minify = minifyCss as (css: string) => string;
const collapse = collapseHtmlIndent as (text: string) => string;

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
