// The partner script's Lit, edited by privateLit (scripts/size-plugins.mjs), renders every template the way Lit as
// published does, for the kinds of binding our templates have and those its edits leave without a use.
import { expect } from '@open-wc/testing';
import * as published from 'lit';
import { IcssiStatement } from '../../src/icssi-statement.js';
// @ts-expect-error: the test server serves this URL edited as the partner script's Lit (test/support/private-lit.mjs).
import * as edited from '/node_modules/lit-html/lit-html.js?private-lit';
// @ts-expect-error: the same, for Lit's element.
import { LitElement as EditedLitElement } from '/node_modules/lit/index.js?private-lit';

type Lit = Pick<typeof published, 'html' | 'render' | 'nothing' | 'noChange'>;

/** The container's markup after each render, without the comments Lit marks its parts with. */
function renders(lit: Lit, template: (v: number) => unknown, values: number[]): string[] {
  const container = document.createElement('div');
  return values.map((v) => {
    lit.render(template(v), container);
    // Each Lit has its own random marker, which a binding inside a comment leaves there.
    return container.innerHTML.replace(/<!--(\?[^>]*)?-->/g, '').replace(/lit\$\d+\$/g, 'lit$');
  });
}

const both = (template: (lit: Lit, v: number) => unknown, values = [1, 2, 1]) => {
  const [ours, theirs] = [edited as Lit, published].map((lit) => renders(lit, (v) => template(lit, v), values));
  expect(ours).to.deep.equal(theirs);
  return ours;
};

describe('The partner script’s Lit', () => {
  it('is not the tests’ own, and is edited', () => {
    expect(edited.render).to.be.a('function');
    expect(edited.render).to.not.equal(published.render);
    // noLitDirectives drops the private export directives are built on.
    expect(Object.keys(edited)).to.not.include('_$LH');
    expect(Object.keys(published)).to.include('_$LH');
  });

  it('renders text, attributes, boolean attributes, lists and nested templates as Lit does', () => {
    const out = both(({ html, nothing }, v) =>
      html`<p class="a ${v} b" id=${v > 1 ? nothing : 'x'} ?hidden=${v > 1}>${v}
        ${[0, 1, 2].slice(0, v + 1).map((i) => html`<b>${i}</b>`)}${v > 1 ? html`<i>two</i>` : nothing}</p>`,
    );
    expect(out[1]).to.contain('hidden').and.contain('<i>two</i>');
  });

  // plainBindings: the template scan without raw-text elements.
  it('finds bindings after comments, quoted “>” and self-closing tags as Lit does', () => {
    // eslint-disable-next-line lit/binding-positions, lit/attribute-value-entities -- the scan's corner cases are the point.
    both(({ html }, v) => html`<!-- a <p> ${v} --><p title="a > b" data-v=${v}>x > y ${v}<br/><img alt='${v}>' />${v}</p>`);
  });

  it('leaves a part as it was for noChange, and empties it for nothing, null and undefined', () => {
    both(({ html, nothing, noChange }, v) => html`<p title=${v === 2 ? noChange : v}>${[v, noChange, nothing, null][v]}</p>`, [1, 2, 0, 3, 1]);
  });

  // noLitDirectives: an element binding still takes its place, so the values after it reach their own parts.
  it('keeps the values after an element binding on their own parts', () => {
    const out = both(({ html }, v) => html`<p ${v} title=${`t${v}`}>${`text ${v}`}</p><span ${v}></span>${v}`);
    expect(out[0]).to.equal('<p title="t1">text 1</p><span></span>1');
  });

  // onlyHtmlTemplates: no svg`` or mathml``, and an <svg> inside html`` is the HTML parser's, as ever.
  it('has html templates only, which still hold SVG', () => {
    expect(Object.keys(edited)).to.not.include.members(['svg', 'mathml']);
    expect(Object.keys(published)).to.include.members(['svg', 'mathml']);
    both(({ html }, v) => html`<svg viewBox="0 0 ${v} 2"><circle r=${v}></circle></svg>`);
    const container = document.createElement('div');
    edited.render(edited.html`<svg><circle r=${1}></circle></svg>`, container);
    expect(container.querySelector('circle')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  });

  // noLitDecorators: properties come from `static properties` alone.
  it('gives the element every attribute of its static properties, and nothing for decorators', () => {
    expect(IcssiStatement.observedAttributes).to.include.members(['src', 'max-bytes', 'heading-level', 'layout', 'state']);
    expect('addInitializer' in IcssiStatement).to.equal(false);
    expect('addInitializer' in published.LitElement).to.equal(true);
  });

  // plainProperties: string and number properties, from attributes and back, as Lit as published has them.
  it('converts, reflects and reports changed properties as Lit does', async () => {
    const seen = await Promise.all(
      [EditedLitElement as typeof published.LitElement, published.LitElement].map(async (Base, i) => {
        const log: unknown[] = [];
        class Probe extends Base {
          static override properties = { n: { type: Number }, s: {}, r: { reflect: true }, a: { attribute: 'an-attr' } };
          declare n: number | null;
          declare s: string;
          declare r: string;
          declare a: string;
          override updated(changed: Map<string, unknown>) {
            log.push([...changed], this.n, this.getAttribute('r'));
          }
        }
        const tag = `plain-properties-${i}`;
        // A value set before the element is defined is kept, as Lit keeps it.
        const el = document.createElement(tag) as Probe;
        el.s = 'early';
        customElements.define(tag, Probe);
        document.body.append(el);
        const step = async (change: () => void) => {
          change();
          await el.updateComplete;
        };
        await step(() => el.setAttribute('n', '5'));
        await step(() => el.setAttribute('an-attr', 'x'));
        await step(() => (el.r = 'reflected'));
        await step(() => el.removeAttribute('n'));
        await step(() => ((el.n = 7), (el.s = 'late')));
        await step(() => (el.n = 7));
        log.push(el.getAttribute('n'), el.getAttribute('s'), el.a, typeof el.n);
        el.remove();
        return log;
      }),
    );
    expect(seen[0]).to.deep.equal(seen[1]);
    expect(seen[0]).to.include(5).and.include('reflected').and.include('number');
  });

  // shortLitErrors: the check stays, with a shorter message.
  it('refuses a template result whose strings are not a template literal’s, as from JSON', () => {
    const forged = { _$litType$: 1, strings: ['<img src=x onerror="window.forged = 1">'], values: [] };
    const container = document.createElement('div');
    expect(() => edited.render(forged, container)).to.throw().with.property('message', 'template');
    expect(() => published.render(forged, container)).to.throw();
    expect(container.querySelector('img')).to.equal(null);
  });

  it('calls event listeners with the host as Lit does, and swaps them on a re-render', () => {
    const calls: string[] = [];
    const container = document.createElement('div');
    const host = { name: 'host' };
    for (const name of ['first', 'second']) {
      edited.render(edited.html`<button @click=${function (this: unknown) { calls.push(`${name} ${this === host}`); }}></button>`, container, { host });
      container.querySelector('button')!.click();
    }
    expect(calls).to.deep.equal(['first true', 'second true']);
  });
});
