// The print set for a session: the facilitator picks the session and says how many participants read each language,
// and gets one PDF with that session's slide handout and the fördjupning for each of them, language by language. Made
// in the browser from the kit's own PDFs (src/scripts/print-set.ts); this module says which PDFs, how many and in
// what order.
import { urls } from './paths.ts';

/** What each participant gets, in this order. */
export const printSetKinds = ['bildspel', 'fordjupning'] as const;
export const maxParticipants = 99;

export interface PrintSetLanguage {
  lang: string;
  /** The language the PDFs are in: the participant's own, or Swedish where the point is not translated yet. */
  textLang: string;
  /** For each session: its slide handout, then the fördjupning. */
  sessions: { session: number; pdfs: string[] }[];
}

/**
 * The languages a print set can have for a point, in the kit's order, for each of the point's handout `sessions`.
 * `textLangOf` says in which language a document can be printed for a reader of `lang` (undefined when it does not
 * exist at all).
 */
export function printSetLanguages(langs: readonly string[], point: string, sessions: readonly number[], textLangOf: (lang: string, kind: (typeof printSetKinds)[number]) => string | undefined): PrintSetLanguage[] {
  return langs.flatMap((lang) => {
    const docs = printSetKinds.flatMap((kind) => {
      const textLang = textLangOf(lang, kind);
      return textLang ? [{ kind, textLang }] : [];
    });
    const pdfsFor = (session: number) => docs.map(({ kind, textLang }) => (kind === 'bildspel' ? urls.sessionHandoutPdf(textLang, point, session) : urls.pdf(textLang, point, kind)));
    return docs.length > 0 ? [{ lang, textLang: docs[0].textLang, sessions: sessions.map((session) => ({ session, pdfs: pdfsFor(session) })) }] : [];
  });
}

/** A count typed into the form: a whole number from 0 to maxParticipants, or undefined. Empty means 0. */
export function parseCount(value: string): number | undefined {
  const text = value.trim();
  if (text === '') return 0;
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const count = Number(text);
  return count <= maxParticipants ? count : undefined;
}

/** The PDFs to put together for `session`, in order: each language in turn, each participant's handout then fördjupning. */
export function printSetOrder(languages: readonly PrintSetLanguage[], counts: Readonly<Record<string, number>>, session: number): string[] {
  return languages.flatMap(({ lang, sessions }) => {
    const pdfs = sessions.find((s) => s.session === session)?.pdfs ?? [];
    return Array.from({ length: counts[lang] ?? 0 }, () => pdfs).flat();
  });
}
