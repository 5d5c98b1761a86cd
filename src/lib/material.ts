// What a facilitator prints for the participants, per language, from one point page: the slide handouts (one per
// session) and the fördjupning as PDFs where the point is translated, and the interpreter pack (its glossary has a
// column in the interpreter's language where the fördjupning is translated).
import type { CourseModel } from './course-model.ts';
import { urls } from './paths.ts';
import { pointHandouts } from './handout-sessions.ts';

export interface MaterialRow {
  lang: string;
  /** PDFs in this language; undefined where the text exists only in Swedish. */
  handoutPdfs?: { session: number; pdf: string }[];
  fordjupningPdf?: string;
  interpreterPack?: { url: string; pdf: string; glossaryInLang: boolean };
}

export function participantMaterial(course: CourseModel, point: string, languages: readonly string[], sourceLang: string): MaterialRow[] {
  const hasManus = !!course.resolve(sourceLang, point, 'handledarmanus');
  return languages.map((lang) => {
    const own = (kind: 'bildspel' | 'fordjupning') => course.resolve(lang, point, kind)?.textLang === lang;
    return {
      lang,
      handoutPdfs: own('bildspel') ? pointHandouts(course, lang, point, sourceLang).map(({ session, pdf }) => ({ session, pdf })) : undefined,
      fordjupningPdf: own('fordjupning') ? urls.pdf(lang, point, 'fordjupning') : undefined,
      interpreterPack: hasManus
        ? { url: urls.interpreterPack(lang, point), pdf: urls.interpreterPackPdf(lang, point), glossaryInLang: lang !== sourceLang && own('fordjupning') }
        : undefined,
    };
  });
}
