// WebKit (Safari's engine) through Debian's webkit2gtk-driver: a private Xvfb display and WebKitWebDriver are
// started with the first test file and stopped with the run, so `npm test` needs nothing running beforehand.
// Nothing is downloaded: the driver and MiniBrowser are the system's.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const driverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const browserPath = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// Xvfb picks a free display itself and writes its number to fd 3 once it accepts clients.
const startXvfb = () =>
  new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.once('error', (e) => reject(new Error(`WebKit needs Xvfb (Debian package xvfb): ${e.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ xvfb, display: `:${out.trim()}` });
    });
  });

const waitForDriver = async (port, driver) => {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer on /status within 10 s');
};

/**
 * Starts Xvfb and WebKitWebDriver on free ports; `env` reaches MiniBrowser (e.g. GTK_THEME for a dark system theme).
 * Resolves to the driver's port, the session capabilities and a function that stops both processes.
 */
export async function startWebKitDriver({ env = {} } = {}) {
  const processes = [];
  const stop = () => {
    for (const p of processes) if (p.exitCode === null) p.kill();
    processes.length = 0;
  };
  process.once('exit', stop);
  try {
    const { xvfb, display } = await startXvfb();
    processes.push(xvfb);
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, ...env, DISPLAY: display },
      stdio: 'ignore',
    });
    processes.push(driver);
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', (e) => reject(new Error(`WebKit needs ${driverPath} (Debian package webkit2gtk-driver): ${e.message}`)));
    });
    await waitForDriver(port, driver);
    const capabilities = {
      'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
      // WebKitWebDriver speaks classic WebDriver; webdriverio would otherwise ask for a BiDi socket.
      'wdio:enforceWebDriverClassic': true,
    };
    return { port, capabilities, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

class WebKitLauncher extends WebdriverLauncher {
  constructor(concurrency) {
    // Capabilities are completed with the driver's port in initialize().
    super({ capabilities: {} });
    this.name = 'WebKit';
    this.concurrency = concurrency;
  }

  async initialize(config) {
    const { port, capabilities, stop } = await startWebKitDriver();
    this.stopDriver = stop;
    Object.assign(this.options, { hostname: '127.0.0.1', port, path: '/', capabilities });
    // One page per session, navigated file after file (the launcher's SessionManager): with the global
    // concurrency above 1 it would run files in iframes, where focus, viewport and screenshots differ.
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.stopDriver?.();
  }
}

export const webkitLauncher = ({ concurrency = 1 } = {}) => new WebKitLauncher(concurrency);
