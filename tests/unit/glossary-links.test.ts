// A <Term> lands on its ordlista entry: by its own word, or by sv="…" for inflected and translated forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termAnchor, unlinkedTerms } from '../../src/lib/glossary-links.ts';

test('the anchor comes from sv="…" when given, else from the word itself, lower-cased, without markup', () => {
  assert.equal(termAnchor(undefined, 'Hyreskontrakt'), 'ord-hyreskontrakt');
  assert.equal(termAnchor(undefined, '<em>Högkostnadsskydd</em>'), 'ord-hogkostnadsskydd');
  assert.equal(termAnchor('preliminär', 'موقتة'), 'ord-preliminar');
});

test('a Term whose word is no entry is reported with the anchor it would need; sv="…" and exact words pass', () => {
  const ordlista = [{ term: 'preliminär' }, { term: 'hyreskontrakt' }];
  const body = 'Bidraget är <Term>preliminärt</Term>. Ett <Term>hyreskontrakt</Term> och <Term sv="preliminär">preliminärt</Term>. <Term sv="okänd">x</Term>';
  assert.deepEqual(unlinkedTerms(body, ordlista), [
    { text: 'preliminärt', anchor: 'ord-preliminart' },
    { text: 'x', anchor: 'ord-okand' },
  ]);
  assert.deepEqual(unlinkedTerms('Ingen term här.', ordlista), []);
});
