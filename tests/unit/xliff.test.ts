// Export → a translator changes two segments and confirms the document → import → the site model shows the change
// and the reviewed status. A file exported before the Swedish changed is refused, naming the segments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xliff from 'xliff';
import { loadCourse } from '../../scripts/content.ts';
import { exportXliff, importXliff } from '../../scripts/xliff.ts';
import { buildCourseModel } from '../../src/lib/course-model.ts';
import { sourceHash } from '../../src/lib/translation.ts';
import type { Fordjupning } from '../../src/lib/schema.ts';

/** A copy of the content with a current English machine draft of omsorg/fordjupning (the Swedish text, stamped). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kit-xliff-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  cpSync('src/i18n', join(root, 'src/i18n'), { recursive: true });
  const sv = readFileSync('src/content/kurs/sv/omsorg/fordjupning.mdx', 'utf8');
  const source = loadCourse().files.find((f) => f.file === 'src/content/kurs/sv/omsorg/fordjupning.mdx')!;
  const draft = sv.replace(/^( {2}- term: (.*))$/gm, '$1\n    translation: $2').replace(/^reviewed: .*$/m, (line) => `${line}\ntranslation:\n  status: machine\n  sourceHash: "${sourceHash(source.data as never, source.body)}"\n  date: 2026-11-29`);
  mkdirSync(join(root, 'src/content/kurs/en/omsorg'), { recursive: true });
  writeFileSync(join(root, 'src/content/kurs/en/omsorg/fordjupning.mdx'), draft);
  return root;
}

type Units = Record<string, Record<string, { source: string; target?: string; note?: string | string[] }>>;

test('export, change two segments and confirm the document, import: the model shows the text and "reviewed"', async () => {
  const root = project();
  const { xml, segments } = await exportXliff(root, 'en');
  assert.ok(segments > 50, `${segments} segments`);
  assert.match(xml, /<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="sv" trgLang="en">/);
  const parsed = (await xliff.xliff2js(xml)) as { resources: Units };
  const doc = parsed.resources['omsorg/fordjupning'];
  assert.ok(doc['title'] && doc['body/2'] && doc['summary'], Object.keys(doc).join(', '));
  assert.match(([] as string[]).concat(doc['title'].note ?? []).join('\n'), /^sourceHash: [0-9a-f]{12}$/m);
  const untouched = doc['summary'].target;

  doc['title'].target = 'Care for children and older people';
  doc['body/2'].target = 'A paragraph the translator rewrote.';
  // The translator confirms every segment of this document; the library keeps no segment state, so set it on the text.
  let edited = await xliff.js2xliff({ ...parsed, resources: { 'omsorg/fordjupning': doc } });
  edited = edited.replace(/<segment>/g, '<segment state="final">');
  const result = await importXliff(root, edited, new Date('2026-11-30'));
  assert.deepEqual(result.stale, []);
  assert.deepEqual(result.changed.sort(), ['omsorg/fordjupning/body/2', 'omsorg/fordjupning/title']);
  assert.deepEqual(result.reviewed, ['omsorg/fordjupning']);

  const { points, files, problems } = loadCourse(root);
  // The fixture's draft is the Swedish text, so its authority names are not yet explained: that check is not this test's.
  const importProblems = problems.filter((p) => p.file.includes('/en/') && !/at its first mention/.test(p.message));
  assert.deepEqual(importProblems, []);
  const model = buildCourseModel(points, files, 'sv');
  const en = model.resolve<Fordjupning>('en', 'omsorg', 'fordjupning')!;
  assert.equal(en.status, 'reviewed');
  assert.equal(en.file.data.title, 'Care for children and older people');
  assert.equal(en.file.data.summary, untouched);
  assert.match(en.file.body, /\n\nA paragraph the translator rewrote\.\n\n/);
});

test('a file exported before the Swedish changed is refused, naming the segments, and nothing is written', async () => {
  const root = project();
  const { xml } = await exportXliff(root, 'en');
  const svPath = join(root, 'src/content/kurs/sv/omsorg/fordjupning.mdx');
  writeFileSync(svPath, readFileSync(svPath, 'utf8').replace(/^title: .*$/m, 'title: Omsorg om barn och äldre'));
  const before = readFileSync(join(root, 'src/content/kurs/en/omsorg/fordjupning.mdx'), 'utf8');
  const result = await importXliff(root, xml.replace(/<segment state="[a-z]+">/g, '<segment state="final">'));
  assert.deepEqual(result.stale, ['omsorg/fordjupning/title']);
  assert.equal(readFileSync(join(root, 'src/content/kurs/en/omsorg/fordjupning.mdx'), 'utf8'), before);
});

test('a point\'s own texts travel too: a changed step title and sub-topic come back into punkt.yaml, still current', async () => {
  const root = project();
  const { xml } = await exportXliff(root, 'ar');
  const parsed = (await xliff.xliff2js(xml)) as { resources: Units };
  const group = parsed.resources['bostader/punkt'];
  assert.ok(group && group['subtopics.0'] && group['steps.hyran'], Object.keys(group ?? {}).join(', '));
  assert.equal(group['steps.hyran'].source, 'Att betala hyran', 'the Swedish step title is the source');
  group['subtopics.0'].target = 'عقد الإيجار (مراجَع)';
  group['steps.hyran'].target = 'دفع الإيجار (مراجَع)';
  const edited = await xliff.js2xliff({ ...parsed, resources: { 'bostader/punkt': group } });
  const result = await importXliff(root, edited, new Date('2026-11-30'));
  assert.deepEqual(result.stale, []);
  assert.deepEqual(result.changed.sort(), ['bostader/punkt/steps.hyran', 'bostader/punkt/subtopics.0']);
  const { points, files, library, problems } = loadCourse(root);
  assert.deepEqual(problems.filter((p) => p.file.includes('/ar/bostader/punkt.yaml')), []);
  const own = buildCourseModel(points, files, 'sv', undefined, library).pointText('ar', 'bostader');
  assert.equal(own.status, 'machine');
  assert.equal(own.subtopics[0], 'عقد الإيجار (مراجَع)');
  assert.equal(own.steps.get('hyran'), 'دفع الإيجار (مراجَع)');
});
