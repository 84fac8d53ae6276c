/** Raw HTML inside Markdown goes through the widget's own allowlist (src/render/allowlist.ts): nothing unsafe reaches the feed or the pages. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { HEADING, PLAIN, WITH_ATTRS } from '../../src/render/allowlist.js';
import { renderMarkdown } from '../src/markdown.js';
import { sanitize } from '../src/sanitize.js';
import { cli, repo, scratch, SITE_YAML, write } from './helpers.js';

const { vectors } = (await import(repo('test/security/xss-vectors.mjs'))) as { vectors: string[] };
const BASE = 'https://statements.test/s/ar/';

/** Every element and attribute of `html` is one the widget keeps, and every URL has a safe scheme. */
function assertAllowed(html: string, context: string): void {
  const walk = (node: T.ParentNode) => {
    for (const n of node.childNodes) {
      if (n.nodeName === '#comment') assert.fail(`${context}: a comment survived`);
      if (!('tagName' in n)) continue;
      const name = n.tagName;
      const attrs = name === 'img' ? ['src', 'alt', 'width', 'height'] : PLAIN.test(name) || HEADING.test(name) ? [] : WITH_ATTRS[name];
      assert.ok(attrs, `${context}: <${name}> survived`);
      for (const a of n.attrs) {
        assert.ok(attrs.includes(a.name), `${context}: <${name} ${a.name}> survived`);
        if (a.name === 'href' || a.name === 'src') assert.match(a.value, /^(https?|mailto):/, `${context}: ${a.name}=${a.value}`);
      }
      walk(n);
    }
  };
  walk(parseFragment(html));
}

test('every XSS vector of the widget suite, as raw HTML in Markdown, comes out as allowed markup only', () => {
  for (const vector of vectors) {
    const markdown = `Before.\n\n${vector.replaceAll('XSS', 'alert(1)').replaceAll('EVIL', 'https://evil.example/t')}\n\nAfter *inline <b onclick="alert(1)">bold</b> <a href="javascript:alert(1)">link</a>*.\n`;
    for (const titleLevel of [undefined, 1]) {
      const { html } = renderMarkdown(markdown, BASE, titleLevel);
      assertAllowed(html, vector);
      // Parsing the output again changes nothing: no markup that mutates on the widget's own parse.
      assert.equal(sanitize(html, { base: BASE }).html, html, vector);
      assert.match(html, /<p>Before\.<\/p>/, vector);
    }
  }
});

test('what the allowlist keeps survives: links made absolute, headings, lists, images; unsafe links become their text', () => {
  const { html } = renderMarkdown(
    '## Demands\n\n- one\n- [two](../en/)\n\n<a href="javascript:alert(1)" title="t">kept words</a> <abbr title="Iraqi Civil Society Solidarity Initiative">ICSSI</abbr>\n\n![a photo](photo.jpg) <img src="https://t.example/p.gif" width="1" height="1">\n',
    BASE,
  );
  assert.equal(
    html,
    '<h2>Demands</h2>\n<ul>\n<li>one</li>\n<li><a href="https://statements.test/s/en/">two</a></li>\n</ul>\n<p>kept words <abbr title="Iraqi Civil Society Solidarity Initiative">ICSSI</abbr></p>\n<p><img src="https://statements.test/s/ar/photo.jpg" alt="a photo"> </p>',
  );
  // On a page the body's headings sit below the page's <h1>.
  assert.match(renderMarkdown('# Top\n\n## Next\n', BASE, 1).html, /^<h2>Top<\/h2>\n<h3>Next<\/h3>$/);
});

test('a built feed and its pages carry none of a hostile statement\'s script', () => {
  const work = scratch();
  write(join(work, 'src'), {
    'site.yaml': SITE_YAML,
    's/ar.md': '---\ntitle: "<script>alert(1)</script> عنوان"\ndate: 2025-02-10\n---\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<svg><a href="javascript:alert(1)"><text>x</text></a></svg>\n\n<iframe src="https://evil.example/"></iframe>نص.\n',
  });
  const r = cli(['build', 'src', '--out', 'out'], work);
  assert.equal(r.status, 0, r.stderr);
  const feed = JSON.parse(readFileSync(join(work, 'out/feed.json'), 'utf8'));
  assertAllowed(feed.items[0].content_html, 'feed');
  // The title is text: its angle brackets are characters, in the feed and escaped on the page.
  assert.equal(feed.items[0].title, '<script>alert(1)</script> عنوان');
  const page = readFileSync(join(work, 'out/s/ar/index.html'), 'utf8');
  assert.doesNotMatch(page, /<script|onerror|javascript:|<iframe|<svg/i);
  assert.match(page, /<h1>&lt;script&gt;alert\(1\)&lt;\/script&gt; عنوان<\/h1>/);
});
