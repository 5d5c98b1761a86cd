// The tally page: recomputes shares, chart and CSV on every input. Nothing is stored or sent.
// A count that is not a whole number 0…10000 is refused beside its field, and no shares are shown until it is fixed.
import { answers, barColors, barGeometry, barLabel, parseCount, tally, tallyCsv, type Answer, type CsvDialect } from '../lib/tally.ts';

interface Strings {
  labels: Record<Answer, string>;
  headers: [string, string, string, string, string];
  total: string;
  goodShare: string;
  noAnswers: string;
  roundingNote: string;
  invalid: string;
  errors: { notWhole: string; tooLarge: string };
}
const svgNs = 'http://www.w3.org/2000/svg';
const svg = (tag: string, attributes: Record<string, string | number>) => {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  return node;
};

export function startTally() {
  const form = document.querySelector<HTMLFormElement>('.tally-form')!;
  const strings = JSON.parse(form.dataset.strings!) as Strings;
  const chart = document.getElementById('tally-chart')!;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-csv]')];
  const urls = new Map<HTMLAnchorElement, string>();
  const note = document.getElementById('tally-rounding')!;

  const update = () => {
    const counts = {} as Record<Answer, number>;
    let valid = true;
    for (const answer of answers) {
      const input = form.elements.namedItem(answer) as HTMLInputElement;
      const parsed = input.validity.badInput ? { error: 'notWhole' as const } : parseCount(input.value);
      const message = document.getElementById(`count-${answer}-error`)!;
      message.textContent = 'error' in parsed ? strings.errors[parsed.error] : '';
      input.setAttribute('aria-invalid', String('error' in parsed));
      if ('error' in parsed) valid = false;
      else counts[answer] = parsed.count;
    }
    const result = valid ? tally(counts) : undefined;
    const shown = result && result.total > 0 ? result : undefined;
    for (const answer of answers) {
      document.querySelector(`[data-percent="${answer}"]`)!.textContent = shown ? `${shown.rows.find((r) => r.answer === answer)!.percent} %` : '–';
    }
    document.getElementById('tally-total')!.textContent = !result ? strings.invalid : shown ? strings.total.replace('{{count}}', String(shown.total)) : strings.noAnswers;
    document.getElementById('tally-good')!.textContent = shown ? strings.goodShare.replace('{{percent}}', `${shown.goodShare} %`) : '';
    note.textContent = shown && shown.percentSum !== 100 ? strings.roundingNote.replace('{{sum}}', String(shown.percentSum)) : '';
    note.hidden = note.textContent === '';

    const rows = shown?.rows ?? answers.map((answer) => ({ answer, count: 0, percent: 0 }));
    chart.replaceChildren(...barGeometry(rows, 480, 200).flatMap((bar, i) => {
      const top = 30;
      const rect = svg('rect', { x: bar.x, y: bar.y + top, width: bar.width, height: Math.max(bar.height, 0.5), fill: barColors[bar.answer] });
      rect.dataset.answer = bar.answer;
      const place = barLabel(bar);
      const value = svg('text', { x: place.x, y: place.y + top, 'text-anchor': 'middle', 'font-size': 16, fill: place.fill });
      value.dataset.on = place.inside ? barColors[bar.answer] : '#ffffff';
      value.textContent = shown ? `${rows[i].percent} %` : '';
      const label = svg('text', { x: bar.x + bar.width / 2, y: 252, 'text-anchor': 'middle', 'font-size': 15, fill: '#1a1a1a' });
      label.textContent = strings.labels[bar.answer];
      return [rect, value, label];
    }));

    for (const link of links) {
      const old = urls.get(link);
      if (old) URL.revokeObjectURL(old);
      urls.delete(link);
      if (!result) {
        link.removeAttribute('href');
        link.setAttribute('aria-disabled', 'true');
        continue;
      }
      const csv = tallyCsv(result, {
        point: (form.elements.namedItem('point') as HTMLSelectElement).value,
        group: (form.elements.namedItem('group') as HTMLInputElement).value,
        labels: strings.labels,
        headers: strings.headers,
      }, link.dataset.csv as CsvDialect);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      urls.set(link, url);
      link.href = url;
      link.removeAttribute('aria-disabled');
    }
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('tally-print')!.addEventListener('click', () => window.print());
  update();
}
