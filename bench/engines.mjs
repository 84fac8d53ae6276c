// The three engines the tests run in, each behind one `load(path)`: Debian's Chromium (puppeteer over CDP), Firefox ESR
// (puppeteer over WebDriver BiDi) and WebKitGTK's MiniBrowser (WebKitWebDriver under a private Xvfb, as in the tests).
// Every load is a new document with the HTTP cache off; it returns what bench/pages/probe.js recorded.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { startWebKitDriver } from '../test/support/webkit.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The probe's record, once the page says it is finished (no polling: the promise is awaited in the page). */
const finished = () => window.__benchFinished.then(() => JSON.stringify(window.__bench));

/**
 * Chromium, also able to trace, profile and weigh a load (`trace`, `profile`, `heap`: CDP only) and to count the feed
 * requests a page made; `settle: false` for a page without measured elements.
 */
async function chromium(origin) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  return {
    version: await browser.version(),
    async load(path, { trace = false, heap = false, profile = false, settle = true } = {}) {
      // A new page is a new JS realm (so no feed is shared between runs). A new browser context per run would
      // isolate more but costs a second each on a busy machine.
      const tab = await browser.newPage();
      try {
        await tab.setCacheEnabled(false);
        const requests = [];
        tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
        if (trace) await tab.tracing.start({ categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline'] });
        const cdp = await tab.createCDPSession();
        if (profile) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        await tab.goto(origin + path);
        const result = settle ? JSON.parse(await tab.evaluate(finished)) : {};
        if (profile) result.profile = (await cdp.send('Profiler.stop')).profile;
        if (trace) result.longestTask = longestMainThreadTask(JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')));
        if (heap) {
          for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
          result.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        }
        result.feedRequests = requests.filter((p) => p.startsWith('/feeds/')).length;
        return result;
      } finally {
        await tab.close();
      }
    },
    close: () => browser.close(),
  };
}

async function firefox(origin) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    version: await browser.version(),
    async load(path) {
      const tab = await browser.newPage();
      try {
        // Every response says no-store too; BiDi's cache switch is the belt to those braces where Firefox has it.
        await tab.setCacheEnabled(false).catch(() => {});
        await tab.goto(origin + path);
        return JSON.parse(await tab.evaluate(finished));
      } finally {
        await tab.close();
      }
    },
    close: () => browser.close(),
  };
}

async function webkit(origin) {
  const { port, capabilities, stop } = await startWebKitDriver();
  try {
    const session = await remote({ hostname: '127.0.0.1', port, path: '/', capabilities, logLevel: 'error' });
    await session.setTimeout({ script: 60_000, pageLoad: 60_000 });
    // Close to puppeteer's default 800 × 600 viewport, so "the first screen" means about the same in every engine.
    await session.setWindowSize(800, 660).catch(() => {});
    return {
      version: `WebKitGTK ${session.capabilities.browserVersion ?? ''} MiniBrowser`.replace('  ', ' '),
      async load(path) {
        // One window, navigated: each navigation is a new document and JS realm.
        await session.url(origin + path);
        const result = JSON.parse(await session.execute(finished));
        await session.url('about:blank');
        return result;
      },
      async close() {
        await session.deleteSession().catch(() => {});
        stop();
      },
    };
  } catch (e) {
    stop();
    throw e;
  }
}

/** Starts `name` (one of ENGINES) against the bench server at `origin`. */
export const launch = (name, origin) => ({ chromium, firefox, webkit })[name](origin);

/** The longest task (ms) on the page's renderer main thread, from a Chromium performance trace. */
function longestMainThreadTask(trace) {
  const events = trace.traceEvents ?? trace;
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, e.dur / 1000);
  return longest;
}
