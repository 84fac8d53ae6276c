/** Mounts an element and waits until it has settled on a state a reader would see. */
import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { IcssiStatement } from '../../src/icssi-statement.js';

export const feedUrl = (name: string) => new URL(`/demo/feeds/${name}`, location.href).href;

/** Resolves once the element reports `ready` or `error`. */
export async function settled(el: IcssiStatement): Promise<IcssiStatement> {
  await el.updateComplete;
  if (el.state === 'loading') {
    await Promise.race([oneEvent(el, 'icssi-load'), oneEvent(el, 'icssi-error')]);
  }
  await el.updateComplete;
  return el;
}

export async function mount(template: TemplateResult): Promise<IcssiStatement> {
  return settled(await fixture<IcssiStatement>(template));
}

export const part = (el: Element, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`);

export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
