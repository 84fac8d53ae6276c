// Loaded first on every bench page: records when every measured element reaches a final state, and long tasks.
window.__bench = { longTasks: [], errors: [] };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longTasks.push(e.duration);
  for (const e of list.getEntries()) (window.__bench.longTaskStarts ??= []).push(Math.round(e.startTime));
}).observe({ type: 'longtask', buffered: true });
document.addEventListener('icssi-error', (e) => window.__bench.errors.push(e.detail.code));
new MutationObserver(() => {
  const all = [...document.querySelectorAll('[data-measure]')];
  if (window.__bench.done || !all.length || all.some((el) => !['ready', 'error'].includes(el.getAttribute('state')))) return;
  const now = performance.now();
  // "Script start": when the page's one measured script began to load (resource timing), so HTML parsing is not counted.
  const script = performance.getEntriesByName(new URL(document.querySelector('script[data-start]').src).href)[0];
  window.__bench.done = {
    t: now - (script?.startTime ?? 0),
    states: all.map((el) => el.getAttribute('state')),
    // How many statements are on screen: a list that quietly showed ten would not be a 1,000-item measurement.
    titles: all.map((el) => (el.shadowRoot ?? el).querySelectorAll('[part~="title"], h2').length),
  };
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
