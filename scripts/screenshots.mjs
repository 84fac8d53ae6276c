// Screenshots of the real widget for the README: each demo section, with the widget's light and dark themes
// on a light and a dark page, in Debian's Chromium; and the snippet builder in Arabic, Sorani and English, light
// and dark, in Chromium and WebKit. The README shows docs/screenshots/builder-ar-light.png (Chromium); the others
// land in docs/screenshots/builder/ (git-ignored) for review.
// Needs a build (`npm run build`); starts the demo server itself on ports 8600/8601.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { startWebKitDriver } from '../test/support/webkit.mjs';

const port = 8600;
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const shots = [
  { section: '#embedded', name: 'ar' },
  { section: '#english', name: 'en' },
  { section: '#original', name: 'en-page-ar-original' },
  { section: '#card-ar', name: 'ar-card' },
  { section: '#card-en', name: 'en-card' },
  { section: '#list', name: 'en-list' },
];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
const builderLangs = ['ar', 'ckb', 'en'];
const builderUrl = (lang) => `http://localhost:${port}/dist/builder.html?ui=${lang}`;
const feed = `http://localhost:${port + 1}/feeds/nasiriyah.json`;
mkdirSync('docs/screenshots/builder', { recursive: true });
const builderPath = (lang, scheme, engine) =>
  lang === 'ar' && scheme === 'light' && engine === 'chromium'
    ? 'docs/screenshots/builder-ar-light.png'
    : `docs/screenshots/builder/${lang}-${scheme}-${engine}.png`;

/** Loads the demo feed into the builder, as a blogger would, and waits for the preview. */
const fillBuilder = (feedUrl) => {
  document.getElementById('feed').value = feedUrl;
  document.getElementById('feed-form').requestSubmit();
};
const builderReady = () => document.querySelector('#preview icssi-statement')?.getAttribute('state') === 'ready';

async function builderInChromium() {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.setViewport({ width: 900, height: 1400, deviceScaleFactor: 1 });
    for (const lang of builderLangs) {
      await page.goto(builderUrl(lang), { waitUntil: 'networkidle0' });
      await page.evaluate(fillBuilder, feed);
      await page.waitForFunction(builderReady);
      await page.screenshot({ path: builderPath(lang, scheme, 'chromium') });
      console.log(builderPath(lang, scheme, 'chromium'));
    }
    await page.close();
  }
}

// WebKit's driver cannot emulate prefers-color-scheme: a dark GTK theme makes MiniBrowser's system scheme dark.
async function builderInWebKit() {
  for (const scheme of ['light', 'dark']) {
    const driver = await startWebKitDriver({ env: scheme === 'dark' ? { GTK_THEME: 'Adwaita:dark' } : {} });
    const session = await remote({ hostname: '127.0.0.1', port: driver.port, path: '/', capabilities: driver.capabilities, logLevel: 'error' });
    try {
      await session.setWindowSize(900, 1400);
      for (const lang of builderLangs) {
        await session.url(builderUrl(lang));
        await session.execute(fillBuilder, feed);
        await session.waitUntil(() => session.execute(builderReady), { timeout: 10000 });
        // WebKit's snapshot is the last frame it painted, which can still be the page before its script ran.
        await session.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        await session.saveScreenshot(builderPath(lang, scheme, 'webkit'));
        console.log(builderPath(lang, scheme, 'webkit'));
      }
    } finally {
      await session.deleteSession();
      driver.stop();
    }
  }
}


try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.setViewport({ width: 760, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://localhost:${port}/demo/?theme=${scheme}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('icssi-statement')].every((e) => e.getAttribute('state') === 'ready'),
    );
    for (const { section, name } of shots) {
      const el = await page.$(`${section} icssi-statement`);
      const path = `docs/screenshots/${name}-${scheme}.png`;
      // The top of a long statement is enough to show language, direction and theme.
      const box = await el.boundingBox();
      await page.screenshot({ path, captureBeyondViewport: true, clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: Math.min(box.height, 560) + 16 } });
      console.log(path);
    }
    await page.close();
  }
  await builderInChromium();
  await builderInWebKit();
} finally {
  await browser.close();
  server.kill();
}
