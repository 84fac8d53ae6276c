/** The snippet builder with a signed feed: it verifies the signatures itself before writing `key`, and carries `mirrors`. */
import { expect, waitUntil } from '@open-wc/testing';
import { faultUrl } from '../network/server.js';

const KEY = 'A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg';

async function build(feedUrl: string, mirrors = ''): Promise<{ snippet: string; iframe: string; status: string }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  frame.src = '/dist/builder.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const field = (id: string) => doc.getElementById(id) as HTMLInputElement & HTMLTextAreaElement;
  await waitUntil(() => field('feed'), 'the builder page loads');
  field('feed').value = feedUrl;
  (doc.getElementById('feed-form') as HTMLFormElement).requestSubmit();
  await waitUntil(() => field('snippet').value.includes('<icssi-statement'), 'the snippet is written', { timeout: 5000 });
  field('mirrors').value = mirrors;
  field('options').dispatchEvent(new Event('change', { bubbles: true }));
  const result = { snippet: field('snippet').value, iframe: field('iframe-snippet').value, status: field('key-status').textContent ?? '' };
  frame.remove();
  return result;
}

describe('snippet builder: signed feeds and mirrors', () => {
  it('writes the key it verified, says where it came from, and carries the mirrors', async () => {
    const mirror = 'https://mirror.example.net/feed.json';
    const { snippet, iframe, status } = await build(faultUrl('signed-two.json'), `${mirror} javascript:alert(1)`);
    expect(snippet).to.include(`key="${KEY}"`);
    expect(snippet).to.include(`mirrors="${mirror}"`);
    expect(snippet).not.to.include('javascript:');
    expect(new URL(iframe.match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&')).searchParams.get('key')).to.equal(KEY);
    expect(status).to.include(KEY);
    expect(status).to.include('read from the feed');
    expect(status).to.include('confirm this key with the publisher');
  });

  it('writes no key for an unsigned feed, nor for one whose signatures do not verify', async () => {
    const unsigned = await build(faultUrl('signed-unsigned.json'));
    expect(unsigned.snippet).not.to.include(' key=');
    expect(unsigned.status).to.include('not signed');
    const forged = await build(faultUrl('signed-tampered-title.json'));
    expect(forged.snippet).not.to.include(' key=');
    expect(forged.status).to.include('do not verify');
  });
});
