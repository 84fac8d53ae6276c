// Test-server middleware for the cross-origin path, serving the demo feeds (demo/feeds/) as a partner's
// server would. Pages load from localhost and request 127.0.0.1 (or the reverse), so the browser
// applies its real CORS checks:
//   /cors/allow/<feed>        with Access-Control-Allow-Origin: *
//   /cors/deny/<feed>         the same bytes without it, as most RSS endpoints and static hosts answer
//   /cors/proxy?url=<feed>    a partner's own proxy: the feed URL must arrive URL-encoded; it serves
//                             the demo feed named by that URL's last path segment, readable by any site
import { readFile } from 'node:fs/promises';

const types = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/json' };

export function corsMiddleware() {
  return async (ctx, next) => {
    let name = /^\/cors\/(?:allow|deny)\/([\w.-]+)$/.exec(ctx.path)?.[1];
    if (ctx.path === '/cors/proxy') {
      // An unencoded URL would reach a real proxy split at its own '&' and '#': refuse it.
      const raw = /^url=([^&]*)$/.exec(ctx.querystring)?.[1] ?? '';
      name = /^https?%3A%2F%2F/i.test(raw) ? /\/([\w.-]+)$/.exec(new URL(decodeURIComponent(raw)).pathname)?.[1] : undefined;
      if (!name) {
        ctx.status = 400;
        ctx.body = 'The proxy needs ?url= followed by a URL-encoded feed URL.';
        return;
      }
    } else if (!name) {
      return next();
    }
    ctx.set('cache-control', 'no-store');
    if (!ctx.path.startsWith('/cors/deny/')) ctx.set('access-control-allow-origin', '*');
    try {
      ctx.body = await readFile(new URL(`../../demo/feeds/${name}`, import.meta.url));
      ctx.type = types[name.split('.').pop()] ?? 'application/octet-stream';
    } catch {
      ctx.status = 404;
      ctx.body = 'Not found';
    }
  };
}
