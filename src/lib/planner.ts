// Course planner: packs points into dated sessions from their hour budgets. Pure: holidays come in as data.
// A point is split across sessions only between its manus steps; short points share a session (8 and 9 fit in one).
// Breaks are the facilitator's setting, not the manus': the manus' fika steps are left out, and every session longer
// than 90 minutes gets one break of the chosen length between two steps near its middle (never first or last).

export interface PlannerStep {
  id: string;
  title: string;
  minutes: number;
  kind?: 'step' | 'break';
}

export interface PlannerPoint {
  slug: string;
  number: number;
  title: string;
  /** The manus' steps, breaks included. */
  steps: PlannerStep[];
}

export interface StudyVisit {
  /** The visit comes right after this point (slug). */
  afterPoint: string;
  title: string;
  minutes: number;
}

export interface PlanSettings {
  /** First possible date, YYYY-MM-DD. */
  start: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** HH:MM */
  startTime: string;
  sessionMinutes: number;
  breakMinutes: number;
  /** Dates to leave out (YYYY-MM-DD), besides public holidays. */
  skipDates: string[];
  studyVisits: StudyVisit[];
}

export interface PlannedItem {
  kind: 'point' | 'visit' | 'break';
  slug: string;
  number?: number;
  title: string;
  steps: PlannerStep[];
  minutes: number;
  /** True when the point goes on in the next session. */
  continues: boolean;
}

export interface PlannedSession {
  date: string;
  start: string;
  end: string;
  items: PlannedItem[];
  teachingMinutes: number;
  breakMinutes: number;
  minutes: number;
  /** Minutes planned up to and including this session. */
  runningMinutes: number;
}

/** Things the facilitator should know about a plan, as codes the page words in its language. */
export type PlanWarning =
  | { code: 'stepTooLong'; point: string; step: string; minutes: number }
  | { code: 'noFreeDay'; years: number }
  | { code: 'beyondHolidays'; lastYear: number };

export interface Plan {
  sessions: PlannedSession[];
  totalMinutes: number;
  skipped: { date: string; reason: string }[];
  warnings: PlanWarning[];
}

/** The session settings of kit.config.ts, as the planner needs them. */
export interface SessionDefaults { maxMinutes: number; breakMinutes: number; startTime: string; weekdays: number[] }

export const defaultSettings = (start: string, session: SessionDefaults): PlanSettings => ({
  start,
  weekdays: [...session.weekdays],
  startTime: session.startTime,
  sessionMinutes: session.maxMinutes,
  breakMinutes: session.breakMinutes,
  skipDates: [],
  studyVisits: [],
});

/** 1 = Monday … 7 = Sunday for a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A session longer than this gets a break. */
export const breakAbove = 90;
/** How far ahead the planner looks for a free day before it gives up (holidays on every chosen weekday). */
const maxSearchDays = 366 * 3;

type Block = { kind: 'point' | 'visit'; slug: string; number?: number; title: string; step: PlannerStep; last: boolean };

/**
 * Plans the points into sessions. `holidays` covers the years up to `holidaysUntil` (inclusive); a plan that goes
 * beyond warns that later holidays were not checked.
 */
export function planCourse(points: readonly PlannerPoint[], settings: PlanSettings, holidays: ReadonlyMap<string, string>, holidaysUntil = Number.POSITIVE_INFINITY): Plan {
  const warnings: PlanWarning[] = [];
  const skipped: Plan['skipped'] = [];
  const weekdays = new Set(settings.weekdays.filter((d) => d >= 1 && d <= 7));
  if (weekdays.size === 0) throw new RangeError('planCourse: no weekday (validate settings first)');

  const blocks: Block[] = [];
  for (const point of points) {
    const steps = point.steps.filter((step) => step.kind !== 'break');
    steps.forEach((step, i) => blocks.push({ kind: 'point', slug: point.slug, number: point.number, title: point.title, step, last: i === steps.length - 1 }));
    for (const visit of settings.studyVisits.filter((v) => v.afterPoint === point.slug)) {
      blocks.push({ kind: 'visit', slug: `studiebesok-${point.slug}`, title: visit.title, step: { id: 'studiebesok', title: visit.title, minutes: visit.minutes }, last: true });
    }
  }

  const skip = new Set(settings.skipDates);
  let date = addDays(settings.start, -1);
  const nextDate = (): string | undefined => {
    for (let i = 0; i < maxSearchDays; i++) {
      date = addDays(date, 1);
      if (!weekdays.has(isoWeekday(date))) continue;
      if (holidays.has(date)) { skipped.push({ date, reason: holidays.get(date)! }); continue; }
      if (skip.has(date)) { skipped.push({ date, reason: 'skip' }); continue; }
      return date;
    }
    return undefined;
  };
  // The break a session of `teaching` minutes needs.
  const breakFor = (teaching: number) => (teaching > breakAbove ? settings.breakMinutes : 0);

  const sessions: PlannedSession[] = [];
  let running = 0;
  let index = 0;
  while (index < blocks.length) {
    const day = nextDate();
    if (!day) {
      warnings.push({ code: 'noFreeDay', years: Math.round(maxSearchDays / 365) });
      break;
    }
    const taken: Block[] = [];
    let teaching = 0;
    // Fill the session while the next step fits, its break included.
    while (index < blocks.length) {
      const block = blocks[index];
      const wouldBe = teaching + block.step.minutes;
      if (taken.length > 0 && wouldBe + breakFor(wouldBe) > settings.sessionMinutes) break;
      if (block.step.minutes + breakFor(block.step.minutes) > settings.sessionMinutes) {
        warnings.push({ code: 'stepTooLong', point: block.title, step: block.step.title, minutes: block.step.minutes });
      }
      taken.push(block);
      teaching = wouldBe;
      index += 1;
    }
    // The break goes after the step that reaches half the teaching time, so it never opens or closes the session.
    const breakMinutes = taken.length > 1 ? breakFor(teaching) : 0;
    let breakAt = -1;
    if (breakMinutes > 0) {
      let sum = 0;
      breakAt = taken.findIndex((block) => (sum += block.step.minutes) >= teaching / 2);
      if (breakAt >= taken.length - 1) breakAt = taken.length - 2;
    }
    const items: PlannedItem[] = [];
    taken.forEach((block, i) => {
      const item = items.at(-1);
      if (item && item.kind === block.kind && item.slug === block.slug) {
        item.steps.push(block.step);
        item.minutes += block.step.minutes;
      } else {
        items.push({ kind: block.kind, slug: block.slug, number: block.number, title: block.title, steps: [block.step], minutes: block.step.minutes, continues: false });
      }
      items.at(-1)!.continues = !block.last;
      if (i === breakAt) {
        const pointGoesOn = !block.last;
        items.push({ kind: 'break', slug: 'paus', title: 'paus', steps: [], minutes: breakMinutes, continues: false });
        // The point's next steps after the break are the same point: a new item that continues it.
        if (pointGoesOn) items.at(-2)!.continues = false;
      }
    });
    const minutes = teaching + breakMinutes;
    running += minutes;
    sessions.push({ date: day, start: settings.startTime, end: addMinutes(settings.startTime, minutes), items, teachingMinutes: teaching, breakMinutes, minutes, runningMinutes: running });
  }
  const last = sessions.at(-1);
  if (last && Number(last.date.slice(0, 4)) > holidaysUntil) warnings.push({ code: 'beyondHolidays', lastYear: holidaysUntil });
  return { sessions, totalMinutes: running, skipped, warnings };
}
