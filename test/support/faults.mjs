// Test-server middleware for hostile networks and hostile feeds. Everything lives under /faults/ and
// /evil/, and every request is logged so tests can count what the browser really asked for.
//
//   /faults/feed/<fixture>?…   a fixture from test/network/fixtures/, with faults chosen by the query:
//       status=503           answer with that status (and an HTML error page)
//       delay=ms             wait before answering
//       hang                 never answer (until the browser gives up)
//       reset                drop the connection before any answer
//       truncate=n           promise the whole body, send n bytes, then drop the connection
//       cut=n                send only the first n bytes, as a complete response
//       type=…               Content-Type to send (default application/feed+json)
//       pad=n                add n bytes of trailing whitespace (an oversize, still valid feed)
//       chunked              send no Content-Length, so only a streaming size cap can stop it
//       then=<fixture>       serve this fixture instead for every request after the first
//       then_<fault>=…       apply this fault (e.g. then_status=503, then_reset) to every request after the first
//       cache=…              Cache-Control to send (default no-store, so every load reaches here)
//     Any other parameter (a test's own key) only makes the URL unique. ETags are always sent.
//   /faults/wild/<file>        a feed from test/feed/fixtures/wild/ byte for byte (its encoding is the point), with
//                              the Content-Type its real-world server sends, from content-types.json there
//   /faults/xss.json?token=T   the XSS corpus (test/security/xss-vectors.mjs) as a feed, one item each
//   /faults/page/<name>.html   test/security/pages/<name>.html sent with the strict CSP, feeds on 127.0.0.1
//   /faults/pixel.gif          a 1×1 image
//   /evil/…                    a "third party": answers anything, records the hit
//   /faults/log?prefix=P       JSON: every logged request whose path starts with P
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { vectors } from '../security/xss-vectors.mjs';

const root = new URL('../../', import.meta.url);
const fixture = (name) => readFile(new URL(`test/network/fixtures/${name.replace(/[^\w.-]/g, '')}`, root));
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {{ url: string, host: string, referer?: string, cookie?: string, ifNoneMatch?: string, status?: number, aborted: boolean }[]} */
const log = [];
const seen = new Map();

/** Origins as the browser sees them: the pages on localhost, the "third party" and cross-origin feeds on 127.0.0.1. */
const origins = (ctx) => {
  const port = ctx.host.split(':')[1];
  return { page: `http://localhost:${port}`, other: `http://127.0.0.1:${port}` };
};

/** The strict policy the README asks partners to allow, with the feed on another origin. */
const strictCsp = (feedOrigin, policies) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    `connect-src ${feedOrigin}`,
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${policies}`,
  ].join('; ');

export function faultsMiddleware() {
  return async (ctx, next) => {
    const path = ctx.path;
    if (!path.startsWith('/faults/') && !path.startsWith('/evil/')) return next();
    if (path === '/faults/log') {
      const prefix = ctx.query.prefix ?? '';
      ctx.set('cache-control', 'no-store');
      ctx.body = log.filter((e) => e.url.startsWith(prefix));
      return;
    }
    const entry = {
      url: ctx.url,
      host: ctx.host,
      referer: ctx.get('referer') || undefined,
      cookie: ctx.get('cookie') || undefined,
      ifNoneMatch: ctx.get('if-none-match') || undefined,
      aborted: false,
    };
    log.push(entry);
    // The browser gave up before the whole answer was sent: a timeout, a changed `src`, a removed element.
    ctx.res.on('close', () => {
      if (!ctx.res.writableFinished) entry.aborted = true;
    });
    ctx.set('access-control-allow-origin', '*');
    ctx.set('cache-control', 'no-store');

    if (path.startsWith('/evil/')) {
      ctx.type = 'image/gif';
      ctx.body = pixel;
      return;
    }
    if (path === '/faults/pixel.gif') {
      ctx.type = 'image/gif';
      ctx.body = pixel;
      return;
    }
    if (path === '/faults/xss.json') return serveXss(ctx);
    if (path.startsWith('/faults/wild/')) return serveWild(ctx, path.slice('/faults/wild/'.length).replace(/[^\w.-]/g, ''));
    if (path.startsWith('/faults/page/')) {
      const name = path.slice('/faults/page/'.length).replace(/[^\w.-]/g, '');
      const { other } = origins(ctx);
      // A page running its own Lit must also allow that Lit's policy name, and nothing more.
      ctx.set('content-security-policy', strictCsp(other, name.startsWith('host-lit') ? 'lit-html icssi-statement' : 'icssi-statement'));
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = (await readFile(new URL(`test/security/pages/${name}`, root), 'utf8')).replaceAll('FEED_ORIGIN', other);
      return;
    }
    if (path.startsWith('/faults/feed/')) return serveFeed(ctx, entry, path.slice('/faults/feed/'.length));
    ctx.status = 404;
    ctx.body = 'Not found';
  };
}

async function serveFeed(ctx, entry, name) {
  const first = !seen.has(ctx.url);
  seen.set(ctx.url, true);
  // After the first request, `then_<fault>` replaces `<fault>`: a feed that worked once, then fails.
  const later = Object.entries(ctx.query).filter(([k]) => k.startsWith('then_')).map(([k, v]) => [k.slice(5), v]);
  const q = first ? ctx.query : { ...ctx.query, ...Object.fromEntries(later) };
  if (q.delay) await sleep(Number(q.delay));
  if ('hang' in q) {
    // No status line, no headers, nothing: the connection just stays open.
    ctx.respond = false;
    return;
  }
  if ('reset' in q) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const status = Number(q.status ?? 200);
  let body;
  try {
    body = await fixture(q.then && !first ? q.then : name);
  } catch {
    ctx.status = 404;
    ctx.body = 'No such fixture';
    return;
  }
  const origin = origins(ctx);
  body = Buffer.from(body.toString('utf8').replaceAll('EVIL', `${origin.other}/evil/${q.key ?? 'x'}`).replaceAll('KEY', q.key ?? ''));
  if (status !== 200) body = Buffer.from(`<!doctype html><title>${status}</title><h1>Error ${status}</h1>`);
  if (q.pad) body = Buffer.concat([body, Buffer.alloc(Number(q.pad), 0x20)]);
  if (q.cut) body = body.subarray(0, Number(q.cut));
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = {
    'content-type': q.type ?? (status === 200 ? 'application/feed+json; charset=utf-8' : 'text/html; charset=utf-8'),
    'cache-control': q.cache ?? 'no-store',
    'access-control-allow-origin': '*',
    etag,
  };
  entry.status = status;
  ctx.respond = false;
  const res = ctx.res;
  if (status === 200 && entry.ifNoneMatch === etag) {
    entry.status = 304;
    res.writeHead(304, headers).end();
    return;
  }
  if ('chunked' in q) {
    res.writeHead(status, headers);
    for (let i = 0; i < body.length && !res.destroyed; i += 16384) {
      res.write(body.subarray(i, i + 16384));
      await sleep(1);
    }
    res.end();
    return;
  }
  res.writeHead(status, { ...headers, 'content-length': body.length });
  if (q.truncate) {
    res.write(body.subarray(0, Number(q.truncate)));
    await sleep(50);
    res.destroy();
    return;
  }
  res.end(body);
}

async function serveWild(ctx, name) {
  const dir = new URL('test/feed/fixtures/wild/', root);
  const types = JSON.parse(await readFile(new URL('content-types.json', dir), 'utf8'));
  if (!Object.hasOwn(types, name)) {
    ctx.status = 404;
    ctx.body = 'No such fixture';
    return;
  }
  // Sent raw, never through a string, so no byte is re-encoded.
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-type': types[name], 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
  ctx.res.end(await readFile(new URL(name, dir)));
}

/** Every vector as one statement, ids "0", "1", …; plus statements whose plain-text fields carry markup. */
function serveXss(ctx) {
  const token = String(ctx.query.token ?? 'x').replace(/\W/g, '');
  const { page, other } = origins(ctx);
  const fill = (s) => s.replaceAll('XSS', 'top.__xss()').replaceAll('EVIL', `${other}/evil/${token}`);
  const items = vectors.map((v, i) => ({
    id: String(i),
    title: `Vector ${i}`,
    content_html: fill(v),
    date_published: '2025-01-01T00:00:00Z',
  }));
  items.push({
    id: 'plain-text-fields',
    title: fill('<img src=EVIL/title.png onerror=XSS><b>Markup in a title</b>'),
    summary: fill('<script>XSS</script>'),
    url: fill('javascript:XSS'),
    authors: [{ name: fill('<svg onload=XSS>'), url: 'javascript:XSS' }],
    tags: [fill('<img src=EVIL/tag.png onerror=XSS>')],
    content_text: fill('<img src=EVIL/text.png onerror=XSS> is shown as text'),
    date_published: '2024-01-01T00:00:00Z',
    _icssi: { signatories: [{ name: fill('<a href=javascript:XSS>Signer</a>') }] },
  });
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/feed+json; charset=utf-8';
  ctx.body = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: fill('<script>XSS</script>Corpus'),
    home_page_url: `${page}/faults/`,
    language: 'en',
    items,
  });
}
