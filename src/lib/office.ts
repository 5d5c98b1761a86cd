// The editable Office exports: which PPTX and DOCX files the kit has, and the fonts they name. One place, so kit.json,
// the pages, the Office stage (scripts/office.ts) and the download zips agree.
import { languages, scriptFonts, type Lang, type Script } from '../i18n/languages.ts';
import type { DocumentKind } from './schema.ts';

export interface OfficeFonts {
  /** The kit's own face for the script (src/i18n/languages.ts), free to install (SIL OFL). */
  face: string;
  /** The face for Latin and Cyrillic words inside the text (names, addresses), which the script's face may lack. */
  latin: string;
  /** What a stock Office install has for the script, named in the file's theme. */
  fallback: string;
}

const stockOffice: Record<Script, string> = { Latn: 'Arial', Cyrl: 'Arial', Arab: 'Arial', Ethi: 'Nyala' };

export function officeFonts(lang: Lang): OfficeFonts {
  const script = languages[lang].script;
  return { face: scriptFonts[script], latin: scriptFonts.Latn, fallback: stockOffice[script] };
}

const latinWords = /[\p{Script=Latin}\p{Script=Cyrillic}\d]+(?:[\s\p{P}\p{S}]+[\p{Script=Latin}\p{Script=Cyrillic}\d]+)*/gu;

/**
 * A text in pieces by the face that has its letters: Latin and Cyrillic words (a Swedish name in a Tigrinya text) in
 * the Latin face, the rest in the script's own. Office and LibreOffice show a missing letter as a box rather than
 * take it from another font, so each piece names a face that has it.
 */
export function fontRuns(text: string, fonts: OfficeFonts): { text: string; font: string }[] {
  if (fonts.face === fonts.latin) return text ? [{ text, font: fonts.face }] : [];
  const runs: { text: string; font: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(latinWords)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), font: fonts.face });
    runs.push({ text: m[0], font: fonts.latin });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), font: fonts.face });
  return runs;
}

export const officeExtension = (kind: DocumentKind) => (kind === 'bildspel' ? 'pptx' : 'docx');

/** /office/<lang>/<point>-<kind>.pptx|docx */
export function officePath(lang: string, point: string, kind: DocumentKind): string {
  return `/office/${lang}/${point}-${kind}.${officeExtension(kind)}`;
}

/**
 * Whether a document gets an Office file in `lang`: only what the site shows as that language's own text. A page
 * that falls back to Swedish gets no second copy of the Swedish file (today the handledarmanus is Swedish only).
 */
export const hasOfficeFile = (lang: string, textLang: string): boolean => lang === textLang;
