// The tally page: recomputes shares, chart and CSV on every input. Nothing is stored or sent.
import { answers, barGeometry, tally, tallyCsv, type Answer } from '../lib/tally.ts';

interface Strings { labels: Record<Answer, string>; headers: [string, string, string, string, string]; total: string; goodShare: string; noAnswers: string }
const svgNs = 'http://www.w3.org/2000/svg';
const colors: Record<Answer, string> = { veryGood: '#1e6b34', good: '#0b5a8a', lessGood: '#8a6100', bad: '#9b2226' };

export function startTally() {
  const form = document.querySelector<HTMLFormElement>('.tally-form')!;
  const strings = JSON.parse(form.dataset.strings!) as Strings;
  const chart = document.getElementById('tally-chart')!;
  const csvLink = document.getElementById('tally-csv') as HTMLAnchorElement;
  let csvUrl = '';

  const update = () => {
    const counts = Object.fromEntries(answers.map((a) => [a, (form.elements.namedItem(a) as HTMLInputElement).value])) as Record<Answer, string>;
    const result = tally(counts);
    for (const row of result.rows) document.querySelector(`[data-percent="${row.answer}"]`)!.textContent = result.total ? `${row.percent} %` : '–';
    document.getElementById('tally-total')!.textContent = result.total ? strings.total.replace('{{count}}', String(result.total)) : strings.noAnswers;
    document.getElementById('tally-good')!.textContent = result.total ? strings.goodShare.replace('{{percent}}', `${result.goodShare} %`) : '';

    const bars = barGeometry(result.rows, 480, 200);
    chart.replaceChildren(...bars.flatMap((bar, i) => {
      const rect = document.createElementNS(svgNs, 'rect');
      Object.entries({ x: bar.x, y: bar.y + 10, width: bar.width, height: Math.max(bar.height, 0.5), fill: colors[bar.answer] }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
      const value = document.createElementNS(svgNs, 'text');
      Object.entries({ x: bar.x + bar.width / 2, y: Math.max(bar.y + 4, 24), 'text-anchor': 'middle', 'font-size': 16 }).forEach(([k, v]) => value.setAttribute(k, String(v)));
      value.textContent = result.total ? `${result.rows[i].percent} %` : '';
      const label = document.createElementNS(svgNs, 'text');
      Object.entries({ x: bar.x + bar.width / 2, y: 235, 'text-anchor': 'middle', 'font-size': 15 }).forEach(([k, v]) => label.setAttribute(k, String(v)));
      label.textContent = strings.labels[bar.answer];
      rect.dataset.answer = bar.answer;
      return [rect, value, label];
    }));

    const csv = tallyCsv(result, {
      point: (form.elements.namedItem('point') as HTMLSelectElement).value,
      group: (form.elements.namedItem('group') as HTMLInputElement).value,
      labels: strings.labels,
      headers: strings.headers,
    });
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    // A byte-order mark so spreadsheet programs read å, ä, ö and other scripts right.
    csvUrl = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    csvLink.href = csvUrl;
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('tally-print')!.addEventListener('click', () => window.print());
  update();
}
