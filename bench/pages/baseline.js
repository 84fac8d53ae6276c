// The hand-written baseline: fetch the feed and write the newest item's title and body with textContent, nothing clever
// (the probe forces layout once it is in the page).
const host = document.querySelector('[data-measure]');
fetch(host.dataset.feed)
  .then((r) => r.json())
  .then((feed) => {
    const item = feed.items[0];
    const title = document.createElement('h2');
    const body = document.createElement('div');
    title.textContent = item.title;
    body.textContent = item.content_text ?? item.content_html;
    host.append(title, body);
    host.setAttribute('state', 'ready');
  });
