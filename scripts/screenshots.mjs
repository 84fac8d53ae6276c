// Screenshots of the real widget for the README: each demo section, with the widget's light and dark themes
// on a light and a dark page, in Debian's Chromium.
// Needs a build (`npm run build`); starts the demo server itself on ports 8600/8601.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

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
} finally {
  await browser.close();
  server.kill();
}
