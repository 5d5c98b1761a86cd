// The handledarmanus and the fördjupning as Word files (the `docx` package). Pure: data and labels in, bytes out.
// Every text goes in as a text run, which the library escapes; nothing here writes XML.
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type IRunOptions, type ParagraphChild,
} from 'docx';
import type { Block, Run } from './office-markdown.ts';
import { fontRuns, type OfficeFonts } from './office.ts';

export interface DocxText {
  /** BCP-47 code of the text. */
  lang: string;
  dir: 'ltr' | 'rtl';
  fonts: OfficeFonts;
}

export interface Source { name: string; url: string }

interface Common extends DocxText {
  title: string;
  author: string;
  /** Lines under the title: point, hours, summary. */
  lead: string[];
  body: Block[];
  sources: readonly Source[];
  /** "Källor" */
  sourcesHeading: string;
  /** "Senast granskad: 29 november 2026" */
  reviewed: string;
}

export interface FordjupningInput extends Common {
  ordlistaHeading: string;
  ordlista: readonly { term: string; translation?: string; explanation: string }[];
}

export interface ManusStepRow {
  /** "00:20–00:45" */
  time: string;
  /** "25 min" */
  minutes: string;
  title: string;
  /** "Kärna" / "Om tid finns" */
  priority?: string;
  guide?: string;
  /** "Fråga till gruppen: …" as label and text */
  question?: { label: string; text: string };
  /** Titles of the slides the step shows. */
  slides: string[];
}

export interface ManusInput extends Common {
  /** "Fakta att kontrollera före kursen" and one line per fact. */
  facts?: { heading: string; lead: string; items: string[] };
  note: string;
  sessions: { heading: string; steps: ManusStepRow[] }[];
  columns: { time: string; step: string; slides: string };
}

const bcp47 = (lang: string) => lang;

const fontsOf = (face: string) => ({ ascii: face, hAnsi: face, cs: face, eastAsia: face });

/** A run of text as text runs, one per face that has its letters (src/lib/office.ts). */
function textRuns(t: DocxText, run: Partial<Run> & { text: string }): TextRun[] {
  const rtl = t.dir === 'rtl';
  const options: IRunOptions = {
    bold: run.bold || run.term || undefined,
    italics: run.italics || undefined,
    rightToLeft: rtl || undefined,
    language: rtl ? { value: bcp47(t.lang), bidirectional: bcp47(t.lang) } : { value: bcp47(t.lang) },
  };
  return fontRuns(run.text, t.fonts).map((piece) => new TextRun({ ...options, text: piece.text, font: fontsOf(piece.font) }));
}

/** A run of Swedish inside a translated text (glossary terms), left to right. */
function swedishRun(t: DocxText, text: string, bold = false): TextRun {
  return new TextRun({ text, bold, font: fontsOf(t.fonts.latin), language: { value: 'sv' } });
}

function para(t: DocxText, children: ParagraphChild[], extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({ bidirectional: t.dir === 'rtl' || undefined, children, ...extra });
}

const runs = (t: DocxText, list: readonly Run[]) => list.flatMap((run) => textRuns(t, run));
const textPara = (t: DocxText, text: string, extra = {}) => para(t, textRuns(t, { text }), extra);

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Body blocks as paragraphs: `##` in the body is the document's second level, under the title. */
export function bodyParagraphs(t: DocxText, blocks: readonly Block[]): Paragraph[] {
  // Each numbered list counts from 1: a numbering instance of its own.
  let lists = 0;
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [para(t, runs(t, block.runs), { heading: headingLevels[Math.min(Math.max(block.level, 2), 6) - 1] })];
    if (block.kind === 'paragraph') return [para(t, runs(t, block.runs))];
    const instance = block.ordered ? (lists += 1) : 0;
    return block.items.map((item) => para(t, runs(t, item), block.ordered ? { numbering: { reference: 'ordered', level: 0, instance } } : { bullet: { level: 0 } }));
  });
}

function sourceParagraphs(t: DocxText, input: Common): Paragraph[] {
  return [
    textPara(t, input.sourcesHeading, { heading: HeadingLevel.HEADING_2 }),
    ...input.sources.map((s) => para(t, [...textRuns(t, { text: `${s.name} ` }), new TextRun({ text: s.url, font: fontsOf(t.fonts.latin) })], { bullet: { level: 0 } })),
    textPara(t, input.reviewed),
  ];
}

function documentOf(t: DocxText, input: Common, children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const font = fontsOf(t.fonts.face);
  const doc = new Document({
    creator: input.author,
    title: input.title,
    // The theme names the stock Office font for the script: Word's "(Body)" font, one click away if the kit's is missing.
    theme: { fonts: { headings: { latin: t.fonts.fallback, complexScript: t.fonts.fallback }, body: { latin: t.fonts.fallback, complexScript: t.fonts.fallback } } },
    styles: { default: { document: { run: { font, size: 24 }, paragraph: { spacing: { after: 120 } } } } },
    numbering: {
      config: [{ reference: 'ordered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { start: 720, hanging: 360 } } } }] }],
    },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      children: [
        textPara(t, input.title, { heading: HeadingLevel.TITLE }),
        ...input.lead.map((line) => textPara(t, line)),
        ...children,
      ],
    }],
  });
  return Packer.toBuffer(doc).then((buffer) => new Uint8Array(buffer));
}

export function fordjupningDocx(input: FordjupningInput): Promise<Uint8Array> {
  const t: DocxText = input;
  const ordlista = input.ordlista.length === 0 ? [] : [
    textPara(t, input.ordlistaHeading, { heading: HeadingLevel.HEADING_2 }),
    // The Swedish word first, as on the page; then its translation and the explanation in the text's language.
    ...input.ordlista.map((entry) => para(t, [
      swedishRun(t, entry.term, true),
      ...(entry.translation ? textRuns(t, { text: ` – ${entry.translation}`, bold: true }) : []),
      ...textRuns(t, { text: `: ${entry.explanation}` }),
    ])),
  ];
  return documentOf(t, input, [...bodyParagraphs(t, input.body), ...ordlista, ...sourceParagraphs(t, input)]);
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function stepTable(t: DocxText, input: ManusInput, steps: readonly ManusStepRow[]): Table {
  const cell = (children: Paragraph[], width: number, header = false) =>
    new TableCell({ children, borders, width: { size: width, type: WidthType.PERCENTAGE }, shading: header ? { fill: 'E5E7EB' } : undefined });
  const bold = (text: string) => para(t, textRuns(t, { text, bold: true }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: t.dir === 'rtl' || undefined,
    rows: [
      new TableRow({ tableHeader: true, children: [cell([bold(input.columns.time)], 18, true), cell([bold(input.columns.step)], 57, true), cell([bold(input.columns.slides)], 25, true)] }),
      ...steps.map((step) => new TableRow({
        cantSplit: false,
        children: [
          cell([textPara(t, step.time), textPara(t, step.minutes)], 18),
          cell([
            bold(step.priority ? `${step.title} (${step.priority})` : step.title),
            ...(step.guide ? [textPara(t, step.guide)] : []),
            ...(step.question ? [para(t, [...textRuns(t, { text: `${step.question.label}: `, bold: true }), ...textRuns(t, { text: step.question.text })])] : []),
          ], 57),
          cell(step.slides.length ? step.slides.map((title) => textPara(t, title)) : [textPara(t, '–')], 25),
        ],
      })),
    ],
  });
}

export function manusDocx(input: ManusInput): Promise<Uint8Array> {
  const t: DocxText = input;
  const facts = input.facts && input.facts.items.length > 0 ? [
    textPara(t, input.facts.heading, { heading: HeadingLevel.HEADING_2 }),
    textPara(t, input.facts.lead),
    ...input.facts.items.map((item) => textPara(t, item, { bullet: { level: 0 } })),
  ] : [];
  const sessions = input.sessions.flatMap((session) => [textPara(t, session.heading, { heading: HeadingLevel.HEADING_2 }), stepTable(t, input, session.steps)]);
  return documentOf(t, input, [...facts, ...bodyParagraphs(t, input.body), textPara(t, input.note), ...sessions, ...sourceParagraphs(t, input)]);
}
