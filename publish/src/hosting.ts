/**
 * Headers files for static hosts, as docs/cors.md advises: any page may read the feeds and the widget
 * (`Access-Control-Allow-Origin: *`, a constant, so one cached copy serves every site), feeds cached
 * for five minutes so a correction reaches readers soon, and the right media types.
 */
const FEED_CACHE = 'public, max-age=300';
// The widget's URL does not change with its content (partners pin it by integrity hash), so it is
// revalidated often enough that an upgrade reaches readers within the hour.
const SCRIPT_CACHE = 'public, max-age=3600';

/** Netlify and Cloudflare Pages: `_headers` at the root of the published folder. */
export function netlifyHeaders(): string {
  return `# Written by icssi-statement build (docs/cors.md): other sites may read the feeds and load the widget.
/feed.json
  Access-Control-Allow-Origin: *
  Cache-Control: ${FEED_CACHE}
  Content-Type: application/feed+json; charset=utf-8
/feed.atom
  Access-Control-Allow-Origin: *
  Cache-Control: ${FEED_CACHE}
  Content-Type: application/atom+xml; charset=utf-8
/icssi-statement.js
  Access-Control-Allow-Origin: *
  Cache-Control: ${SCRIPT_CACHE}
`;
}

/** Apache (needs mod_headers; mod_mime for the types): `.htaccess` beside the files. */
export function apacheHtaccess(): string {
  return `# Written by icssi-statement build (docs/cors.md): other sites may read the feeds and load the widget.
<IfModule mod_mime.c>
  AddType "application/feed+json; charset=utf-8" .json
  AddType "application/atom+xml; charset=utf-8" .atom
</IfModule>
<IfModule mod_headers.c>
  <FilesMatch "^(feed\\.json|feed\\.atom|icssi-statement\\.js)$">
    Header always set Access-Control-Allow-Origin "*"
  </FilesMatch>
  <FilesMatch "^feed\\.(json|atom)$">
    Header always set Cache-Control "${FEED_CACHE}"
  </FilesMatch>
  <FilesMatch "^icssi-statement\\.js$">
    Header always set Cache-Control "${SCRIPT_CACHE}"
  </FilesMatch>
</IfModule>
`;
}
