// The partner script drops @lit/localize's non-reentrant runtime (inertLocalizeRuntime in scripts/size-plugins.mjs):
// loading that module must leave nothing behind that a page could notice. Nothing else here imports @lit/localize first.
import { expect } from '@open-wc/testing';

describe('@lit/localize’s unused runtime, which the build drops', () => {
  it('changes nothing a page can see when it loads', async () => {
    const globals = Object.getOwnPropertyNames(globalThis);
    let events = 0;
    const count = () => events++;
    addEventListener('lit-localize-status', count);
    await import('@lit/localize/init/runtime.js');
    await new Promise((r) => setTimeout(r));
    removeEventListener('lit-localize-status', count);
    expect(Object.getOwnPropertyNames(globalThis)).to.deep.equal(globals);
    expect(events).to.equal(0);
  });
});
