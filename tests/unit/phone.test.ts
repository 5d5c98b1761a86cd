// The presenter view's clock and labels, bidi isolation, the participants' material per language, kit.json without a
// site address, and what the source download holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { isolate } from '../../src/lib/bidi.ts';
import { clock24, speakerLabelKeys, speakerLayouts } from '../../src/lib/speaker-view.ts';
import { participantMaterial } from '../../src/lib/material.ts';
import { buildCatalog, translationCounts } from '../../src/lib/catalog.ts';
import { sourceTree } from '../../src/lib/downloads.ts';
import { buildCourseModel } from '../../src/lib/course-model.ts';
import type { Point } from '../../src/lib/schema.ts';
import type { ContentFile } from '../../src/lib/validate.ts';

test('the presenter view clock is 24-hour with Latin digits', () => {
  assert.equal(clock24(new Date(2026, 10, 29, 9, 5)), '09:05');
  assert.equal(clock24(new Date(2026, 10, 29, 17, 40)), '17:40');
  assert.equal(clock24(new Date(2026, 10, 29, 0, 0)), '00:00');
});

test('every presenter view label has a UI string, and every reveal.js layout a label', () => {
  const sv = JSON.parse(readFileSync('src/i18n/sv.json', 'utf8')) as Record<string, string>;
  for (const key of speakerLabelKeys) assert.ok(sv[`speaker.${key}`], `speaker.${key}`);
  // The ids reveal.js' notes plugin offers (SPEAKER_LAYOUTS in its speaker view).
  const plugin = readFileSync('node_modules/reveal.js/dist/plugin/notes.mjs', 'utf8');
  for (const id of ['default', 'wide', 'tall', 'notes-only']) {
    assert.ok(plugin.includes(`'${id}': '`), `reveal.js still has layout ${id}`);
    assert.ok(speakerLayouts[id], id);
  }
  // The English labels the kit replaces are still where it looks for them.
  for (const selector of ['label\\">Upcoming<', 'pacing-title', 'speaker-controls-notes', 'speaker-layout-label', 'reset-button', 'clock-value']) {
    assert.ok(plugin.includes(selector), selector);
  }
});

test('isolate wraps text in first-strong isolates', () => {
  assert.equal(isolate('Hyreskontrakt'), '\u2068Hyreskontrakt\u2069');
});

const point = (slug: string, number: number) => ({ slug, number, hours: 3, title: { sv: slug }, budgetSource: 'seed', subtopics: [], soThemes: [] }) as unknown as Point;
const doc = (path: string, translation?: object, content: object = {}) => ({ file: path, data: { title: 't', reviewed: new Date('2026-11-23'), sources: [], ordlista: [], slides: [], steps: [], translation, ...content }, body: 'text' }) as unknown as ContentFile;
// Two sessions: slides a and b in the first, c in the second.
const steps = [{ id: 's1', session: 1, slides: ['a', 'b'] }, { id: 's2', session: 2, slides: ['c'] }].map((s) => ({ ...s, title: s.id, minutes: 90, kind: 'step', guide: 'g' }));
const files = [
  doc('src/content/kurs/sv/bostader/handledarmanus.mdx', undefined, { steps }),
  doc('src/content/kurs/sv/bostader/bildspel.mdx', undefined, { slides: ['a', 'b', 'c'].map((id) => ({ id, title: id, points: [], notes: 'n' })) }),
  doc('src/content/kurs/sv/bostader/fordjupning.mdx'),
  doc('src/content/kurs/ar/bostader/fordjupning.mdx', { status: 'machine', sourceHash: 'x', date: new Date('2026-11-23') }),
  doc('src/content/kurs/sv/omsorg/fordjupning.mdx'),
];
const course = buildCourseModel([point('bostader', 4), point('omsorg', 11)], files, 'sv');

test('participants\' material: PDFs only where the text is in that language, interpreter packs where there is a manus', () => {
  const rows = participantMaterial(course, 'bostader', ['sv', 'ar', 'ti'], 'sv');
  assert.deepEqual(rows.map((r) => [r.lang, r.fordjupningPdf, r.handoutPdfs, r.interpreterPack?.glossaryInLang]), [
    ['sv', '/pdf/sv/bostader-fordjupning.pdf', [1, 2].map((session) => ({ session, pdf: `/pdf/sv/bostader-bildspel-anteckningar-pass-${session}.pdf` })), false],
    ['ar', '/pdf/ar/bostader-fordjupning.pdf', undefined, true],
    ['ti', undefined, undefined, false],
  ]);
  assert.equal(rows[1].interpreterPack?.pdf, '/pdf/ar/bostader-tolkpaket.pdf');
  assert.equal(participantMaterial(course, 'omsorg', ['sv'], 'sv')[0].interpreterPack, undefined, 'no manus, no pack');
});

test('translation counts: translated documents and how many are reviewed', () => {
  assert.deepEqual(translationCounts(course, ['sv', 'ar', 'ti'], 'sv'), { total: 1, reviewed: 0 });
});

test('kit.json: relative URLs without a site address, absolute with one', () => {
  const options = { name: 'k', version: '1', date: '2026-11-29', profile: { id: 'x', name: 'X' }, languages: [{ code: 'sv', name: 'Svenska', dir: 'ltr' }], sourceLang: 'sv', pdfs: true };
  const relative = JSON.stringify(buildCatalog(course, options));
  assert.doesNotMatch(relative, /https?:\/\//);
  assert.match(relative, /"url":"\/sv\/bostader\/fordjupning\/"/);
  // The bildspel lists one handout per session of the manus, with that session's slides.
  const deck = buildCatalog(course, options).points[0].documents.find((d) => d.kind === 'bildspel')!;
  assert.deepEqual(deck.handouts, steps.map((step) => ({ session: step.session, slides: step.slides, url: `/sv/bostader/bildspel/utskrift/pass-${step.session}/`, pdf: `/pdf/sv/bostader-bildspel-anteckningar-pass-${step.session}.pdf` })));
  assert.equal('pdf' in deck, false, 'no whole-deck PDF');
  const absolute = buildCatalog(course, { ...options, site: 'https://kurs.example.se/' });
  assert.equal(absolute.downloads[0].url, 'https://kurs.example.se/nedladdning/kursverktyg-pdf-sv.zip');
});

test('the source download names everything a build needs, and every name exists', () => {
  for (const file of ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'README.md', 'ANPASSA.md', 'CHANGELOG.md']) {
    assert.ok((sourceTree.files as readonly string[]).includes(file), file);
  }
  for (const folder of ['src', 'scripts', 'tests', 'public']) assert.ok((sourceTree.folders as readonly string[]).includes(folder), folder);
  for (const path of [...sourceTree.files, ...sourceTree.folders]) assert.ok(existsSync(path), path);
});
