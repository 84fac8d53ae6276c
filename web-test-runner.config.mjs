// Tests run in Debian's Chromium and Firefox ESR, headless; no browser is downloaded.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { corsMiddleware } from './test/support/cors.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',');
// The browsers inherit this: dates in tests must not depend on the machine's time zone.
process.env.TZ = 'UTC';

const browsers = [
  chromeLauncher({ launchOptions: { executablePath: chromium, headless: true, args: ['--no-sandbox'] } }),
  // Firefox through puppeteer-core over WebDriver BiDi.
  chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }),
].filter((b) => !only || only.includes(b.name.toLowerCase()));

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    // Demo feeds served with and without Access-Control-Allow-Origin, and a partner's proxy: test/support/cors.mjs.
    corsMiddleware(),
  ],
  browsers,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
