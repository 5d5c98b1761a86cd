import { test } from 'node:test';
import assert from 'node:assert/strict';
import { swedishHolidays } from '../../src/lib/holidays.ts';
import { addDays, addMinutes, defaultSettings, isoWeekday, planCourse, type PlannerPoint } from '../../src/lib/planner.ts';

const steps = (prefix: string, ...minutes: number[]) => minutes.map((m, i) => ({ id: `${prefix}${i}`, title: `${prefix} ${i}`, minutes: m }));
const point = (slug: string, number: number, ...minutes: number[]): PlannerPoint => ({ slug, number, title: slug, steps: steps(slug, ...minutes) });
const none = new Map<string, string>();

test('dates: weekdays and arithmetic', () => {
  assert.equal(isoWeekday('2026-11-23'), 1);
  assert.equal(isoWeekday('2026-11-29'), 7);
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addMinutes('09:00', 180), '12:00');
  assert.equal(addMinutes('13:15', 75), '14:30');
});

test('an empty selection gives an empty plan', () => {
  const plan = planCourse([], defaultSettings('2026-11-23'), none);
  assert.deepEqual(plan.sessions, []);
  assert.equal(plan.totalMinutes, 0);
});

test('short points share a session: 8 and 9 (1.5 h each) fit in one 3-hour session', () => {
  const plan = planCourse([point('omsorg', 8, 30, 30, 30), point('utbildning', 9, 30, 30, 30)], defaultSettings('2026-11-23'), none);
  assert.equal(plan.sessions.length, 1);
  const [session] = plan.sessions;
  assert.equal(session.date, '2026-11-24');
  assert.deepEqual(session.items.map((i) => i.slug), ['omsorg', 'utbildning']);
  assert.equal(session.teachingMinutes, 180);
  assert.equal(session.breakMinutes, 0, 'no room for an extra break');
  assert.equal(session.end, '12:00');
});

test('a session gets a break when it has none of its own and there is room; a manus fika counts as one', () => {
  const withRoom = planCourse([point('a', 1, 60, 60)], defaultSettings('2026-11-23'), none);
  assert.equal(withRoom.sessions[0].breakMinutes, 15);
  const withFika: PlannerPoint = { slug: 'b', number: 2, title: 'b', steps: [{ id: 'x', title: 'x', minutes: 60 }, { id: 'fika', title: 'Fika', minutes: 20, kind: 'break' }, { id: 'y', title: 'y', minutes: 60 }] };
  const plan = planCourse([withFika], defaultSettings('2026-11-23'), none);
  assert.equal(plan.sessions[0].breakMinutes, 0);
  assert.equal(plan.sessions[0].minutes, 140);
});

test('a point longer than a session is split between its steps, never inside one', () => {
  const plan = planCourse([point('bostader', 4, 60, 50, 50, 40, 30)], defaultSettings('2026-11-23'), none);
  assert.deepEqual(plan.sessions.map((s) => s.items[0].steps.map((x) => x.minutes)), [[60, 50, 50], [40, 30]]);
  assert.equal(plan.sessions[0].items[0].continues, true);
  assert.equal(plan.sessions[1].items[0].continues, false);
  assert.deepEqual(plan.sessions.map((s) => s.date), ['2026-11-24', '2026-11-26']);
  assert.equal(plan.totalMinutes, 160 + 15 + 70);
  assert.equal(plan.sessions[1].runningMinutes, plan.totalMinutes);
});

test('a step longer than a session gets a session of its own, with a warning', () => {
  const plan = planCourse([point('lang', 1, 30, 200, 30)], defaultSettings('2026-11-23'), none);
  assert.deepEqual(plan.sessions.map((s) => s.teachingMinutes), [30, 200, 30]);
  assert.match(plan.warnings[0], /200 min, longer than a session/);
});

test('Swedish public holidays from date-holidays are skipped', () => {
  const holidays = swedishHolidays(2026, 2027);
  assert.equal(holidays.get('2026-06-06'), 'nationaldagen');
  assert.equal(holidays.get('2026-12-24'), 'julafton');
  assert.equal(holidays.has('2026-12-13'), false, 'Lucia is a working day');
  const settings = { ...defaultSettings('2026-12-21'), weekdays: [5] };
  const plan = planCourse([point('a', 1, 60), point('b', 2, 90)], settings, holidays);
  // Friday 25 December (juldagen) and Friday 1 January (nyårsdagen) are public holidays.
  assert.deepEqual(plan.sessions.map((s) => s.date), ['2027-01-08']);
  assert.deepEqual(plan.skipped.map((s) => s.date), ['2026-12-25', '2027-01-01']);
});

test('dates to skip and study visits are placed', () => {
  const settings = { ...defaultSettings('2026-11-23'), skipDates: ['2026-11-24'], studyVisits: [{ afterPoint: 'a', title: 'Besök på biblioteket', minutes: 120 }] };
  const plan = planCourse([point('a', 1, 120), point('b', 2, 60)], settings, none);
  assert.equal(plan.sessions[0].date, '2026-11-26');
  assert.deepEqual(plan.sessions.map((s) => s.items.map((i) => i.kind)), [['point'], ['visit', 'point']]);
});

test('holidays on every chosen weekday end the search with a warning instead of looping forever', () => {
  const everyMonday = new Map<string, string>();
  for (let d = '2026-11-23'; d < '2030-01-01'; d = addDays(d, 7)) everyMonday.set(d, 'test');
  const plan = planCourse([point('a', 1, 60)], { ...defaultSettings('2026-11-23'), weekdays: [1] }, everyMonday);
  assert.deepEqual(plan.sessions, []);
  assert.match(plan.warnings[0], /No free day/);
});

test('no weekday chosen is reported', () => {
  assert.match(planCourse([point('a', 1, 60)], { ...defaultSettings('2026-11-23'), weekdays: [] }, none).warnings[0], /weekday/);
});

test('the plan as .ics: one event per session, parsed by a real iCalendar parser', async () => {
  const ICAL = (await import('ical.js')).default;
  const { planToIcs } = await import('../../src/lib/calendar.ts');
  const plan = planCourse([point('bostader', 4, 60, 50, 50, 40, 30)], defaultSettings('2026-11-23'), none);
  const ics = planToIcs(plan, { courseName: '15-punktsprogrammet', uidDomain: 'kit.example', words: { minutes: 'min', continues: 'fortsätter' } });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 2);
  assert.equal(events[0].startDate.toString(), '2026-11-24T09:00:00');
  assert.equal(events[0].endDate.toString(), '2026-11-24T11:55:00');
  assert.equal(events[1].startDate.toString(), '2026-11-26T09:00:00');
  assert.match(events[0].summary, /4\. bostader/);
  assert.match(events[0].description, /fortsätter/);
  assert.notEqual(events[0].uid, events[1].uid);
  assert.equal(planToIcs({ ...plan, sessions: [] }, { courseName: 'x', uidDomain: 'x', words: { minutes: 'min', continues: '' } }), '');
});
