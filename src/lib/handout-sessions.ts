// Which session's handout each slide goes in, from the Swedish handledarmanus: a facilitator prints the handout for
// today's session, not the whole point. A slide belongs to the session of the first step that shows it; a slide no
// step shows goes with the slide before it (before the first shown slide: session 1).
import type { CourseModel } from './course-model.ts';
import { urls } from './paths.ts';
import type { Bildspel, Handledarmanus, Slide } from './schema.ts';

export interface SessionStep {
  session: number;
  slides: readonly string[];
}

export interface HandoutPart<T> {
  session: number;
  /** The session's slides, in deck order. */
  slides: T[];
}

/** The deck split into one part per session that shows slides, in session order; every slide is in exactly one part. */
export function handoutSessions<T extends { id: string }>(slides: readonly T[], steps: readonly SessionStep[]): HandoutPart<T>[] {
  const firstShown = new Map<string, number>();
  for (const step of steps) for (const id of step.slides) if (!firstShown.has(id)) firstShown.set(id, step.session);
  const parts = new Map<number, T[]>();
  let session = 1;
  for (const slide of slides) {
    session = firstShown.get(slide.id) ?? session;
    parts.set(session, [...(parts.get(session) ?? []), slide]);
  }
  return [...parts].sort(([a], [b]) => a - b).map(([number, list]) => ({ session: number, slides: list }));
}

export interface Handout {
  session: number;
  /** The session's slides, each with its number in the whole deck ("Bild 12 av 68"). */
  slides: { slide: Slide; number: number }[];
  /** The handout page in the reader's language. */
  url: string;
  /** Its PDF, in the language the text is in (Swedish where the deck is not translated). */
  pdf: string;
}

/** A point's handouts for readers of `lang`, one per session, split by the source language's handledarmanus. */
export function pointHandouts(course: CourseModel, lang: string, point: string, sourceLang: string): Handout[] {
  const deck = course.resolve<Bildspel>(lang, point, 'bildspel');
  if (!deck) return [];
  const steps = course.resolve<Handledarmanus>(sourceLang, point, 'handledarmanus')?.file.data.steps ?? [];
  const numbered = deck.file.data.slides.map((slide, i) => ({ id: slide.id, slide, number: i + 1 }));
  return handoutSessions(numbered, steps).map(({ session, slides }) => ({
    session,
    slides: slides.map(({ slide, number }) => ({ slide, number })),
    url: urls.sessionHandout(lang, point, session),
    pdf: urls.sessionHandoutPdf(deck.textLang, point, session),
  }));
}
