// The demo server: the pages on one origin, the feeds on a second, so every demo run crosses origins
// exactly as a partner's page does. Pages are sent with the strict CSP the README asks partners to allow.
// The second origin also serves a statement site that `icssi-statement build` makes from
// demo/statements/ at start-up (signed with the demo key), an identical mirror of its feed and a
// tampered copy; a third port, where nothing listens, plays a primary address that went dark.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pagePort = Number(process.env.PORT ?? 8000);
const feedPort = pagePort + 1;
const host = process.env.HOST ?? 'localhost';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const feedOrigin = `http://${host}:${feedPort}`;
const deadOrigin = `http://${host}:${pagePort + 2}`;
const csp = [
  "default-src 'none'",
  "script-src 'self'",
  `connect-src ${feedOrigin} ${deadOrigin}`,
  "style-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types icssi-statement',
].join('; ');

const site = 'demo/site';
execFileSync(
  process.execPath,
  ['publish/bin/icssi-statement.js', 'build', 'demo/statements', '--out', site, '--key', 'demo/statements/DEMO-KEY-NOT-SECRET.key', '--base-url', `${feedOrigin}/site/`],
  { cwd: root, stdio: 'inherit' },
);
// The forger's copy: the signed feed with one statement's English title rewritten, signature left as it was.
const forged = JSON.parse(readFileSync(join(root, site, 'feed.json'), 'utf8'));
const victim = forged.items.find((item) => item.id === 'nasiriyah-2025-02');
victim._icssi.translations[0].title = 'ICSSI withdraws its support for the protesters in Nasiriyah';
const tampered = Buffer.from(`${JSON.stringify(forged, null, 2)}\n`);

async function send(res, path, extraHeaders, req) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return notFound(res);
  let body;
  try {
    body = await readFile(file);
    // Demo pages name the default feed origin; point them at this server's when it runs on other ports.
    if (file.endsWith('.html')) {
      body = Buffer.from(body.toString('utf8').replaceAll('http://localhost:8001', feedOrigin).replaceAll('http://localhost:8002', deadOrigin));
    }
  } catch {
    return notFound(res);
  }
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', etag, ...extraHeaders };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, headers).end(body);
}

const notFound = (res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') return res.writeHead(302, { location: '/demo/' }).end();
  // Browsers ask for a favicon on their own; the demo has none to offer.
  if (path === '/favicon.ico') return res.writeHead(204).end();
  if (path.endsWith('/')) path += 'index.html';
  if (!/^\/(demo|dist)\//.test(path)) return notFound(res);
  const headers = path.endsWith('.html') ? { 'content-security-policy': csp } : { 'cache-control': 'no-cache' };
  send(res, path, headers, req);
}).listen(pagePort, host, () => console.log(`Demo: http://${host}:${pagePort}/demo/`));

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.includes('..')) return notFound(res);
  // A feed meant for embedding says so: any page may read it, and caches may keep it for five minutes.
  const feedHeaders = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' };
  if (path === '/tampered/feed.json') return res.writeHead(200, { 'content-type': types['.json'], ...feedHeaders }).end(tampered);
  if (path === '/mirror/feed.json') return send(res, `/${site}/feed.json`, feedHeaders, req);
  if (path.startsWith('/site/')) {
    if (path.endsWith('/')) path += 'index.html';
    return send(res, `/${site}${path.slice(5)}`, feedHeaders, req);
  }
  if (!/^\/feeds\/[\w.-]+$/.test(path)) return notFound(res);
  send(res, `/demo${path}`, feedHeaders, req);
}).listen(feedPort, host, () => console.log(`Feeds: ${feedOrigin}/feeds/\nStatement site: ${feedOrigin}/site/`));
