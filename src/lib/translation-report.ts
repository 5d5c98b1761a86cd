// What `npm run translation:status` and the status page show: each language × point × document's state with counts,
// fact translations, and where UI strings and content use another rendering than the termbase fixes. Pure.
import type { CourseModel } from './course-model.ts';
import type { TranslationStatus } from './translation.ts';
import { factHash } from './facts.ts';
import type { ContentLibrary } from './references.ts';
import type { DocumentKind } from './schema.ts';
import { normaliseTerm, type Term } from './termbase.ts';
import { documentFields } from './translation-checks.ts';
import type { ContentFile } from './validate.ts';

export const reportStatuses = ['missing', 'machine', 'reviewed', 'outdated'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
type Counts = Record<ReportStatus, number>;
const zero = (): Counts => ({ missing: 0, machine: 0, reviewed: 0, outdated: 0 });

export interface StatusRow {
  point: string;
  number: number;
  kind: DocumentKind;
  status: Record<string, TranslationStatus>;
}

export interface StatusReport {
  rows: StatusRow[];
  /** Per language: documents and facts in each state. */
  documents: Record<string, Counts>;
  facts: Record<string, Counts>;
}

/** The translated documents are the participants' two; the handledarmanus stays Swedish. */
export const translatedKinds: DocumentKind[] = ['bildspel', 'fordjupning'];

export function statusReport(course: CourseModel, languages: readonly string[], library: Pick<ContentLibrary, 'facts' | 'factTranslations'>): StatusReport {
  const rows: StatusRow[] = [];
  const documents = Object.fromEntries(languages.map((l) => [l, zero()]));
  const facts = Object.fromEntries(languages.map((l) => [l, zero()]));
  for (const point of course.points) {
    for (const kind of translatedKinds) {
      if (!course.resolve('sv', point.slug, kind)) continue;
      const status = Object.fromEntries(languages.map((lang) => [lang, course.resolve(lang, point.slug, kind)!.status]));
      for (const lang of languages) documents[lang][status[lang] as ReportStatus]++;
      rows.push({ point: point.slug, number: point.number, kind, status });
    }
  }
  for (const fact of library.facts.values()) {
    for (const lang of languages) {
      const own = library.factTranslations.get(`${lang}/${fact.id}`);
      facts[lang][!own ? 'missing' : own.translation.sourceHash !== factHash(fact) ? 'outdated' : own.translation.status]++;
    }
  }
  return { rows, documents, facts };
}

export interface TermDeviation {
  file: string;
  field: string;
  term: Term;
  /** What the text uses instead. */
  found: string;
}

const has = (text: string, phrase: string) => normaliseTerm(text).includes(normaliseTerm(phrase));

/**
 * Where a language's UI strings and content do not use the termbase's rendering: ordlista translations that differ,
 * and texts (content and UI strings) that use a known other rendering: the term's `avoid` list or another ordlista
 * translation of it. Matching whether a text "has" a rendering under inflection is left to a human: no guessing.
 */
export function termDeviations(terms: readonly Term[], files: readonly ContentFile[], ui: { file: string; own: Record<string, string> }): TermDeviation[] {
  const found: TermDeviation[] = [];
  const others = new Map(terms.map((t) => [t, new Set((t.avoid ?? []).filter((a) => !has(t.rendering, a)))]));
  for (const file of files) {
    (((file.data as { ordlista?: { term: string; translation?: string }[] }).ordlista) ?? []).forEach((entry, i) => {
      const term = terms.find((t) => t.sv.toLocaleLowerCase('sv') === entry.term.toLocaleLowerCase('sv'));
      if (!term || !entry.translation || has(entry.translation, term.rendering)) return;
      found.push({ file: file.file, field: `ordlista[${i}].translation`, term, found: entry.translation });
      others.get(term)!.add(entry.translation);
    });
  }
  const texts: { file: string; field: string; text: string }[] = [
    ...files.flatMap((f) => documentFields(f.data as never, f.body).map((x) => ({ file: f.file, ...x }))),
    ...Object.entries(ui.own).map(([key, text]) => ({ file: ui.file, field: key, text })),
  ];
  for (const [term, variants] of others) {
    for (const variant of variants) {
      for (const t of texts) {
        if (t.field.startsWith('ordlista[') && t.field.endsWith('.translation')) continue;
        if (has(t.text, variant) && !has(t.text, term.rendering)) found.push({ file: t.file, field: t.field, term, found: variant });
      }
    }
  }
  return found;
}
