/**
 * The "Statement" block in WordPress's own block editor: it registers with the wp.* packages WordPress
 * ships, its preview is the live element, and a feed that cannot be read is a notice in the block.
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

/** Logs in through wp-login.php as a person would and opens a new post in the block editor. */
async function editor(setup: Setup): Promise<HTMLIFrameElement> {
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
  const opened = load();
  iframe.src = '/wp/wp-admin/post-new.php';
  await opened;
  const win = iframe.contentWindow as EditorWindow;
  await waitUntil(() => win.wp?.blocks?.getBlockType('icssi/statement'), 'the block is registered', { timeout: 60000, interval: 250 });
  // Blocks inserted before the editor has loaded the post would be replaced by it.
  await waitUntil(() => win.wp.data.select('core/editor')?.__unstableIsEditorReady?.(), 'the editor is ready', { timeout: 60000, interval: 250 });
  return iframe;
}

describe('the Statement block in the block editor', function () {
  let setup: Setup;
  before(async function () {
    setup = await wordpress(this);
  });
  after(removeFrames);

  it('registers, previews the live statement, and shows a notice for a feed it cannot read', async function () {
    this.timeout(120000);
    const iframe = await editor(setup);
    const win = iframe.contentWindow as EditorWindow;
    expect(win.wp.blocks.getBlockType('icssi/statement')!.title).to.equal('Statement');
    const { insertBlocks } = win.wp.data.dispatch('core/block-editor');
    insertBlocks([
      win.wp.blocks.createBlock('icssi/statement', { src: NASIRIYAH, lang: 'en' }),
      win.wp.blocks.createBlock('icssi/statement', { src: feedUrl('/demo/index.html') }),
    ]);
    const doc = iframe.contentDocument!;
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
