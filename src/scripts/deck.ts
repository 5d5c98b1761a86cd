// Starts reveal.js on the deck page. In right-to-left decks the arrow keys follow the reading direction.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { keyboardFor } from '../lib/deck-keys.ts';

export function startDeck(element: HTMLElement) {
  const rtl = element.dataset.rtl === 'true';
  const deck = new Reveal(element, {
    hash: true,
    respondToHashChanges: true,
    rtl,
    keyboard: keyboardFor(rtl),
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    center: false,
    width: 1280,
    height: 720,
    margin: 0.04,
    transition: 'none',
    pdfSeparateFragments: false,
    // Turns on the presenter view's pacing clock; each slide's data-timing comes from its manus step.
    defaultTiming: 60,
    plugins: [Notes],
  });
  void deck.initialize();
  // Tests and the facilitator console reach the deck as window.deck.
  Object.assign(window, { deck });
  return deck;
}
