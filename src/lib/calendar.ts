// The plan as an iCalendar file (RFC 5545) that calendar programs import: one event per session.
// Times are local ("floating"): a course in Sweden is held at the time printed on the plan, wherever the calendar is.
import { createEvents, type EventAttributes } from 'ics';
import type { Plan } from './planner.ts';

export interface CalendarOptions {
  courseName: string;
  /** Stable part of every event's UID, e.g. the site's host. */
  uidDomain: string;
  /** Words for the description, in the plan's language. */
  words: { minutes: string; continues: string; break: (minutes: number) => string };
}

/**
 * Text as the ics library can escape it (RFC 5545 3.3.11: it escapes \\, ;, , and LF): lone CRs become line feeds and
 * other control characters go, so nothing raw reaches the file.
 */
export function calendarText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

export function planToIcs(plan: Plan, options: CalendarOptions): string {
  if (plan.sessions.length === 0) return '';
  const events: EventAttributes[] = plan.sessions.map((session, index) => {
    const [y, m, d] = session.date.split('-').map(Number);
    const [hh, mm] = session.start.split(':').map(Number);
    const description = session.items
      .map((item) => item.kind === 'break'
        ? options.words.break(item.minutes)
        : `${item.number ? `${item.number}. ` : ''}${item.title} (${item.minutes} ${options.words.minutes})${item.continues ? ` – ${options.words.continues}` : ''}\n${item.steps.map((s) => `  · ${s.title}`).join('\n')}`)
      .join('\n');
    return {
      uid: `${session.date}-${index + 1}@${options.uidDomain}`,
      title: calendarText(`${options.courseName}: ${session.items.filter((i) => i.kind !== 'break').map((i) => (i.number ? `${i.number}. ${i.title}` : i.title)).join(', ')}`),
      description: calendarText(description),
      start: [y, m, d, hh, mm],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: session.minutes },
      productId: 'kursverktyg-15-punkt',
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics: no calendar produced');
  return value;
}
