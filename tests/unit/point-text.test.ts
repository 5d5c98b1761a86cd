// A point's texts in another language: shape and numbers checked against the Swedish, outdated when the Swedish
// changes, and Swedish (marked missing) where no translation exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pointTextHash, pointTextProblems, resolvePointText, type PointSource } from '../../src/lib/point-text.ts';
import type { PointText } from '../../src/lib/schema.ts';

const source: PointSource = {
  subtopics: ['Hyresavtal', 'Ring 112 vid brand'],
  visit: 'Besök på en återvinningscentral.',
  steps: [{ id: 'valkomna', title: 'Välkomna' }, { id: 'hyra', title: 'Hyran' }],
};
const text = (over: Partial<PointText> = {}): PointText => ({
  lang: 'en', point: 'bostader',
  subtopics: ['Rental contract', 'Call 112 if there is a fire'],
  visit: 'A visit to a recycling centre.',
  steps: { valkomna: 'Welcome', hyra: 'The rent' },
  translation: { status: 'machine', sourceHash: pointTextHash(source), date: new Date('2026-11-30') },
  ...over,
});

test('a faithful translation has no problems and is shown in its language', () => {
  assert.deepEqual(pointTextProblems(text(), source), []);
  const shown = resolvePointText('en', 'sv', source, text());
  assert.equal(shown.textLang, 'en');
  assert.equal(shown.status, 'machine');
  assert.deepEqual(shown.subtopics, ['Rental contract', 'Call 112 if there is a fire']);
  assert.equal(shown.steps.get('hyra'), 'The rent');
});

test('a wrong count, a missing or unknown step, a lost number and a missing visit are reported with file and field', () => {
  const problems = pointTextProblems(text({ subtopics: ['Rental contract', 'Call if there is a fire', 'Extra'], visit: undefined, steps: { valkomna: 'Welcome', other: 'Other' } }), source);
  const fields = problems.map((p) => p.field).sort();
  assert.deepEqual(fields, ['steps.hyra', 'steps.other', 'subtopics', 'subtopics[1]', 'visit']);
  assert.ok(problems.every((p) => p.file === 'src/content/kurs/en/bostader/punkt.yaml'));
  assert.match(problems.find((p) => p.field === 'subtopics[1]')!.message, /"112"/);
});

test('a changed Swedish source makes the translation outdated, still shown, and not checked against the new shape', () => {
  const changed: PointSource = { ...source, subtopics: [...source.subtopics, 'Tvättstuga'] };
  assert.notEqual(pointTextHash(changed), pointTextHash(source));
  assert.equal(resolvePointText('en', 'sv', changed, text()).status, 'outdated');
  assert.deepEqual(resolvePointText('en', 'sv', changed, text()).subtopics, text().subtopics);
  assert.deepEqual(pointTextProblems(text(), changed), []);
});

test('without a translation the Swedish is shown and marked missing; Swedish readers get the source', () => {
  const missing = resolvePointText('ti', 'sv', source, undefined);
  assert.equal(missing.textLang, 'sv');
  assert.equal(missing.status, 'missing');
  assert.deepEqual(missing.subtopics, source.subtopics);
  assert.equal(missing.steps.size, 0);
  assert.equal(resolvePointText('sv', 'sv', source, text()).status, 'source');
});
