import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/render/sanitize.js';
import { firstParagraph, summaryOf } from '../../src/render/summary.js';
import type { Version } from '../../src/model.js';
import { vectors } from '../security/xss-vectors.mjs';

const version = (html: string, more: Partial<Version> = {}): Version => ({ lang: 'en', title: 'T', html, base: 'https://partner.example/', ...more });

/** What a reader of the opened card reads as its first paragraph: the sanitised body's. */
function sanitisedFirstParagraph(html: string): string {
  const body = document.createElement('div');
  body.append(
    sanitizeHtml(html, { base: 'https://partner.example/', headingLevel: 2, imageAllowed: () => true, imagePlaceholder: () => new Text('') }),
  );
  // An image whose address is refused leaves its alt text; a summary is text and keeps no image's words.
  return body.querySelector('p')?.textContent || body.textContent!;
}

const filled = vectors.map((v) => v.replaceAll('XSS', 'alert(1)').replaceAll('EVIL', 'https://evil.example'));
const withoutImages = filled.filter((v) => !/<img|<image|<input|src=|alt=/i.test(v));

describe('card summaries', () => {
  it('are the feed’s own summary when it gives one', () => {
    expect(summaryOf(version('<p>Body</p>', { summary: 'Given summary' }))).to.equal('Given summary');
  });

  it('are the first paragraph of a plain-text body', () => {
    expect(summaryOf(version('', { html: undefined, text: '\n\n  First one.\nStill first.\n\nSecond.' }))).to.equal('First one.\nStill first.');
  });

  it('read the first paragraph, in any case of tag, and the whole text when there is no paragraph', () => {
    expect(firstParagraph(version('<h2>Head</h2><P>One <b>bold</b></P><p>Two</p>'))).to.equal('One bold');
    expect(firstParagraph(version('Just <i>text</i>, no paragraphs'))).to.equal('Just text, no paragraphs');
    // A stray </p> makes an empty paragraph first: the text after it is the summary, as in the body.
    expect(firstParagraph(version('</p>Lead text<p>Later</p>'))).to.equal(sanitisedFirstParagraph('</p>Lead text<p>Later</p>'));
  });

  it('never carry code, styles, controls or foreign content that the body drops', () => {
    const html =
      '<style>p{}</style><script>var s = "</p>"</script><!-- </p> --><svg><text>drawn</text></svg>' +
      '<template><p>inert</p></template><noscript><p>nojs</p></noscript><textarea></p>typed</textarea>' +
      '<p title="</p>">Real <script>x()</script>first<button>Press</button> paragraph</p><p>Second</p>';
    expect(firstParagraph(version(html))).to.equal('Real first paragraph');
    expect(sanitisedFirstParagraph(html)).to.equal('Real first paragraph');
  });

  it('show exactly the sanitised body’s first paragraph for every vector of the XSS corpus, alone and around text', () => {
    expect(withoutImages.length).to.be.above(50);
    for (const v of withoutImages) {
      for (const html of [v, `<p>Lead ${v} end</p><p>Second</p>`, `${v}<p>After</p>`, `<div>${v}</div>`]) {
        expect(firstParagraph(version(html)), html).to.equal(sanitisedFirstParagraph(html));
      }
    }
  });

  it('never show words the sanitised body does not hold, with images in the markup too', () => {
    for (const v of filled) {
      for (const html of [v, `<p>Lead ${v} end</p>`, `${v}<p>After</p>`]) {
        const body = document.createElement('div');
        body.append(sanitizeHtml(html, { base: 'https://partner.example/', headingLevel: 2, imageAllowed: () => true, imagePlaceholder: () => new Text('') }));
        const words = firstParagraph(version(html)).split(/\s+/).filter(Boolean);
        for (const w of words) expect(body.textContent, `${w} from ${html}`).to.contain(w);
      }
    }
  });
});
