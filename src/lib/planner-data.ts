// What the planner page needs from the course: each point's teaching steps (from its handledarmanus) in order.
import type { CourseModel } from './course-model.ts';
import type { PlannerPoint } from './planner.ts';
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

/** Parses the planner form's query string into settings, the chosen points, and what could not be read. */
export function parsePlannerQuery(params: URLSearchParams, points: readonly PlannerPoint[], today: string) {
  const numbers = (params.get('order') ?? points.map((p) => p.number).join(','))
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  const byNumber = new Map(points.map((p) => [p.number, p]));
  const chosen = numbers.map((n) => byNumber.get(n)).filter((p): p is PlannerPoint => p !== undefined);
  const visits = (params.get('visits') ?? '')
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter((parts) => parts.length >= 3 && byNumber.has(Number(parts[0])) && Number(parts[1]) > 0)
    .map(([after, minutes, ...title]) => ({ afterPoint: byNumber.get(Number(after))!.slug, minutes: Number(minutes), title: title.join('; ') }));
  const weekdays = params.getAll('day').map(Number).filter((d) => d >= 1 && d <= 7);
  const number = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    points: chosen,
    settings: {
      start: /^\d{4}-\d{2}-\d{2}$/.test(params.get('start') ?? '') ? params.get('start')! : today,
      weekdays: weekdays.length > 0 ? weekdays : [2, 4],
      startTime: /^\d{2}:\d{2}$/.test(params.get('time') ?? '') ? params.get('time')! : '09:00',
      sessionMinutes: number('length', 180),
      breakMinutes: number('break', 15),
      skipDates: (params.get('skip') ?? '').split(/\s+/).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)),
      studyVisits: visits,
    },
    unknownPoints: numbers.filter((n) => !byNumber.has(n)),
  };
}
