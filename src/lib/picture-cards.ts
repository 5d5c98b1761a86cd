// Picture cards for the exercises ("Skriv ut bilderna från bildspelet"): every slide picture of a point's deck as a
// card to cut out, captioned with the slide's title in the deck's language and, for a translation, in Swedish too,
// so a card works for people who cannot read Swedish and for the facilitator who can. Pure: decks in, cards out.
import type { Bildspel } from './schema.ts';

export interface PictureCard {
  id: string;
  src: string;
  alt: string;
  /** Set when the alt text is the Swedish slide's (a translated slide without its own picture text). */
  altLang?: string;
  caption: string;
  /** The Swedish slide title, when the caption is in another language. */
  captionSv?: string;
}

export function pictureCards(deck: Bildspel, sourceDeck: Bildspel | undefined, translated: boolean): PictureCard[] {
  const swedishTitle = new Map((sourceDeck?.slides ?? []).map((s) => [s.id, s.title]));
  return deck.slides.flatMap((slide) => (slide.picture ? [{
    id: slide.id,
    src: slide.picture.src,
    alt: slide.picture.alt,
    altLang: slide.picture.altLang,
    caption: slide.title,
    ...(translated && swedishTitle.has(slide.id) ? { captionSv: swedishTitle.get(slide.id) } : {}),
  }] : []));
}
