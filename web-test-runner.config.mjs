// Tests run in Debian's Chromium, Firefox ESR and WebKitGTK (Safari's engine, under Xvfb); no browser or driver is
// downloaded. BROWSERS=chrome,firefox,webkit picks some of them.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { firefoxLauncher } from './test/support/firefox.mjs';
import { webkitLauncher } from './test/support/webkit.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { faultsMiddleware } from './test/support/faults.mjs';
import { corsMiddleware } from './test/support/cors.mjs';
import { privateLitPlugin } from './test/support/private-lit.mjs';
import { wordpressMiddleware } from './test/wordpress/wordpress.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',');
// The browsers inherit this: dates in tests must not depend on the machine's time zone.
process.env.TZ = 'UTC';

const browsers = [
  chromeLauncher({ launchOptions: { executablePath: chromium, headless: true, args: ['--no-sandbox'] } }),
  firefoxLauncher(firefox),
  webkitLauncher(),
].filter((b) => !only || only.includes(b.name.toLowerCase()));

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    // The element's Lit is the partner script's edited copy (test/support/private-lit.mjs), edited before esbuild
    // reformats it.
    privateLitPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Baselines in test/visual/screenshots/ (UPDATE_VISUAL_BASELINE=1 rewrites them); failures in the git-ignored
    // test/visual/screenshots-failed/. Up to 1 % of pixels may differ (font hinting, anti-aliasing): a mirrored
    // layout or another language changes far more.
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_BASELINE === '1',
      baseDir: 'test/visual',
      getBaselineName: ({ browser, name }) => `screenshots/${browser}/${name}`,
      getFailedName: ({ browser, name }) => `screenshots-failed/${browser}/${name}`,
      getDiffName: ({ browser, name }) => `screenshots-failed/${browser}/${name}-diff`,
      diffOptions: { threshold: 0.2 },
      failureThreshold: 1,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [
    // Fixture feeds with injected faults, a recording "third party" and strict-CSP pages: test/support/faults.mjs.
    faultsMiddleware(),
    // Demo feeds served with and without Access-Control-Allow-Origin, and a partner's proxy: test/support/cors.mjs.
    corsMiddleware(),
    // A real WordPress under /wp/, set up on first use: test/wordpress/wordpress.mjs.
    wordpressMiddleware(),
  ],
  browsers,
  // One file at a time per engine, two engines at once (WebKit starts when Chromium is done): on 2 CPUs a third
  // browser only slows the other two. A busy machine can take longer than the defaults (30 s, 20 s, 120 s) to open a
  // page, start its tests and finish a file.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
