// Makes reveal.js' presenter view speak the facilitator's language. The notes plugin opens an about:blank popup and
// writes its own English page into it; it has no hook for that, so the deck wraps window.open and, once the page is
// written, replaces its labels, its 12-hour clock and its left-aligned notes. Same origin: the popup is ours.
import { clock24, speakerLayouts, type SpeakerLabels } from '../lib/speaker-view.ts';

export interface SpeakerViewOptions {
  labels: SpeakerLabels;
  /** The UI language and direction (labels), and the deck text's (notes). */
  lang: string;
  dir: string;
  textLang: string;
  textDir: string;
}

const style = `
  .speaker-controls-time .clock-value { display: none; }
  .speaker-controls-notes .value { text-align: start; }
  .speaker-controls-time .label, .speaker-controls-notes .label { letter-spacing: 0.02em; }
  body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic', system-ui, sans-serif; }
`;

/** Copies the deck page's @font-face rules, so the popup sets Arabic and Ge'ez notes in the kit's own fonts. */
function fontFaces(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) if (rule instanceof CSSFontFaceRule) rules.push(rule.cssText);
    } catch { /* a sheet we may not read: none on this site, but never fail the presenter view for it */ }
  }
  return rules.join('\n');
}

export function localizeSpeakerView(popup: Window, options: SpeakerViewOptions) {
  const doc = popup.document;
  const { labels } = options;
  const set = (selector: string, text: string) => { const el = doc.querySelector(selector); if (el) el.textContent = text; };
  doc.documentElement.lang = options.lang;
  doc.documentElement.dir = options.dir;
  doc.title = labels.notes;
  const css = doc.createElement('style');
  css.textContent = fontFaces() + style;
  doc.head.append(css);

  set('#connection-status', labels.loading);
  set('#upcoming-slide .label', labels.upcoming);
  const timeLabel = doc.querySelector('.speaker-controls-time > .label:not(.pacing-title)');
  if (timeLabel?.firstChild) timeLabel.firstChild.textContent = `${labels.time} `;
  set('.speaker-controls-time .reset-button', labels.reset);
  set('.speaker-controls-time .pacing-title', labels.pacing);
  set('.speaker-controls-notes .label', labels.notes);

  // Notes are the deck's text: its language and direction, start-aligned (right in Arabic, Persian, Dari).
  const notes = doc.querySelector<HTMLElement>('.speaker-controls-notes .value');
  if (notes) { notes.lang = options.textLang; notes.dir = options.textDir; }

  // The layout menu: reveal.js rewrites its label on every change, so ours runs after its listener.
  const dropdown = doc.querySelector<HTMLSelectElement>('.speaker-layout-dropdown');
  const layoutLabel = () => {
    const key = dropdown ? speakerLayouts[dropdown.value] : undefined;
    set('.speaker-layout-label', key ? `${labels.layout}: ${labels[key]}` : labels.layout);
  };
  dropdown?.querySelectorAll('option').forEach((option) => { const key = speakerLayouts[option.value]; if (key) option.textContent = labels[key]; });
  dropdown?.setAttribute('aria-label', labels.layout);
  // reveal.js keeps the chosen layout in localStorage; the kit keeps nothing there, so the choice lasts one session.
  const forget = () => { try { popup.localStorage.removeItem('reveal-speaker-layout'); } catch { /* storage off: nothing kept */ } };
  dropdown?.addEventListener('change', () => { layoutLabel(); forget(); });
  layoutLabel();
  forget();

  // A 24-hour clock beside reveal.js' hidden 12-hour one.
  const clock = doc.createElement('span');
  clock.className = 'kit-clock';
  clock.dir = 'ltr';
  doc.querySelector('.speaker-controls-time .clock')?.append(clock);
  const tick = () => { clock.textContent = clock24(new Date()); };
  tick();
  popup.setInterval(tick, 1000);
}
