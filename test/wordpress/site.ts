/** The test WordPress (test/wordpress/wordpress.mjs): its setup, its REST API as a user, its pages in iframes. */
import { waitUntil } from '@open-wc/testing';

export interface Setup {
  version: string;
  home: string;
  users: Record<'administrator' | 'author', { login: string; password: string; unfiltered_html: boolean }>;
  /** The administrator's login password (the API uses application passwords). */
  admin: { login: string; password: string };
  /** The category the feed route serves. */
  statements: number;
  /** Rows of the plugin's left in wp_options after uninstall.php ran on its settings and a cached feed. */
  uninstall: { left: number };
  lint: { file: string; ok: boolean; output?: string }[];
  vector: { canonical: string; signature: string; public_key: string; signed_item: string; vector_signed: string; verifies_vector: boolean };
}
export type Role = keyof Setup['users'];

let setup: Setup | undefined;

/**
 * For a suite's `before`: waits for WordPress to be set up (the first request starts it). Without
 * MariaDB or PHP the suite is skipped on a developer's machine and fails under CI.
 */
export async function wordpress(context: Mocha.Context): Promise<Setup> {
  context.timeout(180000);
  const response = await fetch('/wp-setup.json');
  const body = (await response.json()) as Setup & { error?: string; ci?: boolean };
  if (!response.ok) {
    if (body.ci) throw new Error(`The WordPress tests could not set up WordPress: ${body.error}`);
    console.warn(`WordPress tests skipped (CI is not set): ${body.error}`);
    context.skip();
  }
  return (setup = body);
}

export const feedUrl = (path: string) => new URL(path, location.href).href;
export const NASIRIYAH = feedUrl('/demo/feeds/nasiriyah.json');
export const TITLE = { ar: 'بيان تضامن بشأن الاحتجاجات في الناصرية', en: 'Solidarity statement on the protests in Nasiriyah' };

/** WordPress's REST API, authenticated as `role` with its application password. */
export async function api(role: Role, route: string, init: RequestInit = {}): Promise<Response> {
  const { login, password } = setup!.users[role];
  const [path, query = ''] = route.split('?');
  return fetch(`/wp/?rest_route=${encodeURIComponent(path!)}${query ? `&${query}` : ''}`, {
    ...init,
    // A login cookie (the editor test's) would make WordPress ignore the application password without a nonce.
    credentials: 'omit',
    headers: { authorization: `Basic ${btoa(`${login}:${password}`)}`, 'content-type': 'application/json', ...init.headers },
  });
}

/** Publishes a post as `role`, through WordPress's own filters (kses for a user without unfiltered_html). */
export async function publish(role: Role, content: string, extra: Record<string, unknown> = {}): Promise<{ id: number; link: string }> {
  const response = await api(role, '/wp/v2/posts', {
    method: 'POST',
    body: JSON.stringify({ title: `Test ${Math.random().toString(36).slice(2)}`, content, status: 'publish', ...extra }),
  });
  if (response.status !== 201) throw new Error(`Publishing as ${role}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: number; link: string };
}

/** A post's page as the server sent it. */
export const source = async (link: string) => (await fetch(link, { cache: 'no-store', credentials: 'omit' })).text();

/** A post's page in an iframe, with scripts or (sandboxed, same origin so it can be read) without. */
export function open(link: string, { scripts }: { scripts: boolean }): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:600px';
  if (!scripts) iframe.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise<Document>((resolve) => iframe.addEventListener('load', () => resolve(iframe.contentDocument!), { once: true }));
  iframe.src = new URL(link).pathname + new URL(link).search;
  document.body.append(iframe);
  return loaded;
}

/** Every element of the document and of the shadow roots inside it. */
function* deep(root: Document | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** The headings a reader sees (laid out, not hidden) whose text is one of the titles. */
export const visibleHeadings = (doc: Document, titles: readonly string[]) =>
  [...deep(doc)].filter(
    (el) => (/^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading') && titles.includes(el.textContent!.trim()) && el.getClientRects().length > 0,
  );

/** Waits until every element on the page has settled (`ready` or `error`). */
export async function settled(doc: Document): Promise<Element[]> {
  const elements = [...doc.querySelectorAll('icssi-statement')];
  await waitUntil(() => elements.every((el) => ['ready', 'error'].includes(el.getAttribute('state') ?? '')), 'the elements settle', {
    timeout: 10000,
  });
  return elements;
}

/** The element's own `<script>` tags in a page's source. */
export const widgetScripts = (html: string) =>
  [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script[src]')].filter((s) =>
    /icssi-statement\.js\b/.test(s.getAttribute('src')!),
  ) as HTMLScriptElement[];

export const removeFrames = () => document.querySelectorAll('iframe').forEach((f) => f.remove());
