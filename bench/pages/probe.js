// Loaded first on every bench page. Records when every measured element reaches a final state, then (for a list
// with `data-expect`) when all its items are on screen, each after a forced layout, and what blocked the main thread.
// The same script runs in every engine: the run reads window.__bench once window.__benchFinished resolves.
const bench = (window.__bench = { longTasks: [], errors: [] });
let finish;
window.__benchFinished = new Promise((resolve) => (finish = resolve));

// Every load is a reader's first visit to the partner's page: no saved copy of the feed (src/feed/cache.ts).
localStorage.clear();

// Chromium's Long Tasks API, where there is one: every task over 50 ms, with its start.
if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

// `?beat`: a heartbeat of back-to-back MessageChannel messages (no timer clamping). The longest gap between two beats
// is the longest the page's own scripts had to wait: at least the longest task, more when tasks run back to back.
// Firefox and WebKit have no Long Tasks API, so this is how their blocking is measured (in Chromium too, to compare).
let beating = location.search.includes('beat');
if (beating) {
  bench.gaps = [];
  const channel = new MessageChannel();
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (now - last > 50) bench.gaps.push({ start: last, duration: now - last });
    last = now;
    if (beating) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
}

document.addEventListener('icssi-error', (e) => bench.errors.push(e.detail.code));

// "Script start": when the page's one measured script began to load (Resource Timing), so HTML parsing is not counted.
const since = () => {
  const script = performance.getEntriesByName(new URL(document.querySelector('script[data-start]').src).href)[0];
  return performance.now() - (script?.startTime ?? 0);
};
const measured = () => [...document.querySelectorAll('[data-measure]')];
// How many statements are on screen: a list that quietly showed ten would not be a 1,000-item measurement.
const titles = (el) => (el.shadowRoot ?? el).querySelectorAll('[part~="title"], h2, h3').length;
const settled = (el) => ['ready', 'error'].includes(el.getAttribute('state'));

function check() {
  const all = measured();
  if (!bench.done) {
    if (!all.length || !all.every(settled)) return;
    // Forced layout: nothing counts as shown before the browser could paint it.
    void document.body.offsetHeight;
    bench.done = { t: since(), at: performance.now(), states: all.map((el) => el.getAttribute('state')), titles: all.map(titles) };
    for (const el of all) if (el.shadowRoot) watch.observe(el.shadowRoot, { childList: true, subtree: true });
  }
  if (bench.full) return;
  const expect = Number(all[0].dataset.expect ?? 0);
  if (expect && all.some((el) => el.getAttribute('state') === 'ready' && titles(el) < expect)) return;
  void document.body.offsetHeight;
  bench.full = { t: since(), at: performance.now(), titles: all.map(titles) };
  // A little longer, so a task queued behind the last item (a deferred render, say) is still observed.
  setTimeout(() => {
    beating = false;
    finish();
  }, 100);
}

const watch = new MutationObserver(check);
watch.observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
