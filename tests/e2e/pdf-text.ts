// Reading printed PDFs back: words with their boxes (pdftotext -bbox), and words normalised for comparing a PDF's
// text with the page it was printed from.
import { execFileSync } from 'node:child_process';

export const mm = (pt: number) => (pt * 25.4) / 72;

export interface Word { text: string; x0: number; y0: number; x1: number; y1: number }
export interface PdfPage { width: number; height: number; words: Word[] }

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

// pdftotext -bbox gives a right-to-left word in visual order (its last letter first); the plain text mode does not.
const rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const logicalOrder = (word: string) => (rtlLetter.test(word) ? [...word].reverse().join('') : word);

/** Every page's size and words (in reading order), in mm from the top left corner. */
export function pdfWords(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: mm(Number(width)),
    height: mm(Number(height)),
    words: [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(([, x0, y0, x1, y1, text]) => ({ text: logicalOrder(unescapeXml(text)), x0: mm(Number(x0)), y0: mm(Number(y0)), x1: mm(Number(x1)), y1: mm(Number(y1)) })),
  }));
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// Arabic vowel marks and tatweel (optional in writing), and invisible direction marks and isolates.
const harakat = /[\u064B-\u065F\u0670\u0640]/g;
const invisible = /[\u00AD\u200B-\u200F\u2060\u2066-\u2069\uFEFF]/g;
// pdftotext marks each change of direction with an embedding (U+202A…U+202E), sometimes where it dropped a space:
// a change of script is a word boundary.
const embeddings = /[\u202A-\u202E]/g;
const split = (text: string) => text.replace(embeddings, ' ').split(/[\s\p{P}\p{S}]+/u).filter((word) => /\p{L}/u.test(word));

/** The words of a page's own text (NFKC, without vowel marks and direction marks). */
export function sourceWords(text: string): string[] {
  // pdftotext (poppler) writes a lam-alef ligature's two letters in reverse order in right-to-left lines; every
  // lam followed by an alef is drawn as that ligature, so the source is compared in the order poppler writes it.
  return split(text.normalize('NFKC').replace(invisible, '').replace(harakat, '')).map((word) => word.replace(/ل([اأإآ])/g, '$1ل'));
}

/** The words pdftotext extracted from a PDF, normalised as sourceWords. */
export function extractedWords(text: string): string[] {
  // poppler also sets a vowel mark before the letter it sits on and then breaks the word after that letter
  // ("غالًب ا" for "غالبًا"): the space after a mark and its letter is poppler's, not the PDF's. Not so for the hamza
  // above a final heh (the Persian and Dari ezafe, "ادارهٔ مالیات"), which poppler also writes first: the space after
  // it is the text's own.
  return split(text.normalize('NFKC').replace(invisible, '').replace(/([\u064B-\u0653\u0655-\u065F\u0670]\p{L}?) /gu, '$1').replace(harakat, ''));
}

/** Share of the source's words that the extracted text has intact. */
export function wordsFound(source: string, extracted: string): { share: number; missing: string[]; total: number } {
  const found = new Set(extractedWords(extracted));
  const words = sourceWords(source);
  const missing = words.filter((word) => !found.has(word));
  return { share: words.length === 0 ? 0 : (words.length - missing.length) / words.length, missing, total: words.length };
}
