/** The published test vector (test/fixtures/signature/vector.json), signed and verified by the tool's code. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { canonicalize } from '../src/jcs.js';
import { generateKeys, keysFromSeed, signItem, signedBytes, verifyItem } from '../src/signature.js';
import { repo } from './helpers.js';

const vector = JSON.parse(readFileSync(repo('test/fixtures/signature/vector.json'), 'utf8'));

test('the vector: the seed gives the published key, the item its canonical bytes and signature', () => {
  assert.equal(keysFromSeed(vector.private_key_seed).publicKey, vector.public_key);
  assert.equal(signedBytes(vector.unsigned_item).toString('utf8'), vector.canonical_utf8);
  // The signed item without its signature has the same bytes: the signature member is the only thing removed.
  assert.equal(signedBytes(vector.signed_item).toString('utf8'), vector.canonical_utf8);
  assert.deepEqual(signItem(vector.unsigned_item, vector.private_key_seed), vector.signed_item._icssi.signature);
  assert.equal(vector.signed_item._icssi.signature.sig, vector.signature);
});

test('the vector verifies against its key, alone or among others (rotation)', () => {
  const other = generateKeys().publicKey;
  assert.deepEqual(verifyItem(vector.signed_item, [vector.public_key]), { ok: true, key: vector.public_key });
  assert.deepEqual(verifyItem(vector.signed_item, [other, vector.public_key]), { ok: true, key: vector.public_key });
});

test('any change to the signed item, another key, or no signature fails', () => {
  const changes: Record<string, (item: typeof vector.signed_item) => void> = {
    title: (i) => (i.title += '!'),
    body: (i) => (i.content_html = i.content_html.replace('نطالب', 'نرفض')),
    translation: (i) => (i._icssi.translations[0].title = 'Another title'),
    signatory: (i) => (i._icssi.signatories[0].name = 'Someone else'),
    date: (i) => (i.date_published = '2025-02-11T09:00:00+03:00'),
    'an added member': (i) => (i.image = 'https://evil.example/x.png'),
  };
  for (const [what, change] of Object.entries(changes)) {
    const item = structuredClone(vector.signed_item);
    change(item);
    assert.equal(verifyItem(item, [vector.public_key]).ok, false, what);
  }
  assert.equal(verifyItem(vector.signed_item, [generateKeys().publicKey]).ok, false, 'another key');
  assert.equal(verifyItem(vector.unsigned_item, [vector.public_key]).ok, false, 'unsigned');
});

test('JCS sorts members by UTF-16 code units and writes strings and numbers as ECMAScript does (RFC 8785 §3.2.3)', () => {
  const value = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
  assert.equal(
    canonicalize(value),
    '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
  );
  assert.equal(canonicalize({ b: [1, 2.5, -0, 1e21, null, true], a: 'tab\there "quoted" \u001f' }), '{"a":"tab\\there \\"quoted\\" \\u001f","b":[1,2.5,0,1e+21,null,true]}');
});
