// A real WordPress for the plugin's tests, set up on the first request under /wp/ and proxied there:
// MariaDB with its data in a temporary folder (its own socket, no networking, no service), Debian's
// WordPress files installed into a throwaway database by wp_install() (test/wordpress/install.php),
// served by `php -S` on a free loopback port. The pages share the test server's origin, so tests
// read them through iframes. Everything is removed when the test runner exits.
//
//   /wp/…              WordPress (home and site URL are http://<test server>/wp)
//   /wp-setup.json     what the setup found: WordPress's version, users' application passwords,
//                      `php -l` of every PHP file, the PHP signature against the test vector; or,
//                      with status 503, why WordPress could not be set up (and whether CI is set)
import { execFile, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { copyAssets } from '../../scripts/wordpress-plugin.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const here = join(repo, 'test/wordpress');
const WORDPRESS = process.env.WORDPRESS_PATH ?? '/usr/share/wordpress';
/** The test key of test/fixtures/signature/vector.json: the feed route signs with it. */
const TEST_SEED = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';

const children = [];
let temp;
process.on('exit', () => {
  // Each child leads its own process group: php -S forks its workers, and they go with it.
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(what, test, ms = 30000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (await test()) return;
  throw new Error(`Timed out waiting for ${what}`);
}
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
const accepts = (port) =>
  new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/wp/wp-login.php', method: 'HEAD' }, (res) => resolve(res.resume() && true));
    req.on('error', () => resolve(false));
    req.end();
  });

async function phpFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await phpFiles(path)));
    else if (entry.name.endsWith('.php')) out.push(path);
  }
  return out;
}

async function lint() {
  const files = [...(await phpFiles(join(repo, 'wordpress'))), ...(await phpFiles(here))];
  return Promise.all(
    files.map((file) =>
      run('php', ['-n', '-l', file]).then(
        () => ({ file: file.slice(repo.length), ok: true }),
        (e) => ({ file: file.slice(repo.length), ok: false, output: `${e.stdout}${e.stderr}` }),
      ),
    ),
  );
}

async function setUp(host) {
  const started = Date.now();
  const seconds = {};
  const lap = (name) => (seconds[name] = (Date.now() - started) / 1000);
  for (const need of ['/usr/bin/php', '/usr/sbin/mariadbd', `${WORDPRESS}/wp-settings.php`]) {
    if (!existsSync(need)) throw new Error(`${need} is missing: install Debian's wordpress mariadb-server php-cli php-mysql (.ci/run does)`);
  }
  const { stdout: modules } = await run('php', ['-m']);
  for (const module of ['mysqli', 'sodium']) if (!modules.includes(module)) throw new Error(`PHP has no ${module} extension`);
  copyAssets();
  temp = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'icssi-wp-'));
  const user = userInfo().username;
  const socket = join(temp, 'mysqld.sock');
  const data = join(temp, 'db');
  // An empty data folder and no grant tables: the database is a throwaway, so mariadb-install-db (15 s
  // here) is not needed; in memory (/dev/shm) when there is one, with no durability to wait for.
  await mkdir(data);
  const db = spawn(
    '/usr/sbin/mariadbd',
    ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(temp, 'mysqld.pid')}`, `--user=${user}`,
      '--skip-networking', '--skip-grant-tables', '--skip-log-bin', '--innodb-buffer-pool-size=16M', '--innodb-log-file-size=8M',
      '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0', `--log-error=${join(temp, 'mysqld.err')}`],
    { stdio: 'ignore', detached: true },
  );
  children.push(db);
  await until('MariaDB', () => existsSync(socket));
  lap('database');

  // Debian's files linked into a folder of the test's own, beside its wp-config.php and wp-content.
  const wp = join(temp, 'root/wp');
  const content = join(wp, 'wp-content');
  await mkdir(join(content, 'plugins'), { recursive: true });
  await mkdir(join(content, 'themes'), { recursive: true });
  await mkdir(join(content, 'uploads'), { recursive: true });
  for (const name of await readdir(WORDPRESS)) {
    if (name !== 'wp-config.php' && name !== 'wp-content') await symlink(join(WORDPRESS, name), join(wp, name));
  }
  await symlink(join(repo, 'wordpress'), join(content, 'plugins/icssi-statement'));
  await symlink(join(here, 'theme'), join(content, 'themes/icssi-test'));
  const salt = () => Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  const php = (s) => `'${s.replace(/[\\']/g, '\\$&')}'`;
  await writeFile(
    join(wp, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, ${php(salt())} . $name );
}
// The test server's origin, whatever port it got: pages, scripts and REST all live under /wp there.
define( 'WP_HOME', 'http://' . ( $_SERVER['HTTP_HOST'] ?? ${php(host)} ) . '/wp' );
define( 'WP_SITEURL', WP_HOME );
define( 'WP_CONTENT_DIR', ${php(content)} );
define( 'WP_CONTENT_URL', WP_HOME . '/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(join(temp, 'debug.log'))} );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// No request leaves the machine.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'ICSSI_STATEMENT_SIGNING_KEY', ${php(TEST_SEED)} );
require_once ABSPATH . 'wp-settings.php';
`,
  );

  const port = await freePort();
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', join(temp, 'root'), join(here, 'router.php')], {
    // Several workers: a page may fetch a feed from this same WordPress through the test server.
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
    detached: true,
  });
  children.push(server);
  const [installed, linted, vector] = await Promise.all([
    run('php', [join(here, 'install.php'), join(temp, 'root'), host, socket]).then(({ stdout }) => (lap('install'), JSON.parse(stdout))),
    lint().then((result) => (lap('lint'), result)),
    run('php', [join(here, 'signature-vector.php')]).then(({ stdout }) => JSON.parse(stdout)),
  ]);
  await until('php -S', () => accepts(port));
  lap('ready');
  return { port, report: { ...installed, lint: linted, vector, seconds } };
}

let setup;
const proxy = (ctx, port) =>
  new Promise((resolve, reject) => {
    const upstream = request({ host: '127.0.0.1', port, method: ctx.method, path: ctx.url, headers: ctx.req.headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        ctx.status = res.statusCode;
        for (const [name, value] of Object.entries(res.headers)) {
          if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)) ctx.set(name, value);
        }
        ctx.body = Buffer.concat(chunks);
        resolve();
      });
      res.on('error', reject);
    });
    upstream.on('error', reject);
    ctx.req.pipe(upstream);
  });

export function wordpressMiddleware() {
  return async (ctx, next) => {
    if (ctx.path !== '/wp-setup.json' && ctx.path !== '/wp' && !ctx.path.startsWith('/wp/')) return next();
    setup ??= setUp(ctx.host);
    let ready;
    try {
      ready = await setup;
    } catch (error) {
      ctx.status = 503;
      ctx.body = { error: String(error?.stderr || error?.message || error), ci: Boolean(process.env.CI) && process.env.CI !== 'false' };
      return;
    }
    if (ctx.path === '/wp-setup.json') {
      ctx.set('cache-control', 'no-store');
      ctx.body = ready.report;
      return;
    }
    await proxy(ctx, ready.port);
  };
}
