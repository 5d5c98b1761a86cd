// Deck navigation keys, as in PowerPoint and in every language: →, ↓ and PageDown (what most clickers send) go to the
// next slide, ←, ↑ and PageUp to the previous one, also in right-to-left decks. Space stays reveal.js' own "next".
// The on-screen arrows and the progress bar follow the reading direction (reveal.js' rtl option); the keys do not,
// because a facilitator's clicker and habits do not change with the deck's language.
export type DeckAction = 'next' | 'prev';

export const deckKeys: Readonly<Record<number, DeckAction>> = { 33: 'prev', 34: 'next', 37: 'prev', 38: 'prev', 39: 'next', 40: 'next' };
