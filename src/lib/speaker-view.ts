// What the kit changes in reveal.js' presenter view (the notes plugin writes its own English page into a popup):
// the labels it shows, and a 24-hour clock in place of its 12-hour "en-US" one.

/** The presenter view's words, one UI string each (src/i18n, area "speaker"). */
export const speakerLabelKeys = ['loading', 'upcoming', 'time', 'reset', 'pacing', 'notes', 'layout', 'layoutDefault', 'layoutWide', 'layoutTall', 'layoutNotesOnly'] as const;
export type SpeakerLabels = Record<(typeof speakerLabelKeys)[number], string>;

/** reveal.js' layout ids (SPEAKER_LAYOUTS in the notes plugin) → our label for each. */
export const speakerLayouts: Record<string, keyof SpeakerLabels> = { default: 'layoutDefault', wide: 'layoutWide', tall: 'layoutTall', 'notes-only': 'layoutNotesOnly' };

/** "09:05", "17:40": the clock as Swedish facilitators read it, with Latin digits in every language. */
export function clock24(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
