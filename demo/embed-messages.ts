// The iframe page's own strings, translated by hand in xliff/embed/ (lit-localize.embed.json; `npm run localize`):
// a catalogue of its own, so readers of an embedded statement do not download the builder's.
import { msg } from '@lit/localize';

export const embedMessages = () => ({
  title: msg('Statement', { id: 'e-title' }),
  noSrc: msg('This embed needs the address of a statement feed: add ?src=https://… to the page address.', { id: 'e-no-src' }),
});
