// The status report counts every state, and the term report finds another rendering of a termbase term.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCourse } from '../../scripts/content.ts';
import { buildCourseModel } from '../../src/lib/course-model.ts';
import { statusReport, termDeviations } from '../../src/lib/translation-report.ts';
import { termbaseSchema } from '../../src/lib/termbase.ts';
import type { ContentFile } from '../../src/lib/validate.ts';

test('every translated document of every point is counted once per language', () => {
  const { points, files: loaded, library } = loadCourse();
  // A Swedish edit after the Arabic draft was stamped: that translation must count as outdated.
  const edited = 'src/content/kurs/sv/bostader/fordjupning.mdx';
  const files = loaded.map((f) => (f.file === edited ? { ...f, body: `${f.body}\n\nEn ny mening.\n` } : f));
  const report = statusReport(buildCourseModel(points, files, 'sv', undefined, library), ['ar', 'en'], library);
  const svDocs = files.filter((f) => /\/sv\/[^/]+\/(bildspel|fordjupning)\.mdx$/.test(f.file)).length;
  assert.equal(report.rows.length, svDocs);
  for (const lang of ['ar', 'en']) assert.equal(Object.values(report.documents[lang]).reduce((a, b) => a + b, 0), svDocs);
  assert.equal(Object.values(report.facts.ar).reduce((a, b) => a + b, 0), library.facts.size);
  assert.equal(report.rows.find((r) => r.point === 'bostader' && r.kind === 'fordjupning')!.status.ar, 'outdated');
});

test('an ordlista translation and the texts that use another rendering are reported', () => {
  const terms = termbaseSchema.parse({ lang: 'so', terms: [{ sv: 'tolk', rendering: 'turjumaan', explanation: 'x', keepSwedish: false, kind: 'course', avoid: ['tarjumaan'] }] }).terms;
  const file: ContentFile = { file: 'src/content/kurs/so/x/fordjupning.mdx', data: { title: 'Turjubaanka', summary: 'Turjumaan ayaa jooga', ordlista: [{ term: 'tolk', translation: 'turjubaan', explanation: 'Qof' }] } as never, body: 'Weydii tarjumaan.' };
  const found = termDeviations(terms, [file], { file: 'src/i18n/so.json', own: { 'tolk.link': 'Xirmada turjubaanka', 'nav.home': 'Bogga hore' } });
  assert.deepEqual(found.map((d) => `${d.file.split('/').pop()}: ${d.field}: ${d.found}`).sort(), [
    'fordjupning.mdx: (body): tarjumaan',
    'fordjupning.mdx: ordlista[0].translation: turjubaan',
    'fordjupning.mdx: title: turjubaan',
    'so.json: tolk.link: turjubaan',
  ]);
});

import { interpreterPack } from '../../src/lib/interpreter-pack.ts';
import { getProfile } from '../../src/data/profile.ts';

test("the interpreter pack lists the termbase entries its point uses, in the interpreter's language", () => {
  const { points, files, library } = loadCourse();
  const course = buildCourseModel(points, files, 'sv', undefined, library);
  const terms = termbaseSchema.parse({
    lang: 'ar',
    terms: [
      { sv: 'Skatteverket', rendering: 'مصلحة الضرائب', explanation: 'الجهة التي تجمع الضرائب.', keepSwedish: true, kind: 'authority' },
      { sv: 'Pliktverket', rendering: 'هيئة الخدمة الإلزامية', explanation: 'x', keepSwedish: true, kind: 'authority' },
    ],
  }).terms;
  const pack = interpreterPack(course, 'arbete-och-skatt', 'ar', 'sv', getProfile(), terms)!;
  assert.deepEqual(pack.terms.map((t) => `${t.sv}: ${t.rendering}`), ['Skatteverket: مصلحة الضرائب']);
});
