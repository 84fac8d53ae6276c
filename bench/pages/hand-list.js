// The hand-written list: fetch the feed and show every item's title and the text of its first paragraph, as a page
// author would write it without a library. Each item's HTML is read through an inert <template> (nothing in it runs
// or loads); the probe forces layout once the list is in the page.
const host = document.querySelector('[data-measure]');
const template = document.createElement('template');
const firstParagraph = (html) => {
  template.innerHTML = html;
  return (template.content.querySelector('p') ?? template.content).textContent;
};
fetch(host.dataset.feed)
  .then((r) => r.text())
  .then((text) => {
    const items =
      host.dataset.format === 'xml'
        ? [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('item')].map((item) => ({
            title: item.querySelector('title').textContent,
            html: item.querySelector('description').textContent,
          }))
        : JSON.parse(text).items.map((item) => ({ title: item.title, html: item.content_html }));
    const list = document.createElement('ul');
    for (const { title, html } of items) {
      const li = document.createElement('li');
      const h3 = document.createElement('h3');
      const p = document.createElement('p');
      h3.textContent = title;
      p.textContent = firstParagraph(html);
      li.append(h3, p);
      list.append(li);
    }
    host.append(list);
    host.setAttribute('state', 'ready');
  });
