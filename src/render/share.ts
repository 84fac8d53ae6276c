/** The share button: the system share sheet where the browser has one (Web Share API), else a copy of the link. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

/** A button sharing `url`, and the polite live region that says "Link copied"; nothing where neither is possible. */
export function shareButton(title: string, url: string) {
  const share = typeof navigator.share === 'function';
  if (!share && !navigator.clipboard) return nothing;
  // Read while rendering: msg() speaks the element's UI language only inside its update.
  const copied = msg('Link copied', { id: 'link-copied' });
  const click = async (e: Event) => {
    const status = (e.currentTarget as Element).nextElementSibling!;
    // Emptied first, so a second copy is announced again.
    status.textContent = '';
    if (share) {
      try {
        return await navigator.share({ title, url });
      } catch (err) {
        // The reader closed the share sheet: nothing to do. Any other refusal falls back to copying.
        if ((err as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = copied;
    } catch {
      // The page may not use the clipboard (a permission policy, an unfocused window): the link stays beside the button.
    }
  };
  return html`<button type="button" part="button share" class="button" @click=${click}>
      ${share ? msg('Share', { id: 'share' }) : msg('Copy link', { id: 'copy-link' })}</button
    ><span part="copied" class="copied" role="status"></span>`;
}
