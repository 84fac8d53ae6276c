/**
 * The "Statement" block in WordPress's own block editor: it registers with the wp.* packages WordPress
 * ships, its preview is the live element, and a feed that cannot be read is a notice in the block.
 * And the settings screen beside it. Loading the block editor takes a minute on a busy machine, so this
 * file is not in `npm test`: `npm run test:wordpress-editor` runs it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { NASIRIYAH, TITLE, feedUrl, removeFrames, wordpress, type Setup } from './site.js';

interface EditorWindow extends Window {
  wp: {
    blocks: { getBlockType(name: string): { title: string } | undefined; createBlock(name: string, attrs: object): unknown };
    data: {
      dispatch(store: string): { insertBlocks(blocks: unknown[]): void };
      select(store: string): { __unstableIsEditorReady?(): boolean } | undefined;
    };
  };
}

/** Logs in through wp-login.php as a person would, in an iframe then used for the admin screens. */
async function logIn(setup: Setup): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:1200px;height:900px';
  const load = () => new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = '/wp/wp-login.php';
  document.body.append(iframe);
  await load();
  const doc = iframe.contentDocument!;
  (doc.getElementById('user_login') as HTMLInputElement).value = setup.admin.login;
  (doc.getElementById('user_pass') as HTMLInputElement).value = setup.admin.password;
  const loggedIn = load();
  (doc.getElementById('loginform') as HTMLFormElement).submit();
  await loggedIn;
  return iframe;
}

function visit(iframe: HTMLIFrameElement, path: string): Promise<Document> {
  const loaded = new Promise<Document>((resolve) => iframe.addEventListener('load', () => resolve(iframe.contentDocument!), { once: true }));
  iframe.src = path;
  return loaded;
}

/** A new post in the block editor, once the editor has loaded it. */
async function editor(iframe: HTMLIFrameElement): Promise<EditorWindow> {
  await visit(iframe, '/wp/wp-admin/post-new.php');
  const win = iframe.contentWindow as EditorWindow;
  await waitUntil(() => win.wp?.blocks?.getBlockType('icssi/statement'), 'the block is registered', { timeout: 60000, interval: 250 });
  // Blocks inserted before the editor has loaded the post would be replaced by it.
  await waitUntil(() => win.wp.data.select('core/editor')?.__unstableIsEditorReady?.(), 'the editor is ready', { timeout: 60000, interval: 250 });
  return win;
}

describe('the Statement block in the block editor', function () {
  let frame: HTMLIFrameElement;
  before(async function () {
    frame = await logIn(await wordpress(this));
  });
  // Logged out again (the admin bar's link carries the nonce), so no later page is seen as the admin's.
  after(async () => {
    const logout = (await visit(frame, '/wp/wp-admin/')).querySelector<HTMLAnchorElement>('#wp-admin-bar-logout a');
    if (logout) await visit(frame, logout.href);
    removeFrames();
  });

  it('has a settings screen with the default feed, key and mirrors, and the key partners verify with', async function () {
    this.timeout(60000);
    const doc = await visit(frame, '/wp/wp-admin/options-general.php?page=icssi-statement');
    for (const name of ['src', 'key', 'mirrors', 'publish']) {
      expect(doc.querySelector(`[name="icssi_statement[${name}]"]`), name).not.to.equal(null);
    }
    expect((doc.querySelector('[name="icssi_statement[publish]"]') as HTMLSelectElement).value).to.equal('category:statements');
    expect(doc.body.textContent).to.contain('key="A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg"');
  });

  it('registers, previews the live statement, and shows a notice for a feed it cannot read', async function () {
    this.timeout(120000);
    const win = await editor(frame);
    expect(win.wp.blocks.getBlockType('icssi/statement')!.title).to.equal('Statement');
    const { insertBlocks } = win.wp.data.dispatch('core/block-editor');
    insertBlocks([
      win.wp.blocks.createBlock('icssi/statement', { src: NASIRIYAH, lang: 'en' }),
      win.wp.blocks.createBlock('icssi/statement', { src: feedUrl('/demo/index.html') }),
    ]);
    const doc = frame.contentDocument!;
    const blocks = () => [...doc.querySelectorAll('.wp-block-icssi-statement')];
    await waitUntil(() => blocks()[0]?.querySelector('icssi-statement')?.getAttribute('state') === 'ready', 'the preview is live', {
      timeout: 30000,
    });
    const live = blocks()[0]!.querySelector('icssi-statement')!;
    expect(live.shadowRoot!.textContent).to.contain(TITLE.en);
    await waitUntil(() => /cannot be read/.test(blocks()[1]?.textContent ?? ''), 'the notice', { timeout: 30000 });
    expect(blocks()[1]!.textContent).to.contain('does not serve a JSON Feed');
  });
});
