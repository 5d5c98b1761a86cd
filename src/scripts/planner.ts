// The planner page: settings from the URL → plan (src/lib/planner.ts) → table, .ics download, share link. Nothing leaves the browser.
// A bad setting is named beside its field in the page's language, and then there is no plan: never a guess.
import { planToIcs } from '../lib/calendar.ts';
import { planCourse, type PlannerPoint, type PlanWarning, type SessionDefaults } from '../lib/planner.ts';
import { parsePlannerQuery, plannerLimits, type FieldError } from '../lib/planner-data.ts';

interface PlannerData { lang: string; points: PlannerPoint[]; session: SessionDefaults; requiredHours: number; holidays: [string, string][]; holidaysUntil: number; strings: Record<string, string> }

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

  const showErrors = (errors: FieldError[]) => {
    for (const box of form.querySelectorAll<HTMLElement>('.field-error')) box.textContent = '';
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const error of errors) {
      const box = document.getElementById(`planner-error-${error.field}`)!;
      box.textContent = [box.textContent, fill(s[`planner.error.${error.code}`], error.values ?? {})].filter(Boolean).join(' ');
      for (const input of form.querySelectorAll(`[name="${error.field}"]`)) input.setAttribute('aria-invalid', 'true');
    }
  };

  // The share link carries every setting: refuse settings that would make an address servers and mail cut off.
  form.addEventListener('submit', (event) => {
    const query = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
    const href = `${location.origin}${form.getAttribute('action')}?${query}`;
    if (href.length > plannerLimits.urlLength) {
      event.preventDefault();
      showErrors([{ field: 'url', code: 'tooLong', values: { max: plannerLimits.urlLength, length: href.length } }]);
      document.getElementById('planner-error-url')!.scrollIntoView({ block: 'center' });
    }
  });

  // Show the settings the page was opened with, as typed.
  for (const name of ['start', 'time', 'length', 'break', 'order', 'visits', 'skip']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
    if (params.has(name)) field.value = params.get(name)!;
  }
  if (params.has('day')) for (const box of form.querySelectorAll<HTMLInputElement>('input[name="day"]')) box.checked = params.getAll('day').includes(box.value);
  if (![...params.keys()].length) return;

  const parsed = parsePlannerQuery(params, data.points, data.session, location.href);
  const invalid = document.getElementById('plan-invalid')!;
  if (!parsed.ok) {
    showErrors(parsed.errors);
    invalid.textContent = s['planner.invalid'];
    invalid.hidden = false;
    return;
  }
  const { points, settings } = parsed;
  const plan = planCourse(points, settings, new Map(data.holidays), data.holidaysUntil);
  const dateFormat = new Intl.DateTimeFormat(data.lang, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const hours = (minutes: number) => new Intl.NumberFormat(data.lang, { maximumFractionDigits: 1 }).format(minutes / 60);
  const breakText = (minutes: number) => fill(s['planner.break'], { minutes });
  const rows = plan.sessions.map((session) => {
    const row = el('tr');
    row.dataset.date = session.date;
    const time = el('td', `${session.start}–${session.end}`);
    time.dir = 'ltr';
    const content = el('td');
    for (const item of session.items) {
      if (item.kind === 'break') {
        const pause = el('p', breakText(item.minutes));
        pause.className = 'plan-break';
        content.append(pause);
        continue;
      }
      const heading = el('strong', item.kind === 'visit' ? `${s['planner.visit']}: ${item.title}` : `${item.number}. ${item.title}`);
      const steps = el('ul');
      for (const step of item.steps) steps.append(el('li', `${step.title} (${fill(s['manus.minutes'], { count: step.minutes })})`));
      content.append(heading, steps);
      if (item.continues) content.append(el('p', `→ ${s['planner.continues']}`));
    }
    row.append(el('td', dateFormat.format(new Date(`${session.date}T00:00:00Z`))), time, content, el('td', String(session.minutes)),
      el('td', fill(s['planner.ofHours'], { hours: hours(session.runningMinutes), target: data.requiredHours })));
    return row;
  });
  document.querySelector('#plan-table tbody')!.replaceChildren(...rows);
  document.getElementById('plan-summary')!.textContent = fill(s['planner.sessions'], { count: plan.sessions.length, hours: hours(plan.totalMinutes) });
  const warningText = (w: PlanWarning) => fill(s[`planner.warn.${w.code}`], w as unknown as Record<string, string | number>);
  const warnings = document.getElementById('plan-warnings')!;
  warnings.replaceChildren(...plan.warnings.map((w) => el('li', `${s['planner.warning']}: ${warningText(w)}`)));
  warnings.hidden = plan.warnings.length === 0;
  document.getElementById('plan-skipped')!.textContent = plan.skipped.length
    ? fill(s['planner.skipped'], { days: plan.skipped.map((d) => `${d.date} (${d.reason})`).join(', ') })
    : '';

  const ics = planToIcs(plan, { courseName: s['site.title'], uidDomain: location.host || 'kursverktyg', words: { minutes: 'min', continues: s['planner.continues'], break: breakText } });
  const download = document.getElementById('plan-ics') as HTMLAnchorElement;
  download.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  (document.getElementById('plan-share') as HTMLAnchorElement).href = location.href;
  document.getElementById('plan-print')!.addEventListener('click', () => window.print());
  document.getElementById('plan-output')!.hidden = false;
}
