// The partner's own application, built with Lit: importing it creates the `lit-html` Trusted Types policy.
import { html, render } from '/node_modules/lit-html/lit-html.js';

render(html`<p id="host-rendered">Rendered by the page’s own Lit</p>`, document.getElementById('host-app'));
