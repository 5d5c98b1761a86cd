// Latin runs inside right-to-left text: found whole (names of several words, digits and dots inside), never split
// inside a word, and digits alone left to the bidi algorithm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinRuns } from '../../src/lib/bidi.ts';

const latin = (text: string) => latinRuns(text).filter((r) => r.latin).map((r) => r.text);

test('Swedish names, the kit name and addresses are whole runs; the rest of the text is kept around them', () => {
  const text = 'سجّل في Skatteverket (مصلحة الضرائب) ثم افتح Mina sidor على 1177.se ضمن 15-punktsprogrammet.';
  assert.deepEqual(latin(text), ['Skatteverket', 'Mina sidor', '1177.se', '15-punktsprogrammet']);
  assert.equal(latinRuns(text).map((r) => r.text).join(''), text, 'nothing lost or added');
});

test('digits alone, Arabic text alone and an empty string give no Latin run', () => {
  assert.deepEqual(latin('اتصل بـ 112 أو 114 14'), []);
  assert.deepEqual(latinRuns('نص عربي'), [{ text: 'نص عربي', latin: false }]);
  assert.deepEqual(latinRuns(''), []);
});

test('Cyrillic counts as a left-to-right run too, and names with å, ä, ö stay whole', () => {
  assert.deepEqual(latin('«Försäkringskassan» و Київ'), ['Försäkringskassan', 'Київ']);
});
