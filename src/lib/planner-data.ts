// What the planner page needs from the course: each point's teaching steps (from its handledarmanus) in order.
import type { CourseModel } from './course-model.ts';
import type { PlannerPoint, PlanSettings, SessionDefaults, StudyVisit } from './planner.ts';
import type { Handledarmanus } from './schema.ts';

/** Points without a handledarmanus yet are planned in one-hour blocks so their budget still counts. */
export function plannerPoints(course: CourseModel, lang: string): PlannerPoint[] {
  return course.points.map((point) => {
    const manus = course.resolve<Handledarmanus>(lang, point.slug, 'handledarmanus');
    const steps = manus
      ? manus.file.data.steps.map((s) => ({ id: s.id, title: s.title, minutes: s.minutes, kind: s.kind }))
      : Array.from({ length: Math.ceil(point.hours) }, (_, i) => ({ id: `timme-${i + 1}`, title: `${i + 1}`, minutes: Math.min(60, point.hours * 60 - i * 60) }));
    return { slug: point.slug, number: point.number, title: point.title[lang as keyof typeof point.title] ?? point.title.sv, steps };
  });
}

/** Bounds of the planner's settings: the form's attributes and the parser use the same numbers. */
export const plannerLimits = {
  sessionMinutes: { min: 30, max: 480 },
  breakMinutes: { min: 0, max: 60 },
  visitMinutes: { min: 15, max: 480 },
  visitTitle: 120,
  visits: 30,
  skipDates: 200,
  /** Longer addresses are refused by some servers (HTTP 431) and cut by some mail programs. */
  urlLength: 2000,
  years: { min: 2000, max: 2100 },
} as const;

export type PlannerField = 'start' | 'time' | 'length' | 'break' | 'day' | 'order' | 'visits' | 'skip' | 'url';
/** A setting the planner cannot use: the page words `code` in its language beside `field`. */
export interface FieldError {
  field: PlannerField;
  code: 'required' | 'date' | 'time' | 'range' | 'endsAfterMidnight' | 'noWeekday' | 'unknownPoint' | 'noPoint' | 'visitLine' | 'tooMany' | 'tooLong';
  values?: Record<string, string | number>;
}

/** A real calendar date as YYYY-MM-DD (2027-02-30 is not one), within the planner's years. */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    && year >= plannerLimits.years.min && year <= plannerLimits.years.max;
}

const wholeNumber = (value: string) => (/^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN);
// Text typed into the form: control characters (CR from a pasted line, say) and bidi overrides go.
const cleanText = (value: string) => value.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();

export type ParsedPlannerQuery =
  | { ok: true; points: PlannerPoint[]; settings: PlanSettings }
  | { ok: false; errors: FieldError[] };

/**
 * Parses the planner form's query string strictly: every setting is checked and every problem is reported with its
 * field, so the page can say what is wrong beside it and make no plan. Nothing falls back to a default silently
 * (an absent field gets the form's default; a present but bad one is an error).
 */
export function parsePlannerQuery(params: URLSearchParams, points: readonly PlannerPoint[], session: SessionDefaults, href = ''): ParsedPlannerQuery {
  const errors: FieldError[] = [];
  const fail = (field: PlannerField, code: FieldError['code'], values?: FieldError['values']) => errors.push({ field, code, values });
  if (href.length > plannerLimits.urlLength) fail('url', 'tooLong', { max: plannerLimits.urlLength, length: href.length });

  const start = (params.get('start') ?? '').trim();
  if (!start) fail('start', 'required');
  else if (!isDate(start)) fail('start', 'date', { value: start });

  const time = (params.get('time') ?? session.startTime).trim();
  const timeMatch = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!timeMatch) fail('time', 'time', { value: time });

  const number = (name: 'length' | 'break', fallback: number, limits: { min: number; max: number }) => {
    const value = wholeNumber(params.get(name) ?? String(fallback));
    if (!(value >= limits.min && value <= limits.max)) fail(name, 'range', { ...limits });
    return value;
  };
  const sessionMinutes = number('length', session.maxMinutes, plannerLimits.sessionMinutes);
  const breakMinutes = number('break', session.breakMinutes, plannerLimits.breakMinutes);
  if (timeMatch && sessionMinutes <= plannerLimits.sessionMinutes.max && Number(timeMatch[1]) * 60 + Number(timeMatch[2]) + sessionMinutes > 24 * 60) fail('length', 'endsAfterMidnight');

  const days = params.getAll('day');
  const weekdays = days.map(Number);
  if (days.length === 0) fail('day', 'noWeekday');
  else if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) fail('day', 'range', { min: 1, max: 7 });

  const byNumber = new Map(points.map((p) => [p.number, p]));
  const orderText = params.get('order') ?? points.map((p) => p.number).join(',');
  const numbers = orderText.split(/[\s,;]+/).filter(Boolean);
  const unknown = numbers.filter((n) => !/^\d+$/.test(n) || !byNumber.has(Number(n)));
  if (numbers.length === 0) fail('order', 'noPoint');
  else if (unknown.length > 0) fail('order', 'unknownPoint', { values: unknown.slice(0, 5).map((n) => cleanText(n).slice(0, 10)).join(', ') });

  const visitLines = (params.get('visits') ?? '').split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean);
  const studyVisits: StudyVisit[] = [];
  if (visitLines.length > plannerLimits.visits) fail('visits', 'tooMany', { max: plannerLimits.visits });
  visitLines.slice(0, plannerLimits.visits).forEach((line, i) => {
    const [after, minutes, ...rest] = line.split(';').map((part) => part.trim());
    const title = cleanText(rest.join('; '));
    const m = wholeNumber(minutes ?? '');
    const point = byNumber.get(wholeNumber(after ?? ''));
    if (!point || !(m >= plannerLimits.visitMinutes.min && m <= plannerLimits.visitMinutes.max) || !title || title.length > plannerLimits.visitTitle) {
      fail('visits', 'visitLine', { line: i + 1, min: plannerLimits.visitMinutes.min, max: plannerLimits.visitMinutes.max, length: plannerLimits.visitTitle });
    } else studyVisits.push({ afterPoint: point.slug, minutes: m, title });
  });

  const skipDates = (params.get('skip') ?? '').split(/[\s,;]+/).filter(Boolean);
  if (skipDates.length > plannerLimits.skipDates) fail('skip', 'tooMany', { max: plannerLimits.skipDates });
  const badSkip = skipDates.filter((d) => !isDate(d));
  if (badSkip.length > 0) fail('skip', 'date', { value: cleanText(badSkip[0]).slice(0, 20) });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    points: numbers.map((n) => byNumber.get(Number(n))!),
    settings: { start, weekdays: [...new Set(weekdays)], startTime: time, sessionMinutes, breakMinutes, skipDates, studyVisits },
  };
}
