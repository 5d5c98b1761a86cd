// What an interpreter gets before a session: purpose, steps, key messages (the slides), glossary and advice.
import { marked } from 'marked';
import type { CourseModel } from './course-model.ts';
import { markdownSection } from './markdown-section.ts';
import type { Bildspel, Fordjupning, Handledarmanus, Slide, Step } from './schema.ts';
import { markdownText, replaceProfileTags, type Profile } from './profile.ts';
import { fillFactTags } from './facts.ts';
import { termsIn, type Term } from './termbase.ts';

export interface GlossaryRow {
  term: string;
  explanation: string;
  translation?: string;
}

export interface InterpreterPack {
  purposeHtml: string;
  adviceHtml: string;
  steps: Step[];
  slides: Slide[];
  glossary: GlossaryRow[];
  /** The termbase entries of the interpreter's language that the point's Swedish documents use, in termbase order. */
  terms: Term[];
  /** The steps' titles in the interpreter's language, shown beside the Swedish (none for Swedish or untranslated). */
  stepTitles?: { lang: string; status: string; titles: ReadonlyMap<string, string> };
}

/** The pack for one point and interpreter language, or undefined when the point has no handledarmanus yet. */
export function interpreterPack(course: CourseModel, point: string, lang: string, sourceLang: string, profile: Profile, termbase: readonly Term[] = []): InterpreterPack | undefined {
  const manus = course.resolve<Handledarmanus>(sourceLang, point, 'handledarmanus');
  if (!manus) return undefined;
  const deck = course.resolve<Bildspel>(sourceLang, point, 'bildspel');
  const source = course.resolve<Fordjupning>(sourceLang, point, 'fordjupning');
  const translated = course.resolve<Fordjupning>(lang, point, 'fordjupning');
  const translations = new Map((translated && translated.textLang === lang ? translated.file.data.ordlista : []).map((o) => [o.term, o.translation]));
  const facts = new Map(course.facts.map((fact) => [fact.id, fact]));
  const html = (heading: string) => marked.parse(replaceProfileTags(fillFactTags(markdownSection(manus.file.body, heading), facts, 'sv', undefined, markdownText), profile), { async: false });
  const own = course.pointText(lang, point);
  const swedishText = JSON.stringify([manus.file.data, manus.file.body, deck?.file.data, source?.file.data, source?.file.body]);
  return {
    terms: termsIn(swedishText, termbase),
    purposeHtml: html('Syfte'),
    adviceHtml: html('Att arbeta med tolk'),
    steps: manus.file.data.steps,
    slides: deck?.file.data.slides ?? [],
    glossary: (source?.file.data.ordlista ?? []).map((o) => ({ term: o.term, explanation: o.explanation, translation: translations.get(o.term) })),
    ...(own.textLang === lang && lang !== sourceLang ? { stepTitles: { lang, status: own.status, titles: own.steps } } : {}),
  };
}
