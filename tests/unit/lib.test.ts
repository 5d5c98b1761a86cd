import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lix, proseFromMarkdown } from '../../src/lib/lix.ts';
import { budgetProblems, clock, sessions, totalMinutes } from '../../src/lib/budget.ts';
import { sourceHash, translationStatus } from '../../src/lib/translation.ts';
import { contentPathRule, parseContentPath, requireContentPath, urls } from '../../src/lib/paths.ts';
import { slugify } from '../../src/lib/slug.ts';
import { chunk } from '../../src/lib/collections.ts';
import { formatHours, isoDate } from '../../src/lib/format.ts';
import { deckKeys } from '../../src/lib/deck-keys.ts';
import { documentProse } from '../../src/lib/prose.ts';
import type { Step } from '../../src/lib/schema.ts';

const step = (id: string, session: number, minutes: number, kind: 'step' | 'break' = 'step'): Step => ({ id, session, minutes, kind, title: id, slides: [], guide: 'g' });

test('lix: short sentences with short words score low, long ones high', () => {
  const easy = lix('Jag bor här. Du bor där. Vi har en katt.');
  assert.equal(easy.sentences, 3);
  assert.equal(easy.words, 10);
  assert.equal(easy.longWords, 0);
  assert.equal(easy.lix, 3.3);
  const hard = lix('Hyresgästföreningens förhandlingsdelegation presenterade omfattande förändringsförslag beträffande lägenhetsunderhållet.');
  assert.equal(hard.sentences, 1);
  assert.ok(hard.lix > 80, `got ${hard.lix}`);
});

test('lix: headings and list items count as sentences; MDX tags and links are not words', () => {
  const prose = proseFromMarkdown('---\ntitle: x\n---\n## Rubrik\n\n- ett\n- två\n\nSe <Term sv="hyra">hyran</Term> på [Boverket](https://www.boverket.se).');
  assert.doesNotMatch(prose, /Term|https|title/);
  assert.equal(lix(prose).sentences, 4);
});

test('documentProse includes a manus step guide, not only the body', () => {
  const prose = documentProse({ title: 't', steps: [{ title: 'Steg', guide: 'Säg hej.', question: 'Hur mår ni?' }] }, 'Text.');
  assert.match(prose, /Säg hej/);
  assert.match(prose, /Hur mår ni/);
});

test('budget: sums, sessions and the running clock', () => {
  const steps = [step('a', 1, 100), step('fika', 1, 20, 'break'), step('b', 1, 60), step('c', 2, 90)];
  assert.equal(totalMinutes(steps), 270);
  const grouped = sessions(steps);
  assert.deepEqual(grouped.map((s) => s.minutes), [180, 90]);
  assert.deepEqual(grouped[0].steps.map((s) => [s.startsAt, s.endsAt]), [[0, 100], [100, 120], [120, 180]]);
  assert.equal(grouped[1].steps[0].startsAt, 0);
  assert.equal(clock(0), '00:00');
  assert.equal(clock(75), '01:15');
  assert.equal(clock(180), '03:00');
  assert.deepEqual(budgetProblems(steps, 4.5), []);
});

test('budget: wrong total, too long a session and sessions out of order are reported', () => {
  assert.match(budgetProblems([step('a', 1, 100)], 4.5)[0].message, /100 minutes .* 270 minutes/);
  assert.ok(budgetProblems([step('a', 1, 200), step('b', 2, 70)], 4.5).some((p) => /session 1 is 200 minutes/.test(p.message)));
  assert.ok(budgetProblems([step('a', 2, 180), step('b', 1, 90)], 4.5).some((p) => p.field.startsWith('steps[1]')));
  assert.ok(budgetProblems([step('a', 1, 180), step('b', 3, 90)], 4.5).some((p) => /numbered 1, 2, 3/.test(p.message)));
});

test('translation: the hash follows the text, not dates or sources', () => {
  const a = sourceHash({ title: 'Bostäder', slides: [{ id: 's', title: 'T', points: ['p'], notes: 'n' }] }, 'Body');
  assert.match(a, /^[0-9a-f]{12}$/);
  assert.equal(sourceHash({ title: 'Bostäder', slides: [{ id: 's', title: 'T', points: ['p'], notes: 'n' }] }, 'Body\r\n'), a);
  assert.notEqual(sourceHash({ title: 'Bostäder', slides: [{ id: 's', title: 'T', points: ['p'], notes: 'ändrad' }] }, 'Body'), a);
  assert.notEqual(sourceHash({ title: 'Bostäder' }, 'Body 2'), sourceHash({ title: 'Bostäder' }, 'Body'));
});

test('translation: status says source, machine, reviewed, outdated or missing', () => {
  assert.equal(translationStatus(undefined, 'abc', true), 'source');
  assert.equal(translationStatus(undefined, 'abc', false), 'missing');
  assert.equal(translationStatus({ status: 'machine', sourceHash: 'abc' }, 'abc', false), 'machine');
  assert.equal(translationStatus({ status: 'reviewed', sourceHash: 'abc' }, 'abc', false), 'reviewed');
  assert.equal(translationStatus({ status: 'reviewed', sourceHash: 'old' }, 'abc', false), 'outdated');
});

test('paths: content paths parse, URLs are stable', () => {
  assert.deepEqual(parseContentPath('src/content/kurs/ar/bostader/fordjupning.mdx'), { lang: 'ar', point: 'bostader', kind: 'fordjupning' });
  assert.deepEqual(parseContentPath('C:\\kit\\src\\content\\kurs\\ti\\bostader\\bildspel.mdx'), { lang: 'ti', point: 'bostader', kind: 'bildspel' });
  // A file one folder too high or too deep, or outside the course, is not read as some other language or point.
  for (const malformed of ['src/content/kurs/ar/bostader.mdx', 'src/content/kurs/ar/bostader/extra/fordjupning.mdx', 'src/content/ar/bostader/fordjupning.mdx', 'src/content/kurs/ar/bostader/fordjupning.md', 'README.md']) {
    assert.equal(parseContentPath(malformed), undefined, malformed);
    assert.throws(() => requireContentPath(malformed), { message: `${malformed}: ${contentPathRule}` });
  }
  assert.equal(contentPathRule, 'content must live at src/content/kurs/<language>/<point>/<document>.mdx');
  assert.equal(urls.pdf('ti', 'bostader', 'fordjupning'), '/pdf/ti/bostader-fordjupning.pdf');
  assert.equal(urls.sessionHandout('ti', 'bostader', 2), '/ti/bostader/bildspel/utskrift/pass-2/');
  assert.equal(urls.sessionHandoutPdf('ti', 'bostader', 2), '/pdf/ti/bostader-bildspel-anteckningar-pass-2.pdf');
  assert.equal(urls.slide('sv', 'bostader', 'start'), '/sv/bostader/bildspel/#/start');
});

test('slugify folds Swedish letters', () => {
  assert.equal(slugify('Högkostnadsskydd för läkemedel'), 'hogkostnadsskydd-for-lakemedel');
  assert.equal(slugify('  Åre & Östersund '), 'are-ostersund');
});

test('chunk splits into pages and refuses nonsense sizes', () => {
  assert.deepEqual(chunk([1, 2, 3, 4, 5], 3), [[1, 2, 3], [4, 5]]);
  assert.deepEqual(chunk([], 3), []);
  assert.throws(() => chunk([1], 0), RangeError);
});

test('format: hours in the reader language, ISO dates', () => {
  assert.equal(formatHours(4.5, 'sv'), '4,5');
  assert.equal(formatHours(4.5, 'en'), '4.5');
  assert.equal(isoDate(new Date('2026-11-23T00:00:00Z')), '2026-11-23');
});

test('deck keys as in PowerPoint: → ↓ PageDown next, ← ↑ PageUp previous, whatever the direction', () => {
  assert.deepEqual(deckKeys, { 33: 'prev', 34: 'next', 37: 'prev', 38: 'prev', 39: 'next', 40: 'next' });
});

test('markdownSection takes one ## section, up to the next heading of the same or higher level', async () => {
  const { markdownSection } = await import('../../src/lib/markdown-section.ts');
  const body = '## Syfte\n\nAtt lära.\n\n- ett\n\n### Under\n\nmer\n\n## Övning\n\nGör så.';
  assert.equal(markdownSection(body, 'Syfte'), 'Att lära.\n\n- ett\n\n### Under\n\nmer');
  assert.equal(markdownSection(body, 'övning'), 'Gör så.');
  assert.equal(markdownSection(body, 'Saknas'), '');
});

test('slideTimings shares a step between its slides and names the first step using each slide', async () => {
  const { slideTimings } = await import('../../src/lib/budget.ts');
  const timings = slideTimings([
    { ...step('a', 1, 20), slides: ['s1', 's2'] },
    { ...step('fika', 1, 20, 'break'), slides: [] },
    { ...step('b', 1, 30), slides: ['s2', 's3'] },
  ]);
  assert.deepEqual(timings.get('s1'), { seconds: 600, step: { number: 1, title: 'a', minutes: 20 } });
  assert.equal(timings.get('s2')!.seconds, 600 + 900);
  assert.equal(timings.get('s2')!.step.title, 'a');
  assert.equal(timings.get('s3')!.step.number, 3);
});

test('the changelog parses, its newest release is package.json\'s version, and a bad heading is refused', async () => {
  const { parseChangelog } = await import('../../src/lib/changelog.ts');
  const { readFileSync } = await import('node:fs');
  const releases = parseChangelog(readFileSync('CHANGELOG.md', 'utf8'));
  assert.equal(releases[0].version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  assert.match(releases[0].date, /^\d{4}-\d{2}-\d{2}$/);
  assert.throws(() => parseChangelog('# x\n\n## nästa version\n- a'), /must read/);
});
