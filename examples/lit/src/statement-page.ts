// A Lit app that uses the element from the ES module build: one shared copy of Lit, typed element and events.
import { LitElement, css, html } from 'lit';
import 'icssi-statement';
import type { IcssiStatement, LoadDetail } from 'icssi-statement';

export class StatementPage extends LitElement {
  static override properties = { feed: {}, shown: { state: true } };
  static override styles = css`
    icssi-statement {
      --icssi-accent: #7a1f5c;
    }
  `;

  /** The statement feed to show. */
  feed = '';
  shown = '';

  override render() {
    return html`<h1>Statements we support</h1>
      <icssi-statement src=${this.feed} lang="en" layout="full" @icssi-load=${this.#loaded}></icssi-statement>
      <p role="status">${this.shown}</p>`;
  }

  #loaded(event: CustomEvent<LoadDetail>) {
    // HTMLElementTagNameMap (from the package) types this query as the element class.
    const element: IcssiStatement | null = this.renderRoot.querySelector('icssi-statement');
    this.shown = `Showing ${event.detail.statement} (${event.detail.lang}); element state: ${element?.state}.`;
  }
}

customElements.define('statement-page', StatementPage);

declare global {
  interface HTMLElementTagNameMap {
    'statement-page': StatementPage;
  }
}
