// Checks across files that a single file's schema cannot see: layout of paths, budgets, slide references and translations.
import { budgetProblems } from './budget.ts';
import { contentPathRule, parseContentPath } from './paths.ts';
import { referenceProblems, type ContentLibrary } from './references.ts';
import { sourceHash } from './translation.ts';
import { translationProblems, missingItems } from './translation-checks.ts';
import { factHash } from './facts.ts';
import { pointSource, pointTextProblems, pointTextFile } from './point-text.ts';
import { documentKinds, type Bildspel, type DocumentData, type Fordjupning, type Handledarmanus, type Point } from './schema.ts';

export interface ContentFile {
  /** Path relative to the project, e.g. src/content/kurs/sv/bostader/bildspel.mdx */
  file: string;
  data: DocumentData;
  body: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

export function validateCourse(
  points: readonly Point[],
  files: readonly ContentFile[],
  languages: readonly string[],
  sourceLang: string,
  icons?: ReadonlySet<string>,
  library?: ContentLibrary,
): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const pointBySlug = new Map(points.map((p) => [p.slug, p]));
  const byKey = new Map<string, ContentFile>();

  for (const file of files) {
    const where = parseContentPath(file.file);
    if (!where) {
      add(file.file, 'path', contentPathRule);
      continue;
    }
    if (!languages.includes(where.lang)) add(file.file, 'path (language folder)', `unknown language "${where.lang}"; known: ${languages.join(', ')}`);
    if (!pointBySlug.has(where.point)) add(file.file, 'path (point folder)', `no point with slug "${where.point}" in src/content/points`);
    if (!(documentKinds as readonly string[]).includes(where.kind)) add(file.file, 'path (file name)', `unknown document "${where.kind}"; known: ${documentKinds.join(', ')}`);
    byKey.set(`${where.lang}/${where.point}/${where.kind}`, file);
  }

  for (const point of points) {
    const slugs = points.filter((p) => p.number === point.number);
    if (slugs.length > 1) add(`src/content/points/${point.slug}.yaml`, 'number', `point number ${point.number} is used by ${slugs.map((p) => p.slug).join(' and ')}`);
  }

  for (const [key, file] of byKey) {
    const [lang, slug, kind] = key.split('/');
    const point = pointBySlug.get(slug);
    const source = byKey.get(`${sourceLang}/${slug}/${kind}`);
    if (kind === 'bildspel' && icons) {
      (file.data as Bildspel).slides.forEach((slide, i) => {
        if (!icons.has(slide.icon)) add(file.file, `slides[${i}].icon`, `no icon "${slide.icon}" in lucide-static`);
      });
    }
    if (lang === sourceLang) {
      if (file.data.translation) add(file.file, 'translation', `the ${sourceLang} source is not a translation; remove this field`);
    } else if (!source) {
      add(file.file, 'path', `translates ${sourceLang}/${slug}/${kind}.mdx, which does not exist`);
    } else {
      if (!file.data.translation) add(file.file, 'translation', 'a translation must record status, sourceHash and date');
      // An outdated translation keeps the structure of the source it was made from; the site marks it outdated.
      const current = file.data.translation?.sourceHash === sourceHash(source.data as never, source.body);
      if (kind === 'bildspel' && current) {
        const mine = (file.data as Bildspel).slides.map((s) => s.id).join(',');
        const theirs = (source.data as Bildspel).slides.map((s) => s.id).join(',');
        if (mine !== theirs) add(file.file, 'slides', `slide ids must match the source's in the same order: ${theirs}`);
      }
      if (kind === 'fordjupning' && current) {
        const terms = new Set((source.data as Fordjupning).ordlista.map((o) => o.term));
        (file.data as Fordjupning).ordlista.forEach((o, i) => {
          if (!terms.has(o.term)) add(file.file, `ordlista[${i}].term`, `"${o.term}" is not a term of the Swedish ordlista`);
        });
      }
      // Outdated translations are shown as outdated instead; only a current one must keep every number and name.
      if (current) problems.push(...translationProblems(file, source, library?.termbases.get(lang)?.terms));
    }
    if (kind === 'handledarmanus' && point) {
      const manus = file.data as Handledarmanus;
      for (const problem of budgetProblems(manus.steps, point.hours)) add(file.file, problem.field, problem.message);
      const deck = byKey.get(`${sourceLang}/${slug}/bildspel`);
      const slideIds = new Set(deck ? (deck.data as Bildspel).slides.map((s) => s.id) : []);
      manus.steps.forEach((step, i) => {
        step.slides.forEach((slideId, j) => {
          if (!slideIds.has(slideId)) add(file.file, `steps[${i}].slides[${j}]`, `no slide "${slideId}" in the point's bildspel`);
        });
      });
      const used = new Set(manus.steps.flatMap((s) => s.slides));
      for (const slideId of slideIds) if (!used.has(slideId)) add(file.file, 'steps', `slide "${slideId}" of the bildspel is used by no step`);
    }
  }
  if (library) {
    problems.push(...referenceProblems(files, library, sourceLang));
    for (const text of library.pointTexts?.values() ?? []) {
      const point = pointBySlug.get(text.point);
      if (!point) {
        add(pointTextFile(text.lang, text.point), 'path (point folder)', `no point with slug "${text.point}" in src/content/points`);
        continue;
      }
      problems.push(...pointTextProblems(text, pointSource(point, files, sourceLang)));
    }
    for (const own of library.factTranslations.values()) {
      const fact = library.facts.get(own.id);
      if (!fact || own.translation.sourceHash !== factHash(fact)) continue;
      const file = `src/content/fakta/${own.lang}/${own.id}.yaml`;
      // The claim must keep its own numbers; the value is shown where content asks for it, from the translation or the fact.
      const lost = [...missingItems([{ field: 'claim', text: fact.claim }], own.claim), ...missingItems([{ field: 'value', text: fact.value ?? '' }], own.value ?? fact.value ?? '')];
      for (const m of lost) {
        add(file, m.field, `the Swedish ${m.field} has the ${m.item.kind} "${m.item.text}", which the translation lost`);
      }
    }
  }
  return problems;
}
