// The course as the site shows it: which document each language gets, and in what state. Pure: takes entries, returns a model.
import { translationStatus, sourceHash, type TranslationStatus } from './translation.ts';
import { parseContentPath } from './paths.ts';
import type { DocumentData, DocumentKind, Point } from './schema.ts';
import type { ContentFile } from './validate.ts';

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
  totalHours: number;
  resolve<T extends DocumentData>(lang: string, point: string, kind: DocumentKind): ResolvedDocument<T> | undefined;
  completeness(point: string, languages: readonly string[]): Completeness;
}

/**
 * `present` turns stored data into what readers see (the municipality profile filled in); hashes are always taken
 * from the stored text, so a municipality's own build does not mark every translation outdated.
 */
export function buildCourseModel(points: readonly Point[], files: readonly ContentFile[], sourceLang: string, present: <T>(data: T) => T = (data) => data): CourseModel {
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

  const resolve = <T extends DocumentData>(lang: string, point: string, kind: DocumentKind): ResolvedDocument<T> | undefined => {
    const hash = hashOf(point, kind);
    if (!hash) return undefined;
    const own = byKey.get(`${lang}/${point}/${kind}`);
    const stored = (own ?? byKey.get(`${sourceLang}/${point}/${kind}`))!;
    const file = { ...stored, data: present(stored.data) } as ContentFile & { data: T };
    const status = own ? translationStatus(own.data.translation, hash, lang === sourceLang) : 'missing';
    return { kind, point, lang, textLang: own ? lang : sourceLang, file, status, sourceHash: hash };
  };

  const sorted = [...points].sort((a, b) => a.number - b.number);
  return {
    points: sorted,
    totalHours: sorted.reduce((sum, p) => sum + p.hours, 0),
    resolve,
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
