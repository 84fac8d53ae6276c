/** The snippet builder as a blogger opens it, in a frame of the test page; `?ui=` is what its language menu writes into the address. */
import { waitUntil } from '@open-wc/testing';

export async function openBuilder(query = ''): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:900px;height:700px';
  iframe.src = `/dist/builder.html${query}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.documentElement.dir, 'the builder sets its language');
  return doc;
}
