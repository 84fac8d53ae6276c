// A loopback-only static server for the bench: fixed routes, nothing cached, an ephemeral port.
import { createServer } from 'node:http';

const types = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', json: 'application/feed+json; charset=utf-8', xml: 'application/rss+xml; charset=utf-8' };

/** `routes` maps a path to a Buffer or string; the extension picks the content type. */
export function serve(routes) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const body = routes.get(path);
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.split('.').pop()] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}
