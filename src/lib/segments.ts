// A language's translatable text as segments: the unit a translator (or an agency's tool) works in. Pure: takes the
// Swedish and translated data, returns segments with ids that say where the text lives, and applies edited
// segments back onto the data.
import { createHash } from 'node:crypto';
import { termsIn, type Term } from './termbase.ts';

export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';

export interface Segment {
  /** Within its document: title, summary, body/3, ordlista/hyreskontrakt/explanation, slides/start/points/0, claim, … */
  id: string;
  source: string;
  target?: string;
  state: SegmentState;
  /** Hash of the Swedish source text: an import is refused when it has changed since the export. */
  hash: string;
  terms: Term[];
}

export const segmentHash = (source: string) => createHash('sha256').update(source.trim()).digest('hex').slice(0, 12);

/** Body blocks (paragraphs, headings, lists) with the blank lines between them kept, so a rewrite changes only text. */
export function splitBody(body: string): { blocks: string[]; join: (blocks: readonly string[]) => string } {
  const parts = body.replace(/\r\n/g, '\n').split(/(\n[ \t]*\n+)/);
  const indexes = parts.flatMap((part, i) => (i % 2 === 0 && part.trim() ? [i] : []));
  return {
    blocks: indexes.map((i) => parts[i].trim()),
    join: (blocks) => {
      const copy = [...parts];
      indexes.forEach((at, n) => {
        const lead = copy[at].match(/^\s*/)![0];
        const trail = copy[at].match(/\s*$/)![0];
        copy[at] = `${lead}${blocks[n]}${trail}`;
      });
      return copy.join('');
    },
  };
}

interface Doc {
  title: string;
  summary?: string;
  slides?: { id: string; title: string; points?: string[]; notes: string; picture?: { alt: string } }[];
  ordlista?: { term: string; translation?: string; explanation: string }[];
}

/** Where each segment lives in the data: a path for YAML (front matter) or a body block. */
export type Location = { yaml: (string | number)[] } | { block: number };

interface Pair {
  id: string;
  source: string;
  target?: string;
  at?: Location;
}

/** The segments of a document: Swedish source, the translation's text where its structure matches. */
export function documentPairs(sv: Doc, svBody: string, own: Doc | undefined, ownBody: string): Pair[] {
  const pairs: Pair[] = [{ id: 'title', source: sv.title, target: own?.title, at: { yaml: ['title'] } }];
  if (sv.summary) pairs.push({ id: 'summary', source: sv.summary, target: own?.summary, at: { yaml: ['summary'] } });
  const ownSlides = new Map((own?.slides ?? []).map((s, i) => [s.id, { s, i }]));
  for (const slide of sv.slides ?? []) {
    const o = ownSlides.get(slide.id);
    const at = (...path: (string | number)[]): Location | undefined => (o ? { yaml: ['slides', o.i, ...path] } : undefined);
    pairs.push({ id: `slides/${slide.id}/title`, source: slide.title, target: o?.s.title, at: at('title') });
    (slide.points ?? []).forEach((p, j) => pairs.push({ id: `slides/${slide.id}/points/${j}`, source: p, target: o?.s.points?.[j], at: o?.s.points?.[j] !== undefined ? at('points', j) : undefined }));
    pairs.push({ id: `slides/${slide.id}/notes`, source: slide.notes, target: o?.s.notes, at: at('notes') });
    if (slide.picture) pairs.push({ id: `slides/${slide.id}/picture-alt`, source: slide.picture.alt, target: o?.s.picture?.alt, at: o?.s.picture ? at('picture', 'alt') : undefined });
  }
  const svBlocks = splitBody(svBody).blocks;
  const ownBlocks = splitBody(ownBody).blocks;
  // Blocks pair by position only when the translation has the same structure (the translators' rule).
  const sameShape = ownBlocks.length === svBlocks.length;
  svBlocks.forEach((block, n) => pairs.push({ id: `body/${n + 1}`, source: block, target: sameShape ? ownBlocks[n] : undefined, at: sameShape ? { block: n } : undefined }));
  const ownEntries = new Map((own?.ordlista ?? []).map((o, i) => [o.term, { o, i }]));
  for (const entry of sv.ordlista ?? []) {
    const o = ownEntries.get(entry.term);
    pairs.push({ id: `ordlista/${entry.term}/translation`, source: entry.term, target: o?.o.translation, at: o ? { yaml: ['ordlista', o.i, 'translation'] } : undefined });
    pairs.push({ id: `ordlista/${entry.term}/explanation`, source: entry.explanation, target: o?.o.explanation, at: o ? { yaml: ['ordlista', o.i, 'explanation'] } : undefined });
  }
  return pairs;
}

/** Pairs as segments: state from the document's status, termbase entries whose Swedish term the source mentions. */
export function toSegments(pairs: readonly Pair[], status: 'machine' | 'reviewed' | 'outdated' | 'missing' | string, terms: readonly Term[]): Segment[] {
  return pairs.map((p) => ({
    id: p.id,
    source: p.source,
    ...(p.target !== undefined ? { target: p.target } : {}),
    state: p.target === undefined ? 'initial' : status === 'reviewed' ? 'final' : 'translated',
    hash: segmentHash(p.source),
    terms: termsIn(p.source, terms),
  }));
}

/** A termbase note for a segment: "Skatteverket → مصلحة الضرائب (keep the Swedish name, rendering in brackets at first mention)". */
export function termNote(term: Term): string {
  return `${term.sv} → ${term.rendering}${term.keepSwedish ? ' (keep the Swedish name; rendering in brackets at first mention)' : ''}: ${term.explanation}`;
}
