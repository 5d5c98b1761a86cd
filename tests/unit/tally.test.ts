import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answers, barColors, barGeometry, barLabel, contrastRatio, labelOnWhite, maxCount, neutraliseCell, parseCount, share, tally, tallyCsv, type Counts } from '../../src/lib/tally.ts';

const counts = (veryGood: number, good: number, lessGood: number, bad: number): Counts => ({ veryGood, good, lessGood, bad });
const labels = { veryGood: 'Mycket bra', good: 'Bra', lessGood: 'Mindre bra', bad: 'Dåligt' };
const headers: [string, string, string, string, string] = ['Punkt', 'Grupp', 'Svar', 'Antal', 'Andel'];

test('shares are rounded one way, half up, in rows and summary alike: 4 of 9 is 44 %', () => {
  const result = tally(counts(5, 4, 1, 0));
  assert.equal(result.total, 10);
  assert.deepEqual(result.rows.map((r) => r.percent), [50, 40, 10, 0]);
  assert.equal(result.goodShare, 90);
  const nine = tally(counts(4, 0, 5, 0));
  assert.deepEqual(nine.rows.map((r) => r.percent), [44, 0, 56, 0]);
  assert.equal(nine.goodShare, 44);
  assert.equal(share(1, 8), 13, 'half up');
});

test('thirds: each row is 33 %, the summary of two rows 67 %, and the sum 99 is reported for the note', () => {
  const result = tally(counts(1, 1, 1, 0));
  assert.deepEqual(result.rows.map((r) => r.percent), [33, 33, 33, 0]);
  assert.equal(result.percentSum, 99);
  assert.equal(result.goodShare, 67);
  assert.equal(tally(counts(5, 4, 1, 0)).percentSum, 100);
});

test('fuzz: counts are whole numbers 0…10000, anything else is refused with a reason', () => {
  for (const [typed, expected] of [
    ['7', { count: 7 }], ['', { count: 0 }], [' 12 ', { count: 12 }], ['0', { count: 0 }], [String(maxCount), { count: maxCount }],
    ['-3', { error: 'notWhole' }], ['2.7', { error: 'notWhole' }], ['1e308', { error: 'notWhole' }], ['Infinity', { error: 'notWhole' }],
    ['NaN', { error: 'notWhole' }], ['0x10', { error: 'notWhole' }], ['٣', { error: 'notWhole' }], ['=1+1', { error: 'notWhole' }],
    ['10001', { error: 'tooLarge' }], ['99999999999999999999', { error: 'tooLarge' }],
  ] as const) assert.deepEqual(parseCount(typed), expected, typed);
  assert.throws(() => tally(counts(-3, 0, 0, 0)), RangeError);
  assert.throws(() => tally(counts(2.7, 0, 0, 0)), RangeError);
  assert.throws(() => tally(counts(Number.POSITIVE_INFINITY, 0, 0, 0)), RangeError);
  // Random valid counts: shares are whole numbers 0…100, their sum within rounding of 100.
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) % 200;
  for (let i = 0; i < 500; i++) {
    const result = tally(counts(random(), random(), random(), random()));
    for (const row of result.rows) assert.ok(Number.isInteger(row.percent) && row.percent >= 0 && row.percent <= 100);
    if (result.total > 0) assert.ok(Math.abs(result.percentSum - 100) <= 2, String(result.percentSum));
  }
  assert.deepEqual(tally(counts(0, 0, 0, 0)).rows.map((r) => r.percent), [0, 0, 0, 0]);
});

test('bars: the largest reaches the top, order follows the scale', () => {
  const bars = barGeometry(tally(counts(6, 3, 0, 1)).rows, 400, 200);
  assert.equal(bars[0].height, 200);
  assert.equal(bars[0].y, 0);
  assert.equal(bars[1].height, 100);
  assert.equal(bars[2].height, 0);
  assert.ok(bars[1].x > bars[0].x + bars[0].width);
});

test('text on and beside bars has at least 4.5:1 contrast', () => {
  for (const answer of answers) assert.ok(contrastRatio('#ffffff', barColors[answer]) >= 4.5, `${answer}: ${contrastRatio('#ffffff', barColors[answer]).toFixed(2)}`);
  assert.ok(contrastRatio(labelOnWhite, '#ffffff') >= 4.5);
  assert.ok(contrastRatio('#000000', '#1e6b34') < 4.5, 'the old black text on the green bar failed');
  const [tall, , empty] = barGeometry(tally(counts(6, 3, 0, 1)).rows, 400, 200);
  assert.deepEqual([barLabel(tall).fill, barLabel(tall).inside], ['#ffffff', true]);
  assert.deepEqual([barLabel(empty).fill, barLabel(empty).inside], [labelOnWhite, false]);
});

test('CSV cells that a spreadsheet would run as formulas are neutralised', () => {
  for (const cell of ['=HYPERLINK("http://evil.example","x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) assert.equal(neutraliseCell(cell), `'${cell}`);
  assert.equal(neutraliseCell('Grupp A'), 'Grupp A');
  const csv = tallyCsv(tally(counts(1, 0, 0, 0)), { point: '4. Bostäder', group: '=cmd|"/c calc"!A1', labels, headers });
  assert.doesNotMatch(csv, /[,;]=/);
  assert.match(csv, /,"'=cmd\|""\/c calc""!A1",/);
});

test('CSV for Swedish Excel: BOM, semicolons; plain CSV: commas, no BOM; both quote when needed', () => {
  const result = tally(counts(2, 1, 1, 0));
  const context = { point: '4. Bostäder', group: 'Grupp "A"; vår, 2027', labels, headers };
  const excel = tallyCsv(result, context, 'excel-sv');
  assert.ok(excel.startsWith('\uFEFF'));
  const excelLines = excel.slice(1).trim().split('\r\n');
  assert.equal(excelLines[0], 'Punkt;Grupp;Svar;Antal;Andel');
  assert.equal(excelLines[1], '4. Bostäder;"Grupp ""A""; vår, 2027";Mycket bra;2;50');
  const plain = tallyCsv(result, context, 'comma');
  assert.ok(!plain.startsWith('\uFEFF'));
  const plainLines = plain.trim().split('\r\n');
  assert.equal(plainLines.length, 5);
  assert.equal(plainLines[0], 'Punkt,Grupp,Svar,Antal,Andel');
  assert.equal(plainLines[1], '4. Bostäder,"Grupp ""A""; vår, 2027",Mycket bra,2,50');
});
