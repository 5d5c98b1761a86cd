import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barGeometry, cleanCount, tally, tallyCsv } from '../../src/lib/tally.ts';

test('shares add up to 100 and the good-or-very-good share is reported', () => {
  const result = tally({ veryGood: 5, good: 4, lessGood: 1, bad: 0 });
  assert.equal(result.total, 10);
  assert.deepEqual(result.rows.map((r) => r.percent), [50, 40, 10, 0]);
  assert.equal(result.goodShare, 90);
});

test('rounding uses the largest remainder so thirds still add up to 100', () => {
  const result = tally({ veryGood: 1, good: 1, lessGood: 1, bad: 0 });
  assert.deepEqual(result.rows.map((r) => r.percent), [34, 33, 33, 0]);
  assert.equal(result.rows.reduce((s, r) => s + r.percent, 0), 100);
  assert.equal(result.goodShare, 67);
});

test('no answers, negative, fractional or non-numeric input count as nothing', () => {
  assert.deepEqual(tally({}).rows.map((r) => r.percent), [0, 0, 0, 0]);
  assert.equal(tally({ veryGood: -3, good: 'x', lessGood: 2.9, bad: '' }).total, 2);
  assert.equal(cleanCount('7'), 7);
  assert.equal(cleanCount(Number.NaN), 0);
});

test('bars: the largest reaches the top, order follows the scale', () => {
  const bars = barGeometry(tally({ veryGood: 6, good: 3, lessGood: 0, bad: 1 }).rows, 400, 200);
  assert.equal(bars[0].height, 200);
  assert.equal(bars[0].y, 0);
  assert.equal(bars[1].height, 100);
  assert.equal(bars[2].height, 0);
  assert.ok(bars[1].x > bars[0].x + bars[0].width);
});

test('CSV has a header and one quoted-when-needed row per answer', () => {
  const csv = tallyCsv(tally({ veryGood: 2, good: 1, lessGood: 1, bad: 0 }), {
    point: '4. Bostäder', group: 'Grupp "A", vår', labels: { veryGood: 'Mycket bra', good: 'Bra', lessGood: 'Mindre bra', bad: 'Dåligt' },
    headers: ['Punkt', 'Grupp', 'Svar', 'Antal', 'Andel'],
  });
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 5);
  assert.equal(lines[0], 'Punkt,Grupp,Svar,Antal,Andel');
  assert.equal(lines[1], '4. Bostäder,"Grupp ""A"", vår",Mycket bra,2,50');
});
