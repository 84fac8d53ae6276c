// The demo's theme switch: sets `theme` on every widget of the page. `?theme=light|dark|auto` in the
// address does the same, so the screenshot script can shoot each theme.
const widgets = () => document.querySelectorAll('icssi-statement');
const choices = document.querySelectorAll('input[name="theme"]');

function apply(theme) {
  for (const widget of widgets()) {
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
  for (const choice of choices) choice.checked = choice.value === theme;
}

for (const choice of choices) choice.addEventListener('change', () => apply(choice.value));
const asked = new URLSearchParams(location.search).get('theme');
if (asked && ['light', 'dark', 'auto'].includes(asked)) apply(asked);
