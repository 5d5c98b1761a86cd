// kit.json: a machine-readable catalogue of every point, language and document. Documented in README.md ("kit.json").
import { hasBilingual } from './bilingual.ts';
import { documentProse } from './prose.ts';
import { lix } from './lix.ts';
import { isoDate } from './format.ts';
import { urls } from './paths.ts';
import { downloadFiles } from './downloads.ts';
import { documentKinds, type Bildspel, type Handledarmanus } from './schema.ts';
import type { CourseModel } from './course-model.ts';
import { pictureCoverage } from './pictures.ts';
import { fillFactTags } from './facts.ts';
import { hasOfficeFile, officePath } from './office.ts';
import { pointHandouts } from './handout-sessions.ts';

export interface CatalogOptions {
  name: string;
  version: string;
  date: string;
  profile: { id: string; name: string };
  /** The site's address; without one, every URL is relative to the site root ("/sv/kurs/"). */
  site?: string;
  languages: readonly { code: string; name: string; dir: string }[];
  sourceLang: string;
  /** The profile's optional local modules, counted beside the sessions and study visits. */
  localModules?: readonly { title: string; hours: number }[];
  /** Whether this build printed its PDFs (the addresses are listed either way; `pdfsPrinted` says if they exist). */
  pdfs: boolean;
}

export function buildCatalog(course: CourseModel, options: CatalogOptions) {
  const abs = (path: string) => (options.site ? new URL(path, options.site).href : path);
  const facts = new Map(course.facts.map((fact) => [fact.id, fact]));
  return {
    name: options.name,
    version: options.version,
    date: options.date,
    profile: options.profile,
    license: { content: 'CC-BY-SA-4.0', code: 'MIT' },
    pdfsPrinted: options.pdfs,
    downloads: downloadFiles(options.languages.map((l) => l.code), { pdfs: options.pdfs }).map((d) => ({ ...d, url: abs(urls.download(d.file)) })),
    sourceLanguage: options.sourceLang,
    languages: options.languages,
    totalHours: course.totalHours,
    visitHours: course.visitHours,
    totalHoursWithVisits: course.totalHoursWithVisits,
    ...localModuleHours(course, options.localModules ?? []),
    facts: course.facts.map((fact) => ({
      id: fact.id,
      status: fact.status,
      effective: fact.effective ? isoDate(fact.effective) : null,
      source: fact.source,
      lastVerified: isoDate(fact.verified),
    })),
    points: course.points.map((point) => ({
      number: point.number,
      slug: point.slug,
      title: point.title,
      hours: point.hours,
      visitHours: point.visit?.hours ?? 0,
      facts: course.factsFor(point.slug).map((fact) => fact.id),
      budgetSource: point.budgetSource,
      subtopics: point.subtopics,
      soThemes: point.soThemes,
      completeness: course.completeness(point.slug, options.languages.map((l) => l.code)),
      tools: options.languages.flatMap(({ code: lang }) => [
        ...(course.resolve(options.sourceLang, point.slug, 'handledarmanus')
          ? [{ kind: 'tolkpaket', lang, url: abs(urls.interpreterPack(lang, point.slug)), pdf: abs(urls.interpreterPackPdf(lang, point.slug)) }]
          : []),
        { kind: 'utvardering', lang, url: abs(urls.evaluation(lang, point.slug)), pdf: abs(urls.evaluationPdf(lang, point.slug)) },
        // The fördjupning beside the Swedish, where the language has its own translation.
        ...(hasBilingual(course, lang, point.slug, options.sourceLang)
          ? [{ kind: 'tvasprakig', lang, url: abs(urls.bilingual(lang, point.slug)), pdf: abs(urls.bilingualPdf(lang, point.slug)) }]
          : []),
      ]),
      documents: options.languages.flatMap(({ code: lang }) =>
        documentKinds.flatMap((kind) => {
          const doc = course.resolve(lang, point.slug, kind);
          if (!doc) return [];
          const data = doc.file.data;
          const own = doc.status !== 'missing';
          return [{
            kind,
            lang,
            textLang: doc.textLang,
            status: doc.status,
            url: abs(urls.document(lang, point.slug, kind)),
            // The editable Word or PowerPoint file, where the text is this language's own.
            ...(hasOfficeFile(lang, doc.textLang) ? { office: abs(officePath(lang, point.slug, kind)) } : {}),
            // The bildspel is printed per session: one handout page and PDF for each (src/lib/handout-sessions.ts).
            ...(kind === 'bildspel' ? {
              handouts: pointHandouts(course, lang, point.slug, options.sourceLang)
                .map((h) => ({ session: h.session, slides: h.slides.map(({ slide }) => slide.id), url: abs(h.url), pdf: abs(h.pdf) })),
              slides: (data as Bildspel).slides.length,
              slidesWithPicture: pictureCoverage((data as Bildspel).slides).withPicture,
            } : { pdf: abs(urls.pdf(doc.textLang, point.slug, kind)) }),
            ...(kind === 'handledarmanus' ? { minutes: (data as Handledarmanus).steps.reduce((sum, s) => sum + s.minutes, 0) } : {}),
            sourceHash: doc.sourceHash,
            translatedFromHash: own ? (data.translation?.sourceHash ?? null) : null,
            translationDate: own && data.translation ? isoDate(data.translation.date) : null,
            reviewed: isoDate(data.reviewed),
            ...(doc.textLang === options.sourceLang && kind !== 'bildspel' ? { lix: lix(documentProse(data, fillFactTags(doc.file.body, facts))).lix } : {}),
          }];
        }),
      ),
    })),
  };
}

/** Translated documents (not Swedish fallbacks) and how many of them a human translator has reviewed. */
export function translationCounts(course: CourseModel, languages: readonly string[], sourceLang: string): { total: number; reviewed: number } {
  const docs = course.points.flatMap((point) => languages.filter((lang) => lang !== sourceLang).flatMap((lang) =>
    documentKinds.map((kind) => course.resolve(lang, point.slug, kind)).filter((doc) => doc && doc.textLang === lang)));
  return { total: docs.length, reviewed: docs.filter((doc) => doc!.status === 'reviewed').length };
}

/** The local modules a profile adds, and the course's hours with them: sessions, study visits and local modules. */
export function localModuleHours(course: Pick<CourseModel, 'totalHoursWithVisits'>, modules: readonly { title: string; hours: number }[]) {
  const hours = modules.reduce((sum, m) => sum + m.hours, 0);
  return { localModules: modules.map((m) => ({ title: m.title, hours: m.hours })), localModuleHours: hours, totalHoursWithLocalModules: course.totalHoursWithVisits + hours };
}
