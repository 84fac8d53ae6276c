// The parsing floor: fetch the same bytes and hand them to the browser's own parser, nothing more.
const host = document.querySelector('[data-measure]');
fetch(host.dataset.feed)
  .then((r) => r.text())
  .then((text) => {
    const start = performance.now();
    const parsed = host.dataset.format === 'xml' ? new DOMParser().parseFromString(text, 'application/xml') : JSON.parse(text);
    host.dataset.parseMs = String(performance.now() - start);
    if (parsed) host.setAttribute('state', 'ready');
  });
