// A point's texts in the reader's language: what it covers, its study visit and the step titles the interpreter pack
// shows. The Swedish lives in points/<point>.yaml and the Swedish handledarmanus; translations in
// kurs/<lang>/<point>/punkt.yaml. Pure: data in, problems or the resolved text out.
import { createHash } from 'node:crypto';
import { contentPath } from './paths.ts';
import type { Handledarmanus, Point, PointText, Step } from './schema.ts';
import type { TranslationStatus } from './translation.ts';
import type { Problem } from './validate.ts';
import { missingItems } from './translation-checks.ts';

/** What a translator translates, from the Swedish: subtopics, the visit, and each titled step (id → title). */
export interface PointSource {
  subtopics: readonly string[];
  visit?: string;
  steps: readonly Pick<Step, 'id' | 'title'>[];
}

export const pointTextFile = (lang: string, point: string) => `src/content/kurs/${lang}/${point}/punkt.yaml`;

/** The Swedish a point's punkt.yaml translates: the point file's sub-topics and visit, the Swedish manus's steps. */
export function pointSource(point: Point, files: readonly { file: string; data: unknown }[], sourceLang: string): PointSource {
  const manus = files.find((f) => f.file === contentPath(sourceLang, point.slug, 'handledarmanus'))?.data as Handledarmanus | undefined;
  return { subtopics: point.subtopics, visit: point.visit?.what, steps: manus?.steps ?? [] };
}

export function pointTextHash(source: PointSource): string {
  const canonical = { subtopics: source.subtopics.map((s) => s.trim()), visit: source.visit?.trim() ?? '', steps: source.steps.map((s) => [s.id, s.title.trim()]) };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}

/** A current translation must have the source's shape and keep its numbers and names; an outdated one is shown as such. */
export function pointTextProblems(text: PointText, source: PointSource): Problem[] {
  const file = pointTextFile(text.lang, text.point);
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  if (text.translation.sourceHash !== pointTextHash(source)) return problems;
  if (text.subtopics.length !== source.subtopics.length) add('subtopics', `has ${text.subtopics.length} entries; the Swedish has ${source.subtopics.length}`);
  if (Boolean(text.visit) !== Boolean(source.visit)) add('visit', source.visit ? 'the Swedish point has a study visit: translate it' : 'the Swedish point has no study visit');
  const ids = source.steps.map((s) => s.id);
  for (const id of ids) if (!(id in text.steps)) add(`steps.${id}`, 'missing: every step of the Swedish handledarmanus needs its title');
  for (const id of Object.keys(text.steps)) if (!ids.includes(id)) add(`steps.${id}`, `no step "${id}" in the Swedish handledarmanus`);
  const pairs: [string, string, string][] = [
    ...source.subtopics.map((s, i) => [`subtopics[${i}]`, s, text.subtopics[i] ?? ''] as [string, string, string]),
    ...(source.visit ? [['visit', source.visit, text.visit ?? ''] as [string, string, string]] : []),
    ...source.steps.map((s) => [`steps.${s.id}`, s.title, text.steps[s.id] ?? ''] as [string, string, string]),
  ];
  for (const [field, sv, own] of pairs) {
    for (const m of missingItems([{ field, text: sv }], own)) add(field, `the Swedish has the ${m.item.kind} "${m.item.text}", which the translation lost`);
  }
  return problems;
}

export interface ResolvedPointText {
  /** The language the texts are in: the reader's, or Swedish when there is no translation. */
  textLang: string;
  status: TranslationStatus;
  subtopics: readonly string[];
  visit?: string;
  /** Step titles in textLang, by step id (only when textLang is not Swedish). */
  steps: ReadonlyMap<string, string>;
}

export function resolvePointText(lang: string, sourceLang: string, source: PointSource, text: PointText | undefined): ResolvedPointText {
  if (lang === sourceLang || !text) {
    return { textLang: sourceLang, status: lang === sourceLang ? 'source' : 'missing', subtopics: source.subtopics, visit: source.visit, steps: new Map() };
  }
  const status: TranslationStatus = text.translation.sourceHash === pointTextHash(source) ? text.translation.status : 'outdated';
  return { textLang: lang, status, subtopics: text.subtopics, visit: text.visit, steps: new Map(Object.entries(text.steps)) };
}
