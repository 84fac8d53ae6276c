// Firefox ESR through puppeteer-core over WebDriver BiDi. Puppeteer's setViewport also sends
// `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does not know: the viewport itself is set
// by the command beside it, so only that refusal is forgiven; any other error still fails the run.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';

const orientationUnknown = (error) => /unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message));

export function firefoxLauncher(executablePath) {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath, headless: true },
    async createPage({ browser }) {
      const page = await browser.newPage();
      const setViewport = page.setViewport.bind(page);
      page.setViewport = (viewport) =>
        setViewport(viewport).catch((error) => {
          if (!orientationUnknown(error)) throw error;
        });
      return page;
    },
  });
}
