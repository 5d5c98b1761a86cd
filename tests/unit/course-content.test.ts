// The course itself: all 15 points written in Swedish to the lesson template, budgets and readability within limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langCodes, sourceLang } from '../../src/i18n/languages.ts';
import { totalMinutes } from '../../src/lib/budget.ts';
import { buildCourseModel } from '../../src/lib/course-model.ts';
import { lix } from '../../src/lib/lix.ts';
import { documentProse } from '../../src/lib/prose.ts';
import type { Bildspel, Fordjupning, Handledarmanus } from '../../src/lib/schema.ts';
import { loadCourse } from '../../scripts/content.ts';
import { kitConfig } from '../../kit.config.ts';

const { points, files, problems, library } = loadCourse();
const course = buildCourseModel(points, files, sourceLang, undefined, library);
const manusHeadings = ['Syfte', 'Förberedelser', 'Övning', 'Diskussionsfrågor', 'Studiebesök', 'Att arbeta med tolk', 'Värderingar'];

test('the content is valid and the course adds up to 85.5 hours of sessions and at least 100 with study visits', () => {
  assert.deepEqual(problems, []);
  assert.equal(course.points.length, 15);
  assert.equal(course.totalHours, 85.5);
  // Computed from each point's visit hours, never written by hand: the förordning (2010:1138) asks for 100 hours.
  assert.equal(course.visitHours, points.reduce((sum, p) => sum + (p.visit?.hours ?? 0), 0));
  assert.ok(course.visitHours > 0);
  assert.ok(course.totalHoursWithVisits >= 100, `${course.totalHoursWithVisits} hours with visits`);
});

for (const point of course.points) {
  test(`point ${point.number} (${point.slug}) follows the lesson template in Swedish`, () => {
    const manus = course.resolve<Handledarmanus>(sourceLang, point.slug, 'handledarmanus');
    const deck = course.resolve<Bildspel>(sourceLang, point.slug, 'bildspel');
    const text = course.resolve<Fordjupning>(sourceLang, point.slug, 'fordjupning');
    assert.ok(manus && deck && text, 'all three Swedish documents exist');

    const steps = manus.file.data.steps;
    assert.equal(totalMinutes(steps), point.hours * 60, 'steps add up to the budget');
    for (const step of steps.filter((s) => s.kind === 'step')) assert.ok(step.guide && step.question, `step ${step.id} has a guide and a question`);
    for (const heading of manusHeadings) assert.match(manus.file.body, new RegExp(`^## ${heading}`, 'm'), `manus has "## ${heading}"`);
    assert.ok(lix(documentProse(manus.file.data, manus.file.body)).lix < kitConfig.lix.handledarmanus, 'manus LIX under the limit');

    const minutes = point.hours * 60;
    const slides = deck.file.data.slides.length;
    // With consecutive interpreting a slide stays up 6–20 minutes: picture slides are quick, discussion slides long.
    assert.ok(slides >= Math.max(8, Math.floor(minutes / 20)) && slides <= Math.ceil(minutes / 6), `${slides} slides for ${minutes} minutes`);
    for (const step of steps.filter((s) => s.kind === 'step')) assert.ok(step.priority, `step ${step.id} is core or optional`);
    for (const slide of deck.file.data.slides) assert.ok(slide.notes.length > 20, `slide ${slide.id} has notes`);

    const ordlista = text.file.data.ordlista.length;
    // Every word a participant must know to follow the text is explained (issue 8), so a long text has a longer list.
    assert.ok(ordlista >= 8 && ordlista <= 25, `${ordlista} words in the ordlista`);
    assert.ok(lix(documentProse(text.file.data, text.file.body)).lix < kitConfig.lix.fordjupning, 'fördjupning LIX under the limit');
    for (const doc of [manus, deck, text]) assert.ok(doc.file.data.sources.length > 0, `${doc.kind} names its sources`);
  });
}

test('every point has its fördjupning, bildspel and point texts (subtopics, visit, step titles) in every participant language, current with the Swedish', () => {
  const gaps: string[] = [];
  for (const point of course.points) {
    for (const lang of langCodes.filter((l) => l !== sourceLang)) {
      const own = course.pointText(lang, point.slug);
      if (own.textLang !== lang) gaps.push(`${lang}/${point.slug}/punkt.yaml: missing`);
      else if (own.status === 'outdated') gaps.push(`${lang}/${point.slug}/punkt.yaml: outdated`);
      for (const kind of ['fordjupning', 'bildspel'] as const) {
        const doc = course.resolve(lang, point.slug, kind);
        if (!doc || doc.textLang !== lang) gaps.push(`${lang}/${point.slug}/${kind}: missing`);
        else if (doc.status === 'outdated') gaps.push(`${lang}/${point.slug}/${kind}: outdated`);
      }
    }
  }
  assert.ok(langCodes.length >= 8);
  // An outdated draft is still shown, with a notice; here it means: translate the Swedish change and re-stamp.
  assert.deepEqual(gaps, []);
});
