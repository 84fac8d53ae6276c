// The byte floor: the least a Lit element that shows a heading and a body costs, bundled exactly like the widget.
// Plain JS because the TypeScript plugin compiles only the project's src/; the bundle it makes is the same.
import { LitElement, css, html } from 'lit';

class MinimalElement extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;
  static properties = { heading: {} };

  constructor() {
    super();
    this.heading = '';
  }

  render() {
    return html`<h2>${this.heading}</h2>
      <slot></slot>`;
  }
}

customElements.define('minimal-element', MinimalElement);
