/**
 * Follows the reader's language as the page states it: the element's `lang`, the nearest ancestor's
 * (across shadow roots), the document's, then the browser's. A change to any of them re-renders the
 * host; nothing is fetched again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

// One observer per document or shadow root, shared by every widget under it.
const watched = new WeakMap<Node, Set<Host>>();

function watch(root: Node, host: Host): void {
  let hosts = watched.get(root);
  if (!hosts) {
    const set = (hosts = new Set());
    watched.set(root, set);
    new MutationObserver(() => set.forEach((h) => h.requestUpdate())).observe(root, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  hosts.add(host);
}

/** The document and every shadow root between the host and it. */
function rootsOf(el: Element): Node[] {
  const roots: Node[] = [];
  for (let root = el.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
  }
}

/** The nearest `lang` attribute at or above `el`, crossing shadow boundaries; '' when none. */
export function inheritedLang(el: Element): string {
  // Up the tree, then from a shadow root to its host; lang="" means "unknown" here: keep looking above it.
  for (let n: Element | null = el; n; n = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null) {
    const lang = n.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return '';
}

export class LocaleController implements ReactiveController {
  #roots: Node[] = [];
  readonly #onLanguageChange = () => this.host.requestUpdate();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#roots = rootsOf(this.host);
    this.#roots.forEach((r) => watch(r, this.host));
    addEventListener('languagechange', this.#onLanguageChange);
  }

  hostDisconnected(): void {
    this.#roots.forEach((r) => watched.get(r)?.delete(this.host));
    this.#roots = [];
    removeEventListener('languagechange', this.#onLanguageChange);
  }

  /** The reader's languages, most preferred first: the page's stated language, then the browser's. */
  get readerLangs(): string[] {
    const stated = inheritedLang(this.host);
    return [...new Set([stated, ...navigator.languages].filter(Boolean))];
  }
}
