/** Registers `<icssi-statement>`. Safe to run twice: a page may load the script more than once. */
import { IcssiStatement } from './icssi-statement.js';

if (!customElements.get('icssi-statement')) customElements.define('icssi-statement', IcssiStatement);

declare global {
  interface HTMLElementTagNameMap {
    'icssi-statement': IcssiStatement;
  }
}
