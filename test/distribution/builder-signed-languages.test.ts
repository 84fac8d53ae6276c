/** The builder's words on signed feeds and mirrors in the blogger's language: the catalogue's, never English, and live. */
import { expect, waitUntil } from '@open-wc/testing';
import { faultUrl } from '../network/server.js';
import { builderMessages, builderTemplates } from '../../demo/builder-messages.js';
import { templates as ar } from '../../demo/locale/builder/ar.js';
import { templates as ckb } from '../../demo/locale/builder/ckb.js';
import { templates as kmr } from '../../demo/locale/builder/kmr.js';
import { templates as italian } from '../../demo/locale/builder/it.js';
import { templates as fr } from '../../demo/locale/builder/fr.js';
import { openBuilder } from './open-builder.js';

const KEY = 'A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg';
type Entry = string | { strings: readonly string[]; values: readonly number[] };
const catalogues = { ar, ckb, kmr, it: italian, fr } as unknown as Record<string, Record<string, Entry>>;
const LANGS = Object.keys(catalogues);

/** The text the page shows for a catalogue entry: its values (in the order the English names them) in their places, code spans as plain text. */
function translation(lang: string, id: string, values: string[] = []): string {
  const entry = catalogues[lang]![id]!;
  const text = typeof entry === 'string' ? entry : entry.strings.reduce((all, s, i) => all + values[entry.values[i - 1]!]! + s);
  return text.replaceAll('`', '');
}

// Nothing configures @lit/localize in this window, so `msg` gives the English source.
const english = {
  unsigned: builderMessages()['b-key-unsigned'].replaceAll('`', ''),
  forged: builderMessages()['b-key-forged'],
  signed: builderTemplates['b-key-signed'](KEY, '1', '2').replaceAll('`', ''),
  mirrors: builderMessages()['b-mirrors'],
  hint: builderMessages()['b-mirrors-hint'],
};

/** The key-status sentence a feed with one of two statements signed with KEY (the other forged) gets in `lang`. */
const signed = (lang: string) => {
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return translation(lang, 'b-key-signed', [n(1), n(2), KEY]);
};

/** Loads a fixture feed and returns the key status once the builder has judged the feed's signatures. */
async function load(doc: Document, fixture: string, message: string): Promise<HTMLElement> {
  const status = doc.getElementById('key-status')!;
  delete status.dataset.msg;
  (doc.getElementById('feed') as HTMLInputElement).value = faultUrl(fixture);
  (doc.getElementById('feed-form') as HTMLFormElement).requestSubmit();
  await waitUntil(() => status.dataset.msg === message, `the builder says ${message}`, { timeout: 8000 });
  return status;
}

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the builder’s signed feeds and mirrors, in every language', function () {
  this.timeout(30000);

  for (const lang of LANGS) {
    it(`says in ${lang} whether a feed is signed, and what mirrors are, in its catalogue’s words`, async () => {
      const doc = await openBuilder(`?ui=${lang}`);
      const unsigned = await load(doc, 'signed-unsigned.json', 'b-key-unsigned');
      expect(text(unsigned)).to.equal(translation(lang, 'b-key-unsigned')).and.not.equal(english.unsigned);
      expect(text(await load(doc, 'signed-tampered-title.json', 'b-key-forged')))
        .to.equal(translation(lang, 'b-key-forged'))
        .and.not.equal(english.forged);
      const status = await load(doc, 'signed-two-one-forged.json', 'b-key-signed');
      expect(text(status)).to.equal(signed(lang)).and.not.equal(english.signed);
      // The key and the attribute stay code, left to right, inside a sentence in any direction.
      const code = [...status.querySelectorAll('code')];
      expect(code.map((c) => c.textContent)).to.deep.equal([KEY, 'key="…"']);
      expect(code.map((c) => getComputedStyle(c).direction)).to.deep.equal(['ltr', 'ltr']);

      const label = doc.querySelector('label[for="mirrors"]')!;
      expect(text(label)).to.equal(translation(lang, 'b-mirrors')).and.not.equal(english.mirrors);
      expect(text(doc.getElementById('mirrors-hint')!)).to.equal(translation(lang, 'b-mirrors-hint')).and.not.equal(english.hint);
      // The mirrors field spans the form, as the statement menu above it does, in either direction.
      const mirrors = doc.getElementById('mirrors')!.getBoundingClientRect();
      const menu = doc.getElementById('statement')!.getBoundingClientRect();
      expect([mirrors.left, mirrors.right]).to.deep.equal([menu.left, menu.right]);
    });
  }

  it('rewrites a key status already shown when the blogger switches the page’s language', async () => {
    const doc = await openBuilder('?ui=en');
    const status = await load(doc, 'signed-two-one-forged.json', 'b-key-signed');
    expect(text(status)).to.equal(english.signed);
    const menu = doc.getElementById('ui-lang') as HTMLSelectElement;
    for (const lang of [...LANGS, 'en']) {
      menu.value = lang;
      menu.dispatchEvent(new Event('change'));
      expect(text(status)).to.equal(lang === 'en' ? english.signed : signed(lang));
    }
    await load(doc, 'signed-unsigned.json', 'b-key-unsigned');
    menu.value = 'ar';
    menu.dispatchEvent(new Event('change'));
    expect(text(status)).to.equal(translation('ar', 'b-key-unsigned'));
  });
});
