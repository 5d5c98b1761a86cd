import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factReferences, factWarnings, fillFactTags, fillFacts, phoneNumbers } from '../../src/lib/facts.ts';
import type { Fact } from '../../src/lib/schema.ts';

const fact = (id: string, over: Partial<Fact> = {}): Fact => ({
  id,
  claim: `Påstående ${id}.`,
  status: 'in-force',
  source: { name: 'Källa', url: 'https://www.riksdagen.se' },
  verified: new Date('2026-11-29'),
  ...over,
});
const facts = new Map([['a', fact('a', { value: '020-50 50 50' })], ['b', fact('b')]]);

test('facts: references are found in MDX tags and front-matter tokens, anywhere in a value', () => {
  const refs = factReferences(['Ring <Fakta id="a" visa="value" /> nu.', { notes: 'Se {{fakta:b}} och {{fakta:a.value}}.' }, new Date()]);
  assert.deepEqual(refs, [{ id: 'a', part: 'value' }, { id: 'b', part: 'claim' }, { id: 'a', part: 'value' }]);
  assert.deepEqual(factReferences('inga fakta här'), []);
});

test('facts: tokens and tags are filled with the claim or the value; unknown ids are left for validation', () => {
  assert.equal(fillFacts('Ring {{fakta:a.value}}. {{fakta:b}} {{fakta:finns-inte}}', facts), 'Ring 020-50 50 50. Påstående b. {{fakta:finns-inte}}');
  assert.equal(fillFactTags('Ring <Fakta id="a" visa="value" />. <Fakta id="b" />', facts), 'Ring 020-50 50 50. Påstående b.');
});

test('facts: stale, overdue-proposed and unverified facts are warned about, fresh in-force ones are not', () => {
  const today = new Date('2027-12-01');
  const warnings = factWarnings([
    fact('fresh', { verified: new Date('2027-06-01') }),
    fact('stale', { verified: new Date('2026-11-29') }),
    fact('overdue', { status: 'proposed', effective: new Date('2027-07-01'), verified: new Date('2027-11-01') }),
    fact('future', { status: 'proposed', effective: new Date('2028-07-01'), verified: new Date('2027-11-01') }),
    fact('open', { status: 'unverified', verified: new Date('2027-11-01') }),
  ], today);
  assert.deepEqual(warnings.map((w) => w.id), ['stale', 'overdue', 'open']);
  assert.match(warnings[0].message, /more than 12 months ago/);
  assert.match(warnings[1].message, /still "proposed" after its planned start 2027-07-01/);
});

test('facts: Swedish phone numbers are recognised, years and amounts are not', () => {
  assert.deepEqual(phoneNumbers('Ring 020-50 50 50, 010-456 67 00, 114 14 eller 90101.'), ['020-50 50 50', '010-456 67 00', '114 14', '90101']);
  assert.deepEqual(phoneNumbers('År 2026 kostar det 1 200 kr. SFS 2025:400. 1177 och 112.'), []);
});

test('facts: a fact put into Markdown can be escaped, so its text never becomes markup', () => {
  const hostile = new Map([['x', fact('x', { claim: '<img src=x onerror=alert(1)> *fet*' })]]);
  const out = fillFactTags('Se <Fakta id="x" />', hostile, 'sv', undefined, (t) => t.replace(/</g, '&lt;'));
  assert.doesNotMatch(out, /<img/);
  assert.match(out, /&lt;img/);
});
