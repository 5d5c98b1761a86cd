// XLIFF 2.0 export and import of one language's translatable text, through the `xliff` library. One <file> per
// document (point/kind), one per point's own texts (point/punkt), one per fact, one for the UI strings; one unit per segment with the Swedish source,
// the current target, the segment's state, notes with its source hash and the termbase entries it mentions.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import xliff from 'xliff';
import { parseDocument, type Scalar } from 'yaml';
import { sourceLang } from '../src/i18n/languages.ts';
import { contentPath } from '../src/lib/paths.ts';
import { sourceHash } from '../src/lib/translation.ts';
import { factHash } from '../src/lib/facts.ts';
import { pointSource, pointTextFile, pointTextHash } from '../src/lib/point-text.ts';
import { documentPairs, segmentHash, splitBody, termNote, toSegments, type Location, type Segment, type SegmentState } from '../src/lib/segments.ts';
import { loadCourse, splitFrontMatter } from './content.ts';
import type { DocumentKind } from '../src/lib/schema.ts';

const translatedKinds: DocumentKind[] = ['bildspel', 'fordjupning'];
const hashNote = 'sourceHash: ';

interface Group {
  /** e.g. bostader/fordjupning, fakta/bosattningskrav-formaner, ui */
  id: string;
  /** The target file, relative to the root. */
  file: string;
  segments: (Segment & { at?: Location })[];
}

/** Every segment of a language, grouped by the file it is written back to. */
export function languageSegments(root: string, lang: string): Group[] {
  const { files, library, points: pointList } = loadCourse(root);
  const terms = library.termbases.get(lang)?.terms ?? [];
  const groups: Group[] = [];
  const points = [...new Set(files.map((f) => f.file.split('/')[4]))].sort();
  for (const point of points) {
    for (const kind of translatedKinds) {
      const sv = files.find((f) => f.file === contentPath(sourceLang, point, kind));
      const own = files.find((f) => f.file === contentPath(lang, point, kind));
      if (!sv || !own) continue;
      const status = own.data.translation?.sourceHash === sourceHash(sv.data as never, sv.body) ? own.data.translation.status : 'outdated';
      const pairs = documentPairs(sv.data as never, sv.body, own.data as never, own.body);
      const segments = toSegments(pairs, status, terms).map((s, i) => ({ ...s, at: pairs[i].at }));
      groups.push({ id: `${point}/${kind}`, file: own.file, segments });
    }
  }
  // A point's sub-topics, visit and step titles (kurs/<lang>/<point>/punkt.yaml).
  for (const point of pointList) {
    const own = library.pointTexts?.get(`${lang}/${point.slug}`);
    if (!own) continue;
    const source = pointSource(point, files, sourceLang);
    const status = own.translation.sourceHash === pointTextHash(source) ? own.translation.status : 'outdated';
    const pairs = [
      ...source.subtopics.map((text, i) => ({ id: `subtopics.${i}`, source: text, target: own.subtopics[i], at: { yaml: ['subtopics', i] } as Location })),
      ...(source.visit ? [{ id: 'visit', source: source.visit, target: own.visit, at: { yaml: ['visit'] } as Location }] : []),
      ...source.steps.map((step) => ({ id: `steps.${step.id}`, source: step.title, target: own.steps[step.id], at: { yaml: ['steps', step.id] } as Location })),
    ];
    groups.push({ id: `${point.slug}/punkt`, file: pointTextFile(lang, point.slug), segments: toSegments(pairs, status, terms).map((s, i) => ({ ...s, at: pairs[i].at })) });
  }
  for (const fact of library.facts.values()) {
    const own = library.factTranslations.get(`${lang}/${fact.id}`);
    if (!own) continue;
    const status = own.translation.sourceHash === factHash(fact) ? own.translation.status : 'outdated';
    const pairs = [{ id: 'claim', source: fact.claim, target: own.claim, at: { yaml: ['claim'] } as Location }];
    groups.push({ id: `fakta/${fact.id}`, file: `src/content/fakta/${lang}/${fact.id}.yaml`, segments: toSegments(pairs, status, terms).map((s) => ({ ...s, at: pairs[0].at })) });
  }
  const uiFile = `src/i18n/${lang}.json`;
  const sv = JSON.parse(readFileSync(join(root, `src/i18n/${sourceLang}.json`), 'utf8')) as Record<string, string>;
  const ui = existsSync(join(root, uiFile)) ? (JSON.parse(readFileSync(join(root, uiFile), 'utf8')) as Record<string, string>) : {};
  const uiPairs = Object.entries(sv).map(([key, source]) => ({ id: key, source, target: ui[key], at: { yaml: [key] } as Location }));
  groups.push({ id: 'ui', file: uiFile, segments: toSegments(uiPairs, 'machine', terms).map((s, i) => ({ ...s, at: uiPairs[i].at })) });
  return groups;
}

/** The XLIFF 2.0 text for a language. */
export async function exportXliff(root: string, lang: string): Promise<{ xml: string; segments: number }> {
  const groups = languageSegments(root, lang);
  const resources: Record<string, Record<string, { source: string; target?: string; note: string[]; additionalAttributes: Record<string, string> }>> = {};
  const states: SegmentState[] = [];
  for (const group of groups) {
    resources[group.id] = {};
    for (const s of group.segments) {
      resources[group.id][s.id] = {
        source: s.source,
        ...(s.target !== undefined ? { target: s.target } : {}),
        note: [`${hashNote}${s.hash}`, ...s.terms.map(termNote)],
        additionalAttributes: { name: `${group.id}/${s.id}` },
      };
      states.push(s.state);
    }
  }
  const xml = (await xliff.js2xliff({ sourceLanguage: sourceLang, targetLanguage: lang, resources })) as string;
  // The library writes <segment> without attributes; XLIFF 2.0 keeps the state there, one segment per unit in order.
  let n = 0;
  return { xml: xml.replace(/<segment>/g, () => `<segment state="${states[n++]}">`), segments: states.length };
}

export interface ImportResult {
  stale: string[];
  changed: string[];
  reviewed: string[];
}

/** Writes the file's targets back. Refuses (writes nothing) when a segment's Swedish source changed since the export. */
export async function importXliff(root: string, xml: string, today = new Date()): Promise<ImportResult> {
  const parsed = (await xliff.xliff2js(xml)) as { targetLanguage: string; resources: Record<string, Record<string, { source: string; target?: string; note?: string | string[]; additionalAttributes?: Record<string, string> }>> };
  const lang = parsed.targetLanguage;
  // Segment states, read in document order beside the library's parse (which keeps only source, target and notes).
  const stateOf = new Map<string, string>();
  for (const m of xml.matchAll(/<unit\b[^>]*\bname="([^"]*)"[^>]*>[\s\S]*?<segment\b([^>]*)>/g)) {
    stateOf.set(m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'), m[2].match(/state="([a-z]+)"/)?.[1] ?? 'initial');
  }
  const groups = new Map(languageSegments(root, lang).map((g) => [g.id, g]));
  const stale: string[] = [];
  for (const [groupId, units] of Object.entries(parsed.resources)) {
    for (const [id, unit] of Object.entries(units)) {
      const notes = ([] as string[]).concat(unit.note ?? []);
      const hash = notes.find((n) => n.startsWith(hashNote))?.slice(hashNote.length);
      const current = groups.get(groupId)?.segments.find((s) => s.id === id);
      if (!current || current.hash !== hash || segmentHash(current.source) !== hash) stale.push(`${groupId}/${id}`);
    }
  }
  const result: ImportResult = { stale, changed: [], reviewed: [] };
  if (stale.length > 0) return result;

  for (const [groupId, units] of Object.entries(parsed.resources)) {
    const group = groups.get(groupId)!;
    const path = join(root, group.file);
    const confirmed = (id: string) => ['reviewed', 'final'].includes(stateOf.get(`${groupId}/${id}`) ?? '');
    const edits = group.segments.flatMap((s) => {
      const target = units[s.id]?.target;
      if (target === undefined || !s.at || target.trim() === (s.target ?? '').trim()) return [];
      return [{ s, target }];
    });
    const allConfirmed = group.segments.every((s) => confirmed(s.id));
    const anyConfirmed = group.segments.some((s) => confirmed(s.id));
    if (edits.length === 0 && !(allConfirmed && anyConfirmed)) continue;
    result.changed.push(...edits.map((e) => `${groupId}/${e.s.id}`));
    if (groupId === 'ui') {
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
      for (const { s, target } of edits) json[s.id] = target;
      writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const isMdx = group.file.endsWith('.mdx');
    const { frontMatter, body } = isMdx ? splitFrontMatter(text) : { frontMatter: text, body: '' };
    const doc = parseDocument(frontMatter);
    const split = splitBody(body);
    const blocks = [...split.blocks];
    for (const { s, target } of edits) {
      if ('block' in s.at!) blocks[s.at.block] = target.trim();
      else doc.setIn(s.at!.yaml, target);
    }
    // A document with every segment in place now translates the current Swedish: stamp it, reviewed when the
    // translator confirmed every segment. One whose structure differs keeps its state (the check still names it).
    const complete = group.segments.every((s) => s.at && (units[s.id]?.target ?? s.target) !== undefined);
    if (!complete) {
      writeFileSync(path, isMdx ? `---\n${doc.toString({ lineWidth: 0 })}---\n${split.join(blocks)}` : doc.toString({ lineWidth: 0 }));
      continue;
    }
    const status = allConfirmed ? 'reviewed' : 'machine';
    if (allConfirmed) result.reviewed.push(groupId);
    doc.setIn(['translation', 'status'], status);
    // Quoted, as the stamp script writes it: an all-digit hash must stay a string.
    const hash = doc.createNode(currentHash(root, groupId)) as Scalar;
    hash.type = 'QUOTE_DOUBLE';
    doc.setIn(['translation', 'sourceHash'], hash);
    doc.setIn(['translation', 'date'], today.toISOString().slice(0, 10));
    const front = doc.toString({ lineWidth: 0 });
    writeFileSync(path, isMdx ? `---\n${front}---\n${split.join(blocks)}` : front);
  }
  return result;
}

function currentHash(root: string, groupId: string): string {
  const { files, library, points } = loadCourse(root);
  if (groupId.startsWith('fakta/')) return factHash(library.facts.get(groupId.slice(6))!);
  const [point, kind] = groupId.split('/');
  if (kind === 'punkt') return pointTextHash(pointSource(points.find((p) => p.slug === point)!, files, sourceLang));
  const sv = files.find((f) => f.file === contentPath(sourceLang, point, kind as DocumentKind))!;
  return sourceHash(sv.data as never, sv.body);
}
