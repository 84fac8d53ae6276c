import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';
import { part, settled, text } from '../helpers/mount.js';

const parts = (el: IcssiStatement, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** A JSON Feed of `n` statements, newest first, one a day, the newest with signatories and a translation. */
function feed(n: number): string {
  const items = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    title: `Statement ${i + 1}`,
    content_html: `<p>First paragraph of statement ${i + 1}.</p><p>Second paragraph.</p>`,
    date_published: new Date(Date.UTC(2025, 1, 10) - i * 864e5).toISOString(),
    language: 'en',
    ...(i ? {} : { _icssi: { signatories: [{ name: 'Basra Women’s Forum' }, { name: 'Mosul Youth' }], translations: [{ language: 'ar', title: 'بيان', content_html: '<p>نص</p>' }] } }),
  }));
  const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });
  return URL.createObjectURL(new Blob([json], { type: 'application/feed+json' }));
}

/** Calls `seen` with the element's shadow root at its first paint: the moment `state` becomes `ready`. */
function atFirstPaint<T>(el: IcssiStatement, seen: () => T): Promise<T> {
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (el.getAttribute('state') !== 'ready') return;
      watch.disconnect();
      resolve(seen());
    });
    watch.observe(el, { attributes: true, attributeFilter: ['state'] });
  });
}

/** Counts the `Intl` objects built (date, number, plural, language names) while `run` runs and until `until` resolves. */
async function countIntl<T>(until: Promise<T>): Promise<[T, number]> {
  const kinds = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'DisplayNames', 'RelativeTimeFormat', 'Locale'] as const;
  const originals = kinds.map((k) => Intl[k]);
  let built = 0;
  kinds.forEach((k, i) => {
    const Original = originals[i] as unknown as new (...a: unknown[]) => object;
    (Intl as unknown as Record<string, unknown>)[k] = new Proxy(Original, {
      construct: (target, args) => (built++, Reflect.construct(target, args)),
      apply: (target, self, args) => (built++, Reflect.apply(target as unknown as (...a: unknown[]) => unknown, self, args)),
    });
  });
  try {
    return [await until, built];
  } finally {
    kinds.forEach((k, i) => ((Intl as unknown as Record<string, unknown>)[k] = originals[i]));
  }
}

describe('the first paint', () => {
  it('shows title and body at once, with the date and the count of signatories a frame later, in space kept for them', async () => {
    // Locales no other test on this page uses, so nothing is already built.
    const el = document.createElement('icssi-statement');
    el.lang = 'en-NZ';
    el.src = feed(1);
    const first = atFirstPaint(el, () => ({
      title: text(part(el, 'title')),
      body: text(part(el, 'body')),
      date: part(el, 'date')!.textContent,
      dateHeight: part(el, 'date')!.getBoundingClientRect().height,
      signed: el.shadowRoot!.querySelector('.signed')!.textContent!.trim(),
      switcher: text(part(el, 'languages')),
    }));
    const loaded = new Promise((resolve) => el.addEventListener('icssi-load', () => resolve(text(part(el, 'date'))), { once: true }));
    document.body.append(el);
    const [painted, built] = await countIntl(first);
    expect(painted.title).to.equal('Statement 1');
    expect(painted.body).to.contain('First paragraph of statement 1.');
    // The language names of the interface's languages need no Intl either.
    expect(painted.switcher).to.contain('English').and.to.contain('العربية');
    expect(painted.date, 'the date waits').to.equal('\u00a0');
    expect(painted.signed, 'the count waits').to.equal('');
    expect(painted.dateHeight, 'its line is kept').to.be.above(10);
    expect(built, 'Intl objects built before the first paint').to.equal(0);
    // icssi-load comes once the details are in; updateComplete waits for them too.
    expect(await loaded).to.equal('10 February 2025');
    await el.updateComplete;
    expect(text(part(el, 'date'))).to.equal('10 February 2025');
    expect(part(el, 'date')!.getBoundingClientRect().height).to.equal(painted.dateHeight);
    expect(text(el.shadowRoot!.querySelector('.signed'))).to.equal('Signed by 2 organisations');
    el.remove();
  });

  it('paints a long list a screenful first, then the rest a chunk at a time, answering the page between chunks', async () => {
    const el = document.createElement('icssi-statement');
    el.lang = 'en';
    el.setAttribute('layout', 'list');
    el.setAttribute('limit', '250');
    el.src = feed(300);
    const counts: number[] = [];
    let between: Promise<number> | undefined;
    const first = atFirstPaint(el, () => {
      // The page's own work, queued as the first screenful shows, runs before the list is complete.
      between = new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => setTimeout(() => resolve(parts(el, 'item').length));
        channel.port2.postMessage(0);
      });
      new MutationObserver(() => counts.push(parts(el, 'item').length)).observe(el.shadowRoot!, { childList: true, subtree: true });
      return parts(el, 'item').length;
    });
    document.body.append(el);
    expect(await first).to.equal(10);
    await el.updateComplete;
    expect(await between).to.be.below(250);
    const titles = parts(el, 'title').map(text);
    expect(titles).to.have.length(250);
    expect(titles[0]).to.equal('Statement 1');
    expect(titles[249]).to.equal('Statement 250');
    const steps = [...new Set(counts)];
    // Chunks start at 20 statements and at most double, as the device's pace allows.
    const added = steps.map((c, i) => c - (steps[i - 1] ?? 10));
    expect(added[0], `counts ${steps}`).to.be.at.most(20);
    expect(added.every((a, i) => !i || a <= 2 * added[i - 1]!), `counts ${steps}`).to.equal(true);
    expect(steps.at(-1)).to.equal(250);
    // Every item's summary and date are there once the list is complete.
    expect(text(parts(el, 'summary')[249])).to.equal('First paragraph of statement 250.');
    expect(parts(el, 'date').every((d) => /\d{4}/.test(d.textContent!))).to.equal(true);
    // Statements rendered in an early chunk still answer the reader.
    parts(el, 'toggle')[0]!.click();
    parts(el, 'toggle')[180]!.click();
    await el.updateComplete;
    expect(parts(el, 'body').map(text)).to.deep.equal(['First paragraph of statement 1.Second paragraph.', 'First paragraph of statement 181.Second paragraph.']);
    el.remove();
  });

  it('lays out and paints only the list items near the screen', async () => {
    const el = await fixture<IcssiStatement>(html`<icssi-statement lang="en" layout="list" limit="20" src=${feed(20)}></icssi-statement>`);
    await settled(el);
    const item = parts(el, 'item')[0]!;
    if (!CSS.supports('content-visibility', 'auto')) return;
    expect(getComputedStyle(item).contentVisibility).to.equal('auto');
    // The space an unrendered item keeps, and room for a focus ring that paint containment would clip.
    expect(getComputedStyle(item).containIntrinsicHeight).to.match(/auto/);
    expect(parseFloat(getComputedStyle(item).paddingInlineStart)).to.be.at.least(4);
  });
});
