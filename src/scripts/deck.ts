// Starts reveal.js on the deck page. Keys as in PowerPoint in every language (see lib/deck-keys.ts); the on-screen
// arrows and progress bar follow the reading direction. The presenter view is localized (scripts/speaker-view.ts).
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import { deckKeys } from '../lib/deck-keys.ts';
import { localizeSpeakerView, type SpeakerViewOptions } from './speaker-view.ts';

/** The notes plugin's window name for its popup. */
const speakerWindow = 'reveal.js - Notes';

/** While the presenter view is open, the room sees only the slides: the page's own bar and notices hide. */
function watchSpeakerView(options: SpeakerViewOptions) {
  const open = window.open.bind(window);
  window.open = (...args: Parameters<typeof window.open>) => {
    const popup = open(...args);
    if (popup && args[1] === speakerWindow) {
      // The plugin writes the popup's page right after this call returns.
      setTimeout(() => localizeSpeakerView(popup, options));
      document.documentElement.classList.add('presenting');
      const closed = setInterval(() => {
        if (!popup.closed) return;
        document.documentElement.classList.remove('presenting');
        clearInterval(closed);
      }, 1000);
    }
    return popup;
  };
}

export function startDeck(element: HTMLElement) {
  const rtl = element.dataset.rtl === 'true';
  // The presenter view's previews load this page with ?receiver: they show the slide and nothing else.
  document.documentElement.classList.toggle('deck-preview', /(^|[?&])receiver/.test(location.search));
  watchSpeakerView(JSON.parse(element.dataset.speaker ?? '{}') as SpeakerViewOptions);
  const deck = new Reveal(element, {
    hash: true,
    respondToHashChanges: true,
    rtl,
    keyboard: { ...deckKeys },
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
