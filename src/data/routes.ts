// Static paths shared by the pages: every language × every point, and the documents that exist for them.
import { getEntry, render, type CollectionKey } from 'astro:content';
import { langCodes, type Lang } from '../i18n/languages.ts';
import type { ResolvedDocument } from '../lib/course-model.ts';
import type { DocumentData, DocumentKind, Point } from '../lib/schema.ts';
import { getCourse } from './course.ts';

export async function languagePaths() {
  return langCodes.map((lang) => ({ params: { lang }, props: { lang } }));
}

export async function pointPaths() {
  const course = await getCourse();
  return langCodes.flatMap((lang) => course.points.map((point) => ({ params: { lang, point: point.slug }, props: { lang, point } })));
}

export interface DocumentPageProps<T extends DocumentData> {
  lang: Lang;
  point: Point;
  doc: ResolvedDocument<T>;
}

/** One page per language and point whose Swedish source exists; other languages fall back to it. */
export async function documentPaths<T extends DocumentData>(kind: DocumentKind) {
  const course = await getCourse();
  return langCodes.flatMap((lang) =>
    course.points.flatMap((point) => {
      const doc = course.resolve<T>(lang, point.slug, kind);
      return doc ? [{ params: { lang, point: point.slug }, props: { lang, point, doc } satisfies DocumentPageProps<T> }] : [];
    }),
  );
}

/** The MDX body of a resolved document, ready to render. */
export async function renderDocument(doc: ResolvedDocument) {
  const entry = await getEntry(doc.kind as CollectionKey, doc.file.file);
  if (!entry) throw new Error(`${doc.file.file}: not found in collection ${doc.kind}`);
  return render(entry as never);
}
