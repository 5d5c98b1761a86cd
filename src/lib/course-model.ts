// The course as the site shows it: which document each language gets, and in what state. Pure: takes entries, returns a model.
import { translationStatus, sourceHash, type TranslationStatus } from './translation.ts';
import { parseContentPath } from './paths.ts';
import type { Bildspel, DocumentData, DocumentKind, Point } from './schema.ts';
import type { ContentFile } from './validate.ts';
import type { ContentLibrary } from './references.ts';
import { factReferences } from './facts.ts';
import type { Fact } from './schema.ts';
import { fillProfileDeep, type Profile } from './profile.ts';
import { fillFacts } from './facts.ts';
import { pointSource, resolvePointText, type ResolvedPointText } from './point-text.ts';

export interface ResolvedDocument<T extends DocumentData = DocumentData> {
  kind: DocumentKind;
  point: string;
  /** The language the page is for. */
  lang: string;
  /** The language the text is in: the page's language, or the source language as a fallback. */
  textLang: string;
  file: ContentFile & { data: T };
  status: TranslationStatus;
  sourceHash: string;
}

/** complete: all three documents in Swedish and the participants' two in every language; swedish: Swedish only. */
export type Completeness = 'complete' | 'swedish' | 'partial' | 'planned';

export interface CourseModel {
  points: Point[];
  /** Hours of sessions. */
  totalHours: number;
  /** Hours of study visits, from each point's `visit`. */
  visitHours: number;
  /** Sessions and study visits together: what counts towards the förordning's 100 hours. */
  totalHoursWithVisits: number;
  /** The facts a point's Swedish documents use, for the facilitator to check before a course. */
  factsFor(point: string): Fact[];
  facts: Fact[];
  resolve<T extends DocumentData>(lang: string, point: string, kind: DocumentKind): ResolvedDocument<T> | undefined;
  /** A point's subtopics, visit and step titles in the reader's language, or in Swedish (src/lib/point-text.ts). */
  pointText(lang: string, point: string): ResolvedPointText;
  completeness(point: string, languages: readonly string[]): Completeness;
}

/**
 * `present` turns stored data into what readers see (the municipality profile filled in); hashes are always taken
 * from the stored text, so a municipality's own build does not mark every translation outdated.
 */
export function buildCourseModel(
  points: readonly Point[],
  files: readonly ContentFile[],
  sourceLang: string,
  /** Turns stored data into what readers of `textLang` see (profile and facts filled in). */
  present: <T>(data: T, textLang: string) => T = (data) => data,
  library?: Pick<ContentLibrary, 'facts' | 'pointTexts'>,
): CourseModel {
  const byKey = new Map<string, ContentFile>();
  for (const file of files) {
    const where = parseContentPath(file.file);
    if (where) byKey.set(`${where.lang}/${where.point}/${where.kind}`, file);
  }
  const hashes = new Map<string, string>();
  const hashOf = (point: string, kind: DocumentKind) => {
    const key = `${point}/${kind}`;
    const source = byKey.get(`${sourceLang}/${key}`);
    if (!source) return undefined;
    if (!hashes.has(key)) hashes.set(key, sourceHash(source.data as never, source.body));
    return hashes.get(key);
  };

  // A translated slide without a picture of its own shows the Swedish slide's picture, its alt text marked Swedish.
  const withSourcePictures = (deck: Bildspel, point: string): Bildspel => {
    const source = byKey.get(`${sourceLang}/${point}/bildspel`)?.data as Bildspel | undefined;
    const pictures = new Map((source?.slides ?? []).map((s) => [s.id, s.picture]));
    return {
      ...deck,
      slides: deck.slides.map((slide) => {
        const picture = pictures.get(slide.id);
        return slide.picture || !picture ? slide : { ...slide, picture: { ...picture, altLang: sourceLang } };
      }),
    };
  };

  // Pages ask for the same documents again and again (every point page lists its languages); present once.
  const resolved = new Map<string, ResolvedDocument<DocumentData> | undefined>();
  const resolve = <T extends DocumentData>(lang: string, point: string, kind: DocumentKind): ResolvedDocument<T> | undefined => {
    const key = `${lang}/${point}/${kind}`;
    if (!resolved.has(key)) resolved.set(key, resolveOnce(lang, point, kind));
    return resolved.get(key) as ResolvedDocument<T> | undefined;
  };
  const resolveOnce = (lang: string, point: string, kind: DocumentKind): ResolvedDocument<DocumentData> | undefined => {
    const hash = hashOf(point, kind);
    if (!hash) return undefined;
    const own = byKey.get(`${lang}/${point}/${kind}`);
    const stored = (own ?? byKey.get(`${sourceLang}/${point}/${kind}`))!;
    const data = present(stored.data, own ? lang : sourceLang);
    const file = { ...stored, data: own && lang !== sourceLang && kind === 'bildspel' ? withSourcePictures(data as never, point) : data } as ContentFile;
    const status = own ? translationStatus(own.data.translation, hash, lang === sourceLang) : 'missing';
    return { kind, point, lang, textLang: own ? lang : sourceLang, file, status, sourceHash: hash };
  };

  const sorted = [...points].sort((a, b) => a.number - b.number);
  const totalHours = sorted.reduce((sum, p) => sum + p.hours, 0);
  const visitHours = sorted.reduce((sum, p) => sum + (p.visit?.hours ?? 0), 0);
  const facts = library?.facts ?? new Map<string, Fact>();
  const factsFor = (point: string) => {
    const ids = new Set<string>();
    for (const kind of ['handledarmanus', 'bildspel', 'fordjupning'] as const) {
      const file = byKey.get(`${sourceLang}/${point}/${kind}`);
      if (file) for (const ref of factReferences([file.body, file.data])) ids.add(ref.id);
    }
    return [...ids].flatMap((id) => (facts.has(id) ? [facts.get(id)!] : []));
  };
  return {
    points: sorted,
    totalHours,
    visitHours,
    totalHoursWithVisits: totalHours + visitHours,
    factsFor,
    facts: [...facts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    resolve,
    pointText(lang, point) {
      const source = pointSource(sorted.find((p) => p.slug === point)!, files, sourceLang);
      return resolvePointText(lang, sourceLang, source, library?.pointTexts?.get(`${lang}/${point}`));
    },
    completeness(point, languages) {
      const kinds: DocumentKind[] = ['handledarmanus', 'bildspel', 'fordjupning'];
      if (!kinds.every((kind) => byKey.has(`${sourceLang}/${point}/${kind}`))) {
        return kinds.some((kind) => byKey.has(`${sourceLang}/${point}/${kind}`)) ? 'partial' : 'planned';
      }
      const translated = languages.every((lang) => (['bildspel', 'fordjupning'] as const).every((kind) => byKey.has(`${lang}/${point}/${kind}`)));
      return translated ? 'complete' : 'swedish';
    },
  };
}

/** What readers of `textLang` see of stored data: the profile and the facts filled in. The pages and the Office stage share it. */
export function presentFor(profile: Profile, library: Pick<ContentLibrary, 'facts' | 'factTranslations'>) {
  return <T>(data: T, textLang: string): T => fillProfileDeep(data, profile, (text) => fillFacts(text, library.facts, textLang, library.factTranslations));
}
