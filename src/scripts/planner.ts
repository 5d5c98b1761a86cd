// The planner page: settings from the URL → plan (src/lib/planner.ts) → table, .ics download, share link. Nothing leaves the browser.
import { planToIcs } from '../lib/calendar.ts';
import { planCourse, type PlannerPoint } from '../lib/planner.ts';
import { parsePlannerQuery } from '../lib/planner-data.ts';

interface PlannerData { lang: string; points: PlannerPoint[]; holidays: [string, string][]; strings: Record<string, string> }

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key] ?? ''));
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};

export function startPlanner() {
  const data = JSON.parse(document.getElementById('planner-data')!.textContent!) as PlannerData;
  const s = data.strings;
  const form = document.querySelector<HTMLFormElement>('.planner-form')!;
  const params = new URLSearchParams(location.search);
  const today = new Date().toISOString().slice(0, 10);
  const { points, settings } = parsePlannerQuery(params, data.points, today);

  // Show the settings the plan was made from.
  (form.elements.namedItem('start') as HTMLInputElement).value = settings.start;
  (form.elements.namedItem('time') as HTMLInputElement).value = settings.startTime;
  (form.elements.namedItem('length') as HTMLInputElement).value = String(settings.sessionMinutes);
  (form.elements.namedItem('break') as HTMLInputElement).value = String(settings.breakMinutes);
  if (params.has('order')) (form.elements.namedItem('order') as HTMLInputElement).value = params.get('order')!;
  (form.elements.namedItem('visits') as HTMLTextAreaElement).value = params.get('visits') ?? '';
  (form.elements.namedItem('skip') as HTMLTextAreaElement).value = params.get('skip') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="day"]')) box.checked = settings.weekdays.includes(Number(box.value));
  if (!params.has('start')) return;

  const plan = planCourse(points, settings, new Map(data.holidays));
  const dateFormat = new Intl.DateTimeFormat(data.lang, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const hours = (minutes: number) => new Intl.NumberFormat(data.lang, { maximumFractionDigits: 1 }).format(minutes / 60);
  const rows = plan.sessions.map((session) => {
    const row = el('tr');
    row.dataset.date = session.date;
    const time = el('td', `${session.start}–${session.end}`);
    time.dir = 'ltr';
    const content = el('td');
    for (const item of session.items) {
      const heading = el('strong', item.kind === 'visit' ? `${s['planner.visit']}: ${item.title}` : `${item.number}. ${item.title}`);
      const steps = el('ul');
      for (const step of item.steps) steps.append(el('li', `${step.title} (${fill(s['manus.minutes'], { count: step.minutes })})`));
      content.append(heading, steps);
      if (item.continues) content.append(el('p', `→ ${s['planner.continues']}`));
    }
    if (session.breakMinutes > 0) content.append(el('p', fill(s['planner.break'], { minutes: session.breakMinutes })));
    row.append(el('td', dateFormat.format(new Date(`${session.date}T00:00:00Z`))), time, content, el('td', String(session.minutes)),
      el('td', fill(s['planner.ofHours'], { hours: hours(session.runningMinutes), target: 100 })));
    return row;
  });
  document.querySelector('#plan-table tbody')!.replaceChildren(...rows);
  document.getElementById('plan-summary')!.textContent = fill(s['planner.sessions'], { count: plan.sessions.length, hours: hours(plan.totalMinutes) });
  const warnings = document.getElementById('plan-warnings')!;
  warnings.replaceChildren(...plan.warnings.map((w) => el('li', `${s['planner.warning']}: ${w}`)));
  warnings.hidden = plan.warnings.length === 0;
  document.getElementById('plan-skipped')!.textContent = plan.skipped.length
    ? fill(s['planner.skipped'], { days: plan.skipped.map((d) => `${d.date} (${d.reason})`).join(', ') })
    : '';

  const ics = planToIcs(plan, { courseName: s['site.title'], uidDomain: location.host || 'kursverktyg', words: { minutes: 'min', continues: s['planner.continues'] } });
  const download = document.getElementById('plan-ics') as HTMLAnchorElement;
  download.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  (document.getElementById('plan-share') as HTMLAnchorElement).href = location.href;
  document.getElementById('plan-print')!.addEventListener('click', () => window.print());
  document.getElementById('plan-output')!.hidden = false;
}
