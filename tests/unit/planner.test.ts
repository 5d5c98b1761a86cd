import { test } from 'node:test';
import assert from 'node:assert/strict';
import { swedishHolidays } from '../../src/lib/holidays.ts';
import { addDays, addMinutes, defaultSettings as settingsFrom, isoWeekday, planCourse, type PlannerPoint } from '../../src/lib/planner.ts';
import { kitConfig } from '../../kit.config.ts';

const defaultSettings = (start: string) => settingsFrom(start, kitConfig.session);

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

test('short points share a session: 8 and 9 (1.5 h each) fit in one 3-hour session without a break', () => {
  const settings = { ...defaultSettings('2026-11-23'), breakMinutes: 0 };
  const plan = planCourse([point('omsorg', 8, 30, 30, 30), point('utbildning', 9, 30, 30, 30)], settings, none);
  assert.equal(plan.sessions.length, 1);
  const [session] = plan.sessions;
  assert.equal(session.date, '2026-11-24');
  assert.deepEqual(session.items.map((i) => i.slug), ['omsorg', 'utbildning']);
  assert.equal(session.teachingMinutes, 180);
  assert.equal(session.breakMinutes, 0);
  assert.equal(session.end, '12:00');
});

test('the break field changes the plan: a 15-minute break leaves 165 minutes, filled while the next step fits', () => {
  const plan = planCourse([point('omsorg', 8, 30, 30, 30), point('utbildning', 9, 30, 30, 30)], defaultSettings('2026-11-23'), none);
  assert.deepEqual(plan.sessions.map((s) => [s.teachingMinutes, s.breakMinutes, s.minutes]), [[150, 15, 165], [30, 0, 30]]);
  const longer = planCourse([point('omsorg', 8, 30, 30, 30), point('utbildning', 9, 30, 30, 30)], { ...defaultSettings('2026-11-23'), breakMinutes: 30 }, none);
  assert.deepEqual(longer.sessions.map((s) => [s.teachingMinutes, s.breakMinutes]), [[150, 30], [30, 0]]);
  const tight = planCourse([point('a', 1, 60, 60, 60)], { ...defaultSettings('2026-11-23'), breakMinutes: 60 }, none);
  assert.deepEqual(tight.sessions.map((s) => [s.teachingMinutes, s.breakMinutes]), [[120, 60], [60, 0]]);
});

test('no session starts or ends with a break; the manus\' own fika steps give way to the chosen break', () => {
  const withFika: PlannerPoint = { slug: 'b', number: 2, title: 'b', steps: [{ id: 'x', title: 'x', minutes: 60 }, { id: 'fika', title: 'Fika', minutes: 20, kind: 'break' }, { id: 'y', title: 'y', minutes: 60 }] };
  const plan = planCourse([withFika, point('c', 3, 20, 20, 20, 20, 20)], defaultSettings('2026-11-23'), none);
  for (const session of plan.sessions) {
    assert.notEqual(session.items[0].kind, 'break');
    assert.notEqual(session.items.at(-1)!.kind, 'break');
    assert.equal(session.items.filter((i) => i.kind === 'break').length, session.breakMinutes > 0 ? 1 : 0);
    assert.ok(session.minutes <= 180);
  }
  assert.equal(plan.sessions[0].items.flatMap((i) => i.steps).some((step) => step.kind === 'break'), false);
  assert.equal(plan.sessions[0].breakMinutes, 15);
});

test('a point longer than a session is split between its steps, never inside one', () => {
  const plan = planCourse([point('bostader', 4, 60, 50, 50, 40, 30)], defaultSettings('2026-11-23'), none);
  const steps = (s: (typeof plan.sessions)[number]) => s.items.filter((i) => i.kind !== 'break').flatMap((i) => i.steps.map((x) => x.minutes));
  assert.deepEqual(plan.sessions.map(steps), [[60, 50, 50], [40, 30]]);
  assert.equal(plan.sessions[0].items.at(-1)!.continues, true);
  assert.equal(plan.sessions[1].items.at(-1)!.continues, false);
  assert.deepEqual(plan.sessions.map((s) => s.date), ['2026-11-24', '2026-11-26']);
  assert.equal(plan.totalMinutes, 160 + 15 + 70);
  assert.equal(plan.sessions[1].runningMinutes, plan.totalMinutes);
});

test('a step longer than a session gets a session of its own, with a warning', () => {
  const plan = planCourse([point('lang', 1, 30, 200, 30)], defaultSettings('2026-11-23'), none);
  assert.deepEqual(plan.sessions.map((s) => s.teachingMinutes), [30, 200, 30]);
  assert.deepEqual(plan.warnings[0], { code: 'stepTooLong', point: 'lang', step: 'lang 1', minutes: 200 });
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
  // Worked out once per range of years; a caller that changes its map does not change the next caller's.
  holidays.delete('2026-06-06');
  assert.equal(swedishHolidays(2026, 2027).get('2026-06-06'), 'nationaldagen');
  assert.equal(swedishHolidays(2027, 2027).has('2026-06-06'), false);
});

test('dates to skip and study visits are placed', () => {
  const settings = { ...defaultSettings('2026-11-23'), skipDates: ['2026-11-24'], studyVisits: [{ afterPoint: 'a', title: 'Besök på biblioteket', minutes: 120 }] };
  const plan = planCourse([point('a', 1, 120), point('b', 2, 60)], settings, none);
  assert.equal(plan.sessions[0].date, '2026-11-26');
  assert.deepEqual(plan.sessions.map((s) => s.items.map((i) => i.kind)), [['point'], ['visit'], ['point']]);
});

test('holidays on every chosen weekday end the search with a warning instead of looping forever', () => {
  const everyMonday = new Map<string, string>();
  for (let d = '2026-11-23'; d < '2030-01-01'; d = addDays(d, 7)) everyMonday.set(d, 'test');
  const plan = planCourse([point('a', 1, 60)], { ...defaultSettings('2026-11-23'), weekdays: [1] }, everyMonday);
  assert.deepEqual(plan.sessions, []);
  assert.deepEqual(plan.warnings[0], { code: 'noFreeDay', years: 3 });
});

test('no weekday is a programming error: the page validates settings before planning', () => {
  assert.throws(() => planCourse([point('a', 1, 60)], { ...defaultSettings('2026-11-23'), weekdays: [] }, none), RangeError);
});

test('holidays are known for the years the plan covers: 24–26 December and 1 January 2031/2032 are skipped', () => {
  const year = new Date().getUTCFullYear();
  const holidays = swedishHolidays(year - 1, year + 25);
  const plan = planCourse([point('a', 1, 60, 60, 60, 60, 60, 60, 60, 60)], { ...defaultSettings('2031-12-20'), weekdays: [1, 2, 3, 4, 5], sessionMinutes: 60 }, holidays, year + 25);
  const dates = plan.sessions.map((s) => s.date);
  for (const day of ['2031-12-24', '2031-12-25', '2031-12-26', '2032-01-01']) assert.ok(!dates.includes(day), day);
  assert.deepEqual(plan.warnings, []);
  const beyond = planCourse([point('a', 1, 60)], { ...defaultSettings(`${year + 26}-03-01`) }, holidays, year + 25);
  assert.deepEqual(beyond.warnings, [{ code: 'beyondHolidays', lastYear: year + 25 }]);
});

test('the plan as .ics: one event per session, parsed by a real iCalendar parser', async () => {
  const ICAL = (await import('ical.js')).default;
  const { planToIcs } = await import('../../src/lib/calendar.ts');
  const plan = planCourse([point('bostader', 4, 60, 50, 50, 40, 30)], defaultSettings('2026-11-23'), none);
  const ics = planToIcs(plan, { courseName: '15-punktsprogrammet', uidDomain: 'kit.example', words: { minutes: 'min', continues: 'fortsätter', break: (m) => `Paus ${m} min` } });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 2);
  assert.equal(events[0].startDate.toString(), '2026-11-24T09:00:00');
  assert.equal(events[0].endDate.toString(), '2026-11-24T11:55:00');
  assert.equal(events[1].startDate.toString(), '2026-11-26T09:00:00');
  assert.match(events[0].summary, /4\. bostader/);
  assert.match(events[0].description, /fortsätter/);
  assert.notEqual(events[0].uid, events[1].uid);
  assert.equal(planToIcs({ ...plan, sessions: [] }, { courseName: 'x', uidDomain: 'x', words: { minutes: 'min', continues: '', break: () => '' } }), '');
});

test('.ics text is escaped per RFC 5545: CR, LF, commas, semicolons and backslashes in a visit title', async () => {
  const ICAL = (await import('ical.js')).default;
  const { planToIcs } = await import('../../src/lib/calendar.ts');
  const title = 'Besök\rpå\r\nbiblioteket; kl 10, \\ \u0007slut';
  const plan = planCourse([point('a', 1, 60)], { ...defaultSettings('2026-11-23'), studyVisits: [{ afterPoint: 'a', title, minutes: 60 }] }, none);
  const ics = planToIcs(plan, { courseName: 'Kurs', uidDomain: 'kit.example', words: { minutes: 'min', continues: 'fortsätter', break: (m) => `Paus ${m} min` } });
  // Every line ends with CRLF and no bare CR or control character is left in the text.
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\u0000-\u0008\u000B-\u001F]/);
  const event = new (ICAL.Event)(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
  assert.match(event.description, /Besök\npå\nbiblioteket; kl 10, \\  slut/);
  assert.match(event.description, /Paus 15 min/);
});

test('fuzz: every bad planner setting is refused with its field, never a default, never an exception', async () => {
  const { parsePlannerQuery, isDate } = await import('../../src/lib/planner-data.ts');
  const points = [point('bostader', 4, 60, 60), point('omsorg', 8, 30)];
  const base = 'start=2027-01-11&time=09:00&length=180&break=15&day=2&day=4&order=4,8';
  const parse = (query: string, href = '') => parsePlannerQuery(new URLSearchParams(query), points, kitConfig.session, href);
  const ok = parse(base);
  assert.ok(ok.ok);
  if (ok.ok) assert.deepEqual([ok.settings.start, ok.settings.sessionMinutes, ok.settings.weekdays, ok.points.map((p) => p.number)], ['2027-01-11', 180, [2, 4], [4, 8]]);
  const cases: [string, string, string][] = [
    ['start=2027-13-45', 'start', 'date'], ['start=2027-02-30', 'start', 'date'], ['start=', 'start', 'required'], ['start=11/01/2027', 'start', 'date'], ['start=1899-01-01', 'start', 'date'],
    ['time=25:99', 'time', 'time'], ['time=9', 'time', 'time'], ['time=09:00:00', 'time', 'time'],
    ['length=100000', 'length', 'range'], ['length=0', 'length', 'range'], ['length=29', 'length', 'range'], ['length=481', 'length', 'range'], ['length=1e3', 'length', 'range'], ['length=-180', 'length', 'range'], ['length=abc', 'length', 'range'],
    ['break=-5', 'break', 'range'], ['break=61', 'break', 'range'], ['break=1.5', 'break', 'range'],
    ['time=22:00&length=180', 'length', 'endsAfterMidnight'],
    ['order=4,99', 'order', 'unknownPoint'], ['order=', 'order', 'noPoint'], ['order=x', 'order', 'unknownPoint'],
    ['visits=4;abc;Besök', 'visits', 'visitLine'], ['visits=99;60;Besök', 'visits', 'visitLine'], ['visits=4;60;', 'visits', 'visitLine'], [`visits=4;60;${'x'.repeat(121)}`, 'visits', 'visitLine'],
    ['skip=2027-02-30', 'skip', 'date'], [`skip=${Array.from({ length: 201 }, (_, i) => addDays('2027-01-01', i)).join('%0A')}`, 'skip', 'tooMany'],
  ];
  for (const [change, field, code] of cases) {
    const params = new URLSearchParams(base);
    for (const [k, v] of new URLSearchParams(change)) params.set(k, v);
    const result = parsePlannerQuery(params, points, kitConfig.session);
    assert.equal(result.ok, false, change);
    if (!result.ok) assert.ok(result.errors.some((e) => e.field === field && e.code === code), `${change}: ${JSON.stringify(result.errors)}`);
  }
  const noDay = parse(base.replace(/&day=\d/g, ''));
  assert.ok(!noDay.ok && noDay.errors.some((e) => e.field === 'day' && e.code === 'noWeekday'));
  const badDay = parse(`${base}&day=8`);
  assert.ok(!badDay.ok && badDay.errors.some((e) => e.field === 'day'));
  const long = parse(base, `https://kit.example/sv/planerare/?${'x'.repeat(2100)}`);
  assert.ok(!long.ok && long.errors.some((e) => e.field === 'url' && e.code === 'tooLong'));
  // A form sends CRLF between lines: no CR stays in a title; control and bidi characters are cleaned.
  const visit = parse(`${base}&visits=${encodeURIComponent('4;60;Besök\u0007på\u202Ebiblioteket\r\n8;30;Fika')}`);
  assert.ok(visit.ok);
  if (visit.ok) assert.deepEqual(visit.settings.studyVisits.map((v) => v.title), ['Besök på biblioteket', 'Fika']);
  // Random strings in every field never throw.
  let seed = 11;
  const chars = '0123456789-:;,.eE+ \r\nx\u202E';
  const random = (n: number) => Array.from({ length: n }, () => chars[(seed = (seed * 48271) % 2147483647) % chars.length]).join('');
  for (let i = 0; i < 300; i++) {
    const params = new URLSearchParams();
    for (const name of ['start', 'time', 'length', 'break', 'day', 'order', 'visits', 'skip']) params.set(name, random(i % 14));
    assert.doesNotThrow(() => parsePlannerQuery(params, points, kitConfig.session));
  }
  assert.equal(isDate('2028-02-29'), true);
  assert.equal(isDate('2027-02-29'), false);
});
