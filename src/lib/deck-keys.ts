// Deck navigation keys. reveal.js' own RTL arrow handling has open bugs (#2596, #3531), so the kit binds them itself:
// in a right-to-left deck ← moves forward and → back. PageDown/PageUp (what most clickers send) move forward/back always.
export type DeckAction = 'next' | 'prev';

export function keyboardFor(rtl: boolean): Record<number, DeckAction> {
  return { 33: 'prev', 34: 'next', 37: rtl ? 'next' : 'prev', 39: rtl ? 'prev' : 'next' };
}
