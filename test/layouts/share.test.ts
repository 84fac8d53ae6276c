import { expect, html } from '@open-wc/testing';
import { feedUrl, mount, part, text } from '../helpers/mount.js';

const FEED = feedUrl('nasiriyah.json');
const EN_URL = 'https://www.iraqicivilsociety.org/?p=nasiriyah-2025-02&lang=en';

/** Replaces a browser capability for one test; `undefined` takes it away. */
function fake<K extends 'share' | 'clipboard'>(name: K, value: unknown): void {
  Object.defineProperty(navigator, name, { value, configurable: true });
}

describe('share button', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).share;
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  });

  it('opens the system share sheet with the statement title and link where the browser has one', async () => {
    const shared: ShareData[] = [];
    fake('share', async (data: ShareData) => void shared.push(data));
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    const button = part(el, 'share')!;
    expect(text(button)).to.equal('Share');
    button.click();
    await new Promise((r) => setTimeout(r));
    expect(shared).to.deep.equal([{ title: 'Solidarity statement on the protests in Nasiriyah', url: EN_URL }]);
    expect(text(part(el, 'copied'))).to.equal('');
  });

  it('copies the link and says so politely where there is no share sheet', async () => {
    const copied: string[] = [];
    fake('share', undefined);
    fake('clipboard', { writeText: async (s: string) => void copied.push(s) });
    const el = await mount(html`<icssi-statement lang="fr" src=${FEED}></icssi-statement>`);
    const button = part(el, 'share')!;
    expect(text(button)).to.equal('Copier le lien');
    const status = part(el, 'copied')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('');
    button.click();
    await new Promise((r) => setTimeout(r));
    // The same address as the "Read the full statement" link beside it.
    expect(copied).to.deep.equal([part(el, 'link')!.getAttribute('href')]);
    expect(text(status)).to.equal('Lien copié');
  });

  it('does nothing more when the reader closes the share sheet', async () => {
    const copied: string[] = [];
    fake('share', async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    fake('clipboard', { writeText: async (s: string) => void copied.push(s) });
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    part(el, 'share')!.click();
    await new Promise((r) => setTimeout(r));
    expect(copied).to.deep.equal([]);
    expect(text(part(el, 'copied'))).to.equal('');
  });

  it('copies the link instead when the share sheet is refused', async () => {
    const copied: string[] = [];
    fake('share', async () => {
      throw new DOMException('Not allowed', 'NotAllowedError');
    });
    fake('clipboard', { writeText: async (s: string) => void copied.push(s) });
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    part(el, 'share')!.click();
    await new Promise((r) => setTimeout(r));
    expect(copied).to.deep.equal([EN_URL]);
    expect(text(part(el, 'copied'))).to.equal('Link copied');
  });

  it('offers no button where the browser can neither share nor copy', async () => {
    fake('share', undefined);
    fake('clipboard', undefined);
    const el = await mount(html`<icssi-statement lang="en" src=${FEED}></icssi-statement>`);
    expect(part(el, 'share')).to.equal(null);
    expect(text(part(el, 'link'))).to.equal('Read the full statement');
  });

  it('gives every statement of a list its own share button once the reader opens it', async () => {
    fake('share', undefined);
    fake('clipboard', { writeText: async () => undefined });
    const el = await mount(
      html`<icssi-statement lang="en" layout="list" src=${new URL('./three-statements.json', import.meta.url).href}></icssi-statement>`,
    );
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toggle"]').forEach((b) => b.click());
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="share"]')).to.have.length(3);
  });
});
