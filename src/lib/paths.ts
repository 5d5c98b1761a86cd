// Where content lives and where the site puts it. One place for both, so pages, PDFs and kit.json agree.
import type { DocumentKind } from './schema.ts';

export const contentRoot = 'src/content/kurs';

export interface ContentPath {
  lang: string;
  point: string;
  kind: string;
}

/** Where a course document must live; the message for any other path. */
export const contentPathRule = `content must live at ${contentRoot}/<language>/<point>/<document>.mdx`;

/**
 * "src/content/kurs/ar/bostader/fordjupning.mdx" → { lang: "ar", point: "bostader", kind: "fordjupning" }; undefined
 * for any other path (a file one folder too high or too deep, or outside src/content/kurs), never a guess.
 */
export function parseContentPath(path: string): ContentPath | undefined {
  const match = path.replace(/\\/g, '/').match(new RegExp(`(?:^|/)${contentRoot}/([^/]+)/([^/]+)/([^/]+)\\.mdx$`));
  return match ? { lang: match[1], point: match[2], kind: match[3] } : undefined;
}

/** parseContentPath for a path that must be a course document: refuses any other with `path: rule`. */
export function requireContentPath(path: string): ContentPath {
  const where = parseContentPath(path);
  if (!where) throw new Error(`${path}: ${contentPathRule}`);
  return where;
}

export function contentPath(lang: string, point: string, kind: DocumentKind): string {
  return `${contentRoot}/${lang}/${point}/${kind}.mdx`;
}

export const urls = {
  languageRoot: (lang: string) => `/${lang}/`,
  overview: (lang: string) => `/${lang}/kurs/`,
  search: (lang: string) => `/${lang}/sok/`,
  planner: (lang: string) => `/${lang}/planerare/`,
  point: (lang: string, point: string) => `/${lang}/${point}/`,
  document: (lang: string, point: string, kind: DocumentKind) => `/${lang}/${point}/${kind}/`,
  handout: (lang: string, point: string) => `/${lang}/${point}/bildspel/utskrift/`,
  /** One session's slide handout (src/lib/handout-sessions.ts), page and PDF; the whole deck is too heavy as one PDF. */
  sessionHandout: (lang: string, point: string, session: number) => `/${lang}/${point}/bildspel/utskrift/pass-${session}/`,
  sessionHandoutPdf: (lang: string, point: string, session: number) => `/pdf/${lang}/${point}-bildspel-anteckningar-pass-${session}.pdf`,
  slide: (lang: string, point: string, slideId: string) => `/${lang}/${point}/bildspel/#/${slideId}`,
  /** A document's PDF; the bildspel has one handout PDF per session instead (sessionHandoutPdf). */
  pdf: (lang: string, point: string, kind: Exclude<DocumentKind, 'bildspel'>) => `/pdf/${lang}/${point}-${kind}.pdf`,
  bilingual: (lang: string, point: string) => `/${lang}/${point}/fordjupning/tvasprakig/`,
  bilingualPdf: (lang: string, point: string) => `/pdf/${lang}/${point}-fordjupning-tvasprakig.pdf`,
  translations: (lang: string) => `/${lang}/oversattningar/`,
  interpreterPack: (lang: string, point: string) => `/${lang}/${point}/tolk/`,
  interpreterPackPdf: (lang: string, point: string) => `/pdf/${lang}/${point}-tolkpaket.pdf`,
  evaluation: (lang: string, point: string) => `/${lang}/${point}/utvardering/`,
  pictureCards: (lang: string, point: string) => `/${lang}/${point}/bildkort/`,
  evaluationPdf: (lang: string, point: string) => `/pdf/${lang}/${point}-utvardering.pdf`,
  tally: (lang: string) => `/${lang}/utvardering/`,
  statement: (lang: string) => `/${lang}/tillganglighet/`,
  guide: (lang: string) => `/${lang}/anpassa/`,
  about: (lang: string) => `/${lang}/om/`,
  changelog: (lang: string) => `/${lang}/andringar/`,
  downloads: (lang: string) => `/${lang}/nedladdning/`,
  download: (file: string) => `/nedladdning/${file}`,
  catalog: () => '/kit.json',
  credits: (lang: string) => `/${lang}/bilder/`,
};
