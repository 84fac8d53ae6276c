import { html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { engine } from '../helpers/engine.js';
import { feedUrl, mount } from '../helpers/mount.js';

// Baselines are Chromium's (Debian's chromium with fonts-noto-core): Firefox renders text differently enough
// that one tolerance cannot fit both, and WebKit's driver can neither emulate prefers-color-scheme nor take a
// whole screenshot of an element taller than a few hundred pixels (WebKitGTK's element screenshots come out partly
// black), so both run the behaviour tests only.
const chromium = engine === 'chromium';

describe('the seed statement, as readers see it', function () {
  before(async function () {
    if (!chromium) this.skip();
    await setViewport({ width: 640, height: 900 });
  });
  after(async () => {
    if (chromium) await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['ar', 'en', 'ckb']) {
      it(`${lang}, ${scheme}`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const el = await mount(html`<icssi-statement lang=${lang} theme="auto" src=${feedUrl('nasiriyah.json')}></icssi-statement>`);
        el.style.inlineSize = '600px';
        await document.fonts.ready;
        await visualDiff(el, `${lang}-${scheme}`);
      });
    }
  }
});
