import { expect } from '@open-wc/testing';
import { eventually, sleep } from '../network/server.js';

// The pages are served by test/support/faults.mjs with a real Content-Security-Policy header, straight
// from the file (the test runner injects nothing into them), inside a frame so the runner's own page
// keeps its inline scripts. They load the built dist/icssi-statement.js exactly as a partner does.

interface Probe {
  violations: string[];
  errors: string[];
}
type FrameWindow = Window & { icssiProbe: Probe; eval: (s: string) => unknown; trustedTypes?: unknown };

async function open(page: string): Promise<{ win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = `/faults/page/${page}`;
  frame.style.width = '600px';
  frame.style.height = '400px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  await eventually(
    () => doc.querySelector('icssi-statement')?.getAttribute('state'),
    (s) => s === 'ready' || s === 'error',
    8000,
  );
  await sleep(300);
  return { win, doc };
}

const title = (doc: Document) => doc.querySelector('icssi-statement')?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();

/** Proves the policy is really in force, after the widget's own record was read (these cause violations). */
function expectEnforced(win: FrameWindow, doc: Document) {
  expect(() => win.eval('1'), "no 'unsafe-eval'").to.throw();
  // Trusted Types: enforced wherever the browser implements them. Where it does not, only the rest of the policy applies.
  const div = doc.createElement('div');
  if ('trustedTypes' in win) {
    expect(() => (div.innerHTML = '<b>x</b>'), 'a plain string reaches no HTML sink').to.throw();
  } else {
    div.innerHTML = '<b>x</b>';
    expect(div.firstElementChild?.localName, 'this browser has no Trusted Types').to.equal('b');
  }
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('pages with strict security policies', () => {
  it('renders under default-src none, no unsafe-inline or unsafe-eval, and Trusted Types, with no violation', async () => {
    const { win, doc } = await open('strict.html');
    expect(doc.querySelector('icssi-statement')!.getAttribute('state')).to.equal('ready');
    expect(title(doc)).to.equal('First statement on the right to assemble');
    expect(win.icssiProbe.violations).to.deep.equal([]);
    expect(win.icssiProbe.errors).to.deep.equal([]);
    expectEnforced(win, doc);
    // The probe does hear violations: the eval above was one.
    await sleep(100);
    expect(win.icssiProbe.violations.length).to.be.greaterThan(0);
  });

  it('renders beside a page whose own Lit already created the lit-html policy, with no violation or error', async () => {
    const { win, doc } = await open('host-lit.html');
    expect(doc.getElementById('host-rendered')?.textContent).to.equal('Rendered by the page’s own Lit');
    expect(doc.querySelector('icssi-statement')!.getAttribute('state')).to.equal('ready');
    expect(title(doc)).to.equal('First statement on the right to assemble');
    expect(win.icssiProbe.violations).to.deep.equal([]);
    expect(win.icssiProbe.errors).to.deep.equal([]);
    expectEnforced(win, doc);
  });
});
