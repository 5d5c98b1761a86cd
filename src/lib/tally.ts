// Evaluation tally: counts per answer on the four-step scale → shares that add up to 100 %, chart geometry, CSV.
export const answers = ['veryGood', 'good', 'lessGood', 'bad'] as const;
export type Answer = (typeof answers)[number];
export type Counts = Record<Answer, number>;

/** The picture for each step of the scale (Lucide icon names), on the form and on the tally alike. */
export const answerIcons: Record<Answer, string> = { veryGood: 'laugh', good: 'smile', lessGood: 'frown', bad: 'angry' };

export interface TallyRow {
  answer: Answer;
  count: number;
  /** Whole per cent; the rows add up to exactly 100 when there are answers (largest-remainder rounding). */
  percent: number;
}

export interface Tally {
  total: number;
  rows: TallyRow[];
  /** Share who answered good or very good, in whole per cent (the 2007 report's "90 % thought it was good or very good"). */
  goodShare: number;
}

export function cleanCount(value: unknown): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export function tally(counts: Partial<Record<Answer, unknown>>): Tally {
  const clean = answers.map((answer) => ({ answer, count: cleanCount(counts[answer]) }));
  const total = clean.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return { total, rows: clean.map((row) => ({ ...row, percent: 0 })), goodShare: 0 };
  const exact = clean.map((row) => (row.count * 100) / total);
  const percent = exact.map(Math.floor);
  let left = 100 - percent.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    percent[i] += 1;
    left -= 1;
  }
  const good = clean[0].count + clean[1].count;
  return { total, rows: clean.map((row, i) => ({ ...row, percent: percent[i] })), goodShare: Math.round((good * 100) / total) };
}

export interface Bar {
  answer: Answer;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Vertical bars in a width × height box, the tallest bar reaching the top; order follows the scale. */
export function barGeometry(rows: readonly TallyRow[], width: number, height: number, gap = 16): Bar[] {
  const barWidth = (width - gap * (rows.length + 1)) / rows.length;
  const max = Math.max(1, ...rows.map((r) => r.count));
  return rows.map((row, i) => {
    const h = (row.count / max) * height;
    return { answer: row.answer, x: gap + i * (barWidth + gap), y: height - h, width: barWidth, height: h };
  });
}

const csvField = (value: string | number) => (/[",;\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

export function tallyCsv(result: Tally, context: { point: string; group: string; labels: Record<Answer, string>; headers: [string, string, string, string, string] }): string {
  const lines = [context.headers.map(csvField).join(',')];
  for (const row of result.rows) lines.push([context.point, context.group, context.labels[row.answer], row.count, row.percent].map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
