// Writes the signed fixture feeds of test/security/signatures.test.ts into test/network/fixtures/,
// where the fault server (test/support/faults.mjs) serves them: `node test/security/make-signed-feeds.mjs`.
// Signed with the test vector's key (seed 00…1f, published in docs/feed-format.md) and one other
// test key (seed 20…3f); neither ever signs a real statement.
import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const out = new URL('../network/fixtures/', import.meta.url);
const vector = JSON.parse(readFileSync(new URL('../fixtures/signature/vector.json', import.meta.url), 'utf8'));

// PKCS #8 wrapping of a raw Ed25519 seed (RFC 8410).
const keyFrom = (seed) =>
  createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
const seed = (first) => Buffer.from(Array.from({ length: 32 }, (_, i) => first + i));
const testKey = keyFrom(seed(0));
const otherKey = keyFrom(seed(32));
const publicOf = (key) => Buffer.from(key.export({ format: 'jwk' }).x, 'base64url').toString('base64url');

// RFC 8785, as src/feed/canonical-json.ts (the test vector checks both).
const canonical = (v) =>
  v && typeof v === 'object'
    ? Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`
    : JSON.stringify(v);

function signed(item, key = testKey) {
  const ext = { ...item._icssi };
  delete ext.signature;
  const unsigned = { ...item, _icssi: ext };
  const sig = sign(null, Buffer.from(canonical(unsigned), 'utf8'), key).toString('base64url');
  return { ...unsigned, _icssi: { ...ext, signature: { alg: 'Ed25519', key: publicOf(key), sig } } };
}

if (canonical(vector.unsigned_item) !== vector.canonical_utf8) throw new Error('canonical form differs from the vector');
if (signed(vector.unsigned_item)._icssi.signature.sig !== vector.signature) throw new Error('signature differs from the vector');

const clone = (v) => JSON.parse(JSON.stringify(v));
/** The vector's signed item, changed after signing by `change`. */
const tampered = (change) => {
  const item = clone(vector.signed_item);
  change(item);
  return item;
};
const second = signed({
  id: 'basra-2025-03',
  url: 'https://www.iraqicivilsociety.org/?p=basra-2025-03',
  title: 'Statement on the arrest of environmental defenders in Basra',
  content_html: '<p>We call for the immediate release of the defenders.</p>',
  date_published: '2025-03-01T09:00:00+03:00',
  language: 'en',
  authors: [{ name: 'Iraqi Civil Society Solidarity Initiative' }],
  _icssi: {},
});
const feed = (items) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'ICSSI statements (signed test feed)',
  home_page_url: 'https://www.iraqicivilsociety.org/',
  items,
});

const feeds = {
  'signed-one.json': [vector.signed_item],
  'signed-two.json': [second, vector.signed_item],
  'signed-other-key.json': [signed(vector.unsigned_item, otherKey)],
  'signed-unsigned.json': [vector.unsigned_item],
  'signed-tampered-title.json': [tampered((i) => (i.title = i.title.replace('الناصرية', 'البصرة')))],
  'signed-tampered-body.json': [tampered((i) => (i.content_html = i.content_html.replace('نطالب', 'نرفض')))],
  'signed-tampered-translation.json': [tampered((i) => (i._icssi.translations[0].title += '!'))],
  'signed-tampered-signatory.json': [tampered((i) => i._icssi.signatories.push({ name: 'Ministry of the Interior' }))],
  'signed-tampered-date.json': [tampered((i) => (i.date_published = '2025-02-11T09:00:00+03:00'))],
  // A forger's mirror: one genuine statement kept, the other's body altered.
  'signed-two-one-forged.json': [second, tampered((i) => (i.content_html = i.content_html.replace('نطالب', 'نرفض')))],
  // A list: two verified statements among an unsigned one, one signed by another key and one altered.
  'signed-list.json': [
    second,
    { ...clone(vector.unsigned_item), id: 'unsigned-item' },
    { ...signed(vector.unsigned_item, otherKey), id: 'other-key-item' },
    tampered((i) => (i.id = 'tampered-item')),
    vector.signed_item,
  ],
};
for (const [name, items] of Object.entries(feeds)) {
  const text = `${JSON.stringify(feed(items), null, 2)}\n`;
  // The fault server rewrites these words in every fixture it serves, which would break a signature.
  if (/KEY|EVIL/.test(text)) throw new Error(`${name} holds a word the fault server rewrites`);
  writeFileSync(new URL(name, out), text);
}
console.log(`test key ${publicOf(testKey)}, other key ${publicOf(otherKey)}`);
