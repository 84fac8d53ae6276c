// The snippet builder's own interface strings, keyed by the ids that builder.html's `data-msg` attributes name.
// Translated by hand in xliff/builder/ (lit-localize.builder.json; `npm run localize`). In a string, `…` between
// backticks is shown as code. A new string is one line here, one attribute or call where it shows, and one
// <target> per language.
import { msg, str } from '@lit/localize';

export const builderMessages = () => ({
  'b-title': msg('Statement snippet builder', { id: 'b-title' }),
  'b-ui-language': msg('Language of this page', { id: 'b-ui-language' }),
  'b-heading': msg('Put a statement on your blog', { id: 'b-heading' }),
  'b-intro': msg(
    "Paste the address of a statement feed, choose a statement and how it looks, then copy the snippet into your post's HTML. The snippet carries the statement's text, so it stays readable on platforms that remove scripts.",
    { id: 'b-intro' },
  ),
  'b-partner-heading': msg('On a website you run', { id: 'b-partner-heading' }),
  'b-partner-intro': msg(
    "Add this script tag once, then an `icssi-statement` element, with the feed's address in its `src` attribute, wherever a statement belongs. The `integrity` hash makes browsers refuse any other file than this release's.",
    { id: 'b-partner-intro' },
  ),
  'b-copy-partner': msg('Copy script tag', { id: 'b-copy-partner' }),
  'b-blog-heading': msg('On a blog', { id: 'b-blog-heading' }),
  'b-feed': msg('Feed address', { id: 'b-feed' }),
  'b-load': msg('Load statements', { id: 'b-load' }),
  'b-statement': msg('Statement', { id: 'b-statement' }),
  'b-lang': msg('Language', { id: 'b-lang' }),
  'b-lang-any': msg("Each reader's own (from your page or their browser)", { id: 'b-lang-any' }),
  'b-layout': msg('Layout', { id: 'b-layout' }),
  'b-layout-full': msg('Full statement', { id: 'b-layout-full' }),
  'b-layout-card': msg('Card with “Read more”', { id: 'b-layout-card' }),
  'b-layout-list': msg('Newest statements as a list', { id: 'b-layout-list' }),
  'b-theme': msg('Theme', { id: 'b-theme' }),
  'b-theme-auto': msg("Follow the reader's light or dark setting", { id: 'b-theme-auto' }),
  'b-theme-light': msg('Light', { id: 'b-theme-light' }),
  'b-theme-dark': msg('Dark', { id: 'b-theme-dark' }),
  'b-preview': msg('Preview', { id: 'b-preview' }),
  'b-snippet-heading': msg('Your snippet', { id: 'b-snippet-heading' }),
  'b-snippet-intro': msg('Paste it where your blog accepts HTML: see “Where to paste it” below.', { id: 'b-snippet-intro' }),
  'b-copy-snippet': msg('Copy snippet', { id: 'b-copy-snippet' }),
  'b-fallback-heading': msg('Without scripts, readers see this', { id: 'b-fallback-heading' }),
  'b-where-heading': msg('Where to paste it', { id: 'b-where-heading' }),
  'b-wordpress-name': msg('WordPress: a Custom HTML block', { id: 'b-wordpress-name' }),
  'b-wordpress': msg(
    'Add a Custom HTML block and paste the snippet into it. Administrators and editors of a single site keep the script. For authors and contributors, and on multisite networks, WordPress removes the script when the post is saved: readers then see the text copy the snippet carries.',
    { id: 'b-wordpress' },
  ),
  'b-blogger-name': msg('Blogger: the HTML view', { id: 'b-blogger-name' }),
  'b-blogger': msg(
    'In the post editor, switch to HTML view and paste the snippet there. Blogger keeps the script and runs it on the published post. Going back to Compose view can rewrite the markup, so paste it last.',
    { id: 'b-blogger' },
  ),
  'b-ghost-name': msg('Ghost: an HTML card', { id: 'b-ghost-name' }),
  'b-ghost': msg('Add an HTML card and paste the snippet. Ghost keeps the script; it runs on the published post, not inside the editor.', {
    id: 'b-ghost',
  }),
  'b-wix-name': msg('Wix: an Embed HTML element', { id: 'b-wix-name' }),
  'b-wix': msg(
    'Add Embed Code, then Embed HTML, choose Code and paste the snippet. Wix runs it inside a frame of fixed height on another address: set the frame tall enough for the statement.',
    { id: 'b-wix' },
  ),
  'b-squarespace-name': msg('Squarespace: a Code block', { id: 'b-squarespace-name' }),
  'b-squarespace': msg(
    'Add a Code block and paste the snippet. Squarespace runs scripts only on the live site, and only on plans that allow custom code; in the editor and on other plans, readers see the text copy.',
    { id: 'b-squarespace' },
  ),
  'b-iframe-heading': msg('If your platform allows iframes but not scripts', { id: 'b-iframe-heading' }),
  'b-copy-iframe': msg('Copy iframe snippet', { id: 'b-copy-iframe' }),
  'b-resize-heading': msg('Optional: let the iframe fit its statement', { id: 'b-resize-heading' }),
  'b-resize-intro': msg('Where your page may run a script, add this once: each statement iframe then takes the height of its statement.', {
    id: 'b-resize-intro',
  }),
  'b-copy-resize': msg('Copy resizing script', { id: 'b-copy-resize' }),
  'b-loading': msg('Loading…', { id: 'b-loading' }),
  'b-not-http': msg('The feed address must start with https:// or http://.', { id: 'b-not-http' }),
  'b-not-built': msg('This copy of the builder was not built with `npm run build`: the script tag is missing.', { id: 'b-not-built' }),
  'b-selected': msg('Selected: press Ctrl+C (⌘C on a Mac) to copy.', { id: 'b-selected' }),
  'b-copied': msg('Copied.', { id: 'b-copied' }),
  // Forms keyed by Intl.PluralRules category, as src/locale/plural.ts reads them.
  'b-found': msg('one{# statement found.} other{# statements found.}', { id: 'b-found' }),
  'b-key-forged': msg('The feed names a signing key, but its signatures do not verify: no key was written into the snippet.', {
    id: 'b-key-forged',
  }),
  'b-key-unsigned': msg('This feed is not signed: the snippet has no `key` attribute.', { id: 'b-key-unsigned' }),
  'b-mirrors': msg('Mirror addresses (optional)', { id: 'b-mirrors' }),
  'b-mirrors-hint': msg(
    'Other addresses that serve the same feed, separated by spaces: readers get the statement from the next one when the first cannot be reached.',
    { id: 'b-mirrors-hint' },
  ),
});

/** The strings with values in them, each a function of its values (numbers come already in the page's digits). */
export const builderTemplates = {
  // Why a feed could not be read (the reason itself comes in English).
  'b-unreadable': (reason: string) => msg(str`That feed could not be read: ${reason}`, { id: 'b-unreadable' }),
  'b-key-signed': (key: string, verified: string, total: string) =>
    msg(
      str`Signed feed: ${verified} of ${total} statements verified against the key \`${key}\`, which this builder read from the feed's own signatures. The snippet carries it as \`key="…"\`, so the widget shows only statements signed with it. Before you publish, confirm this key with the publisher by another channel (their website, a message, a call): whoever served this feed could have signed it with a key of their own.`,
      { id: 'b-key-signed' },
    ),
};

export type BuilderMessage = keyof ReturnType<typeof builderMessages>;
export type BuilderTemplate = keyof typeof builderTemplates;
