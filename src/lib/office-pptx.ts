// A bildspel as a PowerPoint file (pptxgenjs): one slide per kit slide, the picture with its alt text, the speaker
// notes as notes, right-to-left paragraphs where the language is. Pure: data in, bytes out (no files, no requests).
import PptxGenJS from 'pptxgenjs';
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from 'fflate';
import type { Slide } from './schema.ts';
import { fontRuns, type OfficeFonts } from './office.ts';

/** A slide picture rasterized for PowerPoint (PNG), with its size in pixels for the aspect ratio. */
export interface RasterPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DeckInput {
  title: string;
  /** BCP-47 code of the text. */
  lang: string;
  dir: 'ltr' | 'rtl';
  fonts: OfficeFonts;
  slides: readonly Slide[];
  pictures: ReadonlyMap<string, RasterPicture>;
  /** "Kursverktyg för 15-punktsprogrammet · Punkt 4" on every slide's foot. */
  footer: string;
  author: string;
}

// 16:9 in inches, as the web deck.
const W = 13.333;
const H = 7.5;
const margin = 0.5;

/** Where the picture goes: the largest box of its aspect ratio inside the frame, centred. */
export function fitPicture(width: number, height: number, box: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

export async function deckPptx(input: DeckInput): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = input.title;
  pptx.author = input.author;
  pptx.company = input.author;
  // Theme fonts are the stock Office fallback; each text names the kit's own face first.
  pptx.theme = { headFontFace: input.fonts.fallback, bodyFontFace: input.fonts.fallback };
  const rtl = input.dir === 'rtl';
  if (rtl) pptx.rtlMode = true;
  const text = { fontFace: input.fonts.face, lang: input.lang, rtlMode: rtl, align: rtl ? 'right' : 'left', color: '1F2937' } as const;
  // One paragraph of text in runs by face (src/lib/office.ts); `first` carries the paragraph's own options. pptxgenjs
  // takes a paragraph's direction from its runs, not from the text box.
  const runs = (value: string, first: Record<string, unknown> = {}, last: Record<string, unknown> = {}) => {
    const pieces = fontRuns(value, input.fonts);
    return pieces.map((piece, i) => ({ text: piece.text, options: { fontFace: piece.font, rtlMode: rtl, ...(i === 0 ? first : {}), ...(i === pieces.length - 1 ? last : {}) } }));
  };

  for (const slide of input.slides) {
    const s = pptx.addSlide();
    s.background = { color: 'FFFFFF' };
    s.addText(runs(slide.title), { ...text, x: margin, y: 0.35, w: W - 2 * margin, h: 1.1, fontSize: 34, bold: true, valign: 'middle', objectName: 'Title' });
    const picture = slide.picture && input.pictures.get(slide.picture.src);
    const textWidth = picture ? 7.2 : W - 2 * margin;
    // Reading order: the bullets start where the script starts, the picture sits on the other side.
    const textX = picture && rtl ? W - margin - textWidth : margin;
    if (slide.points.length > 0) {
      s.addText(
        slide.points.flatMap((point) => runs(point, { bullet: true }, { breakLine: true })),
        { ...text, x: textX, y: 1.7, w: textWidth, h: 5.0, fontSize: 26, valign: 'top', paraSpaceAfter: 12, objectName: 'Points' },
      );
    }
    if (picture && slide.picture) {
      const boxW = W - 3 * margin - textWidth;
      const box = { x: rtl ? margin : W - margin - boxW, y: 1.7, w: boxW, h: 5.0 };
      s.addImage({
        data: `image/png;base64,${Buffer.from(picture.png).toString('base64')}`,
        ...fitPicture(picture.width, picture.height, box),
        altText: slide.picture.alt,
        objectName: 'Picture',
      });
    }
    s.addText(runs(input.footer), { ...text, x: margin, y: H - 0.55, w: W - 2 * margin, h: 0.4, fontSize: 12, color: '4B5563' });
    s.addNotes(slide.notes);
  }
  // Written uncompressed: the package is zipped once, in finishPackage.
  return finishPackage((await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array, input.lang, rtl);
}

/** pptxgenjs writes paragraph properties before every run of a paragraph; the schema allows one, first. PowerPoint
 * "repairs" such a file, so the later ones go (they only repeat or reset the first). No content text is touched. */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph, inner: string) => {
    let seen = false;
    const kept = inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pPr) => (seen ? '' : ((seen = true), pPr)));
    return `<a:p>${kept}</a:p>`;
  });
}

/**
 * Puts right what pptxgenjs writes wrong, in its own fixed markup and never in text from the content: every note is
 * an English, left-to-right paragraph (it gets the deck's language and direction), slides repeat paragraph
 * properties (see oneParagraphProperties), and [Content_Types].xml names parts that are not there. Pictures are
 * stored as they are (a PNG is compressed already), the XML parts deflated.
 */
export function finishPackage(pptx: Uint8Array, lang: string, rtl: boolean): Uint8Array {
  const files = unzipSync(pptx);
  // [Content_Types].xml first, as Office writes it; folder entries are not parts and go.
  // pptxgenjs also names a slide master per slide in [Content_Types].xml; only the parts the package has stay named.
  const types = strFromU8(files['[Content_Types].xml']).replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (files[part] ? override : ''));
  const out: Zippable = { '[Content_Types].xml': strToU8(types) };
  const safeLang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : 'en-US';
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/') || name === '[Content_Types].xml') continue;
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) {
      const xml = strFromU8(data).replace(
        '<a:p><a:r><a:rPr lang="en-US" dirty="0"/>',
        `<a:p>${rtl ? '<a:pPr algn="r" rtl="1"/>' : ''}<a:r><a:rPr lang="${safeLang}" dirty="0"/>`,
      );
      out[name] = strToU8(xml);
    } else if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) {
      out[name] = strToU8(oneParagraphProperties(strFromU8(data)));
    } else out[name] = /\.(png|jpe?g)$/.test(name) ? [data, { level: 0 }] : data;
  }
  return zipSync(out, { level: 6 });
}
