// Course planner: packs points into dated sessions from their hour budgets. Pure: holidays come in as data.
// A point is split across sessions only between its manus steps; short points share a session (8 and 9 fit in one).
// The manus' own breaks (fika) are steps like the others; a session without one gets a break when there is room.

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
  kind: 'point' | 'visit';
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

export interface Plan {
  sessions: PlannedSession[];
  totalMinutes: number;
  skipped: { date: string; reason: string }[];
  warnings: string[];
}

export const defaultSettings = (start: string): PlanSettings => ({
  start,
  weekdays: [2, 4],
  startTime: '09:00',
  sessionMinutes: 180,
  breakMinutes: 15,
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

/** A session longer than this without a fika of its own gets one, if there is room. */
const breakAbove = 90;
/** How far ahead the planner looks for a free day before it gives up (holidays on every chosen weekday). */
const maxSearchDays = 366 * 3;

type Block = { kind: 'point' | 'visit'; slug: string; number?: number; title: string; step: PlannerStep; last: boolean };

export function planCourse(points: readonly PlannerPoint[], settings: PlanSettings, holidays: ReadonlyMap<string, string>): Plan {
  const warnings: string[] = [];
  const skipped: Plan['skipped'] = [];
  const weekdays = new Set(settings.weekdays.filter((d) => d >= 1 && d <= 7));
  if (weekdays.size === 0) return { sessions: [], totalMinutes: 0, skipped, warnings: ['Choose at least one weekday.'] };

  const blocks: Block[] = [];
  for (const point of points) {
    point.steps.forEach((step, i) => blocks.push({ kind: 'point', slug: point.slug, number: point.number, title: point.title, step, last: i === point.steps.length - 1 }));
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

  const sessions: PlannedSession[] = [];
  let running = 0;
  let index = 0;
  while (index < blocks.length) {
    const day = nextDate();
    if (!day) {
      warnings.push(`No free day within ${Math.round(maxSearchDays / 365)} years on the chosen weekdays.`);
      break;
    }
    const items: PlannedItem[] = [];
    let teaching = 0;
    while (index < blocks.length) {
      const block = blocks[index];
      const wouldBe = teaching + block.step.minutes;
      if (wouldBe > settings.sessionMinutes && teaching > 0) break;
      if (block.step.minutes > settings.sessionMinutes) {
        warnings.push(`"${block.step.title}" (${block.title}) is ${block.step.minutes} min, longer than a session; it gets a session of its own.`);
      }
      const item = items.at(-1);
      if (item && item.slug === block.slug) {
        item.steps.push(block.step);
        item.minutes += block.step.minutes;
      } else {
        items.push({ kind: block.kind, slug: block.slug, number: block.number, title: block.title, steps: [block.step], minutes: block.step.minutes, continues: false });
      }
      items.at(-1)!.continues = !block.last;
      teaching = wouldBe;
      index += 1;
    }
    const hasBreak = items.some((item) => item.steps.some((step) => step.kind === 'break'));
    const breakMinutes = !hasBreak && teaching > breakAbove && teaching + settings.breakMinutes <= settings.sessionMinutes ? settings.breakMinutes : 0;
    const minutes = teaching + breakMinutes;
    running += minutes;
    sessions.push({ date: day, start: settings.startTime, end: addMinutes(settings.startTime, minutes), items, teachingMinutes: teaching, breakMinutes, minutes, runningMinutes: running });
  }
  return { sessions, totalMinutes: running, skipped, warnings };
}
