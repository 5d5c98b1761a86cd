// Evaluation tally: counts per answer on the four-step scale → shares, chart geometry, CSV.
export const answers = ['veryGood', 'good', 'lessGood', 'bad'] as const;
export type Answer = (typeof answers)[number];
export type Counts = Record<Answer, number>;

/** The picture for each step of the scale (Lucide icon names), on the form and on the tally alike. */
export const answerIcons: Record<Answer, string> = { veryGood: 'laugh', good: 'smile', lessGood: 'frown', bad: 'angry' };

/** More answers than any group gives; also keeps sums far from floating-point trouble. */
export const maxCount = 10000;

export interface TallyRow {
  answer: Answer;
  count: number;
  /** Whole per cent, rounded half up on its own (4 of 9 = 44 %): the same rule for rows, summary, chart and CSV. */
  percent: number;
}

export interface Tally {
  total: number;
  rows: TallyRow[];
  /** Share who answered good or very good, in whole per cent, rounded the same way. */
  goodShare: number;
  /** The rounded shares add up to this; when it is not 100 the page says that rounding is why. */
  percentSum: number;
}

/** A count as typed: a whole number 0…maxCount (empty = 0), or why not. */
export function parseCount(value: string): { count: number } | { error: 'notWhole' | 'tooLarge' } {
  const typed = value.trim();
  if (typed === '') return { count: 0 };
  if (!/^\d+$/.test(typed)) return { error: 'notWhole' };
  const count = Number(typed);
  return count > maxCount ? { error: 'tooLarge' } : { count };
}

/** Whole per cent of part in total, half up: one rounding rule everywhere. */
export const share = (part: number, total: number) => (total > 0 ? Math.round((part * 100) / total) : 0);

export function tally(counts: Counts): Tally {
  for (const answer of answers) {
    const count = counts[answer];
    if (!Number.isInteger(count) || count < 0 || count > maxCount) throw new RangeError(`${answer}: ${count} is not a count 0…${maxCount}`);
  }
  const total = answers.reduce((sum, answer) => sum + counts[answer], 0);
  const rows = answers.map((answer) => ({ answer, count: counts[answer], percent: share(counts[answer], total) }));
  return { total, rows, goodShare: share(counts.veryGood + counts.good, total), percentSum: rows.reduce((sum, row) => sum + row.percent, 0) };
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

/** Bar colours: white text on each of them has at least 4.5:1 contrast (tested). */
export const barColors: Record<Answer, string> = { veryGood: '#1e6b34', good: '#0b5a8a', lessGood: '#7a5600', bad: '#9b2226' };
/** Text outside a bar stands on the page's white. */
export const labelOnWhite = '#1a1a1a';

/** Where a bar's share goes: inside the bar, white, when it fits; else just above it, dark on white. */
export function barLabel(bar: Bar, fontSize = 16): { x: number; y: number; fill: string; inside: boolean } {
  const inside = bar.height >= fontSize + 8;
  return { x: bar.x + bar.width / 2, y: inside ? bar.y + fontSize + 2 : bar.y - 4, fill: inside ? '#ffffff' : labelOnWhite, inside };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Swedish Excel reads semicolons (comma is the decimal sign) and needs a BOM for UTF-8; other programs read commas. */
export type CsvDialect = 'excel-sv' | 'comma';

/** A cell that a spreadsheet would read as a formula (= + - @, tab, CR) starts with an apostrophe instead. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function tallyCsv(result: Tally, context: { point: string; group: string; labels: Record<Answer, string>; headers: [string, string, string, string, string] }, dialect: CsvDialect = 'comma'): string {
  const separator = dialect === 'excel-sv' ? ';' : ',';
  const field = (value: string | number) => {
    const text = typeof value === 'number' ? String(value) : neutraliseCell(value);
    return /[",;\r\n\t]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [context.headers.map(field).join(separator)];
  for (const row of result.rows) lines.push([context.point, context.group, context.labels[row.answer], row.count, row.percent].map(field).join(separator));
  return `${dialect === 'excel-sv' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
