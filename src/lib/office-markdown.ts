// A document body (MDX with facts and profile filled in) as plain blocks of text runs, for the Office exports.
// Pure: only Markdown's own structure is kept; any other markup stays visible text, never becomes markup.
import { marked, type Token, type Tokens } from 'marked';

export interface Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** A glossary word (<Term>): the pages link it to the ordlista, the Office files mark it. */
  term?: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1] === 'x' || name[1] === 'X' ? 16 : 10)) : (entities[name.toLowerCase()] ?? whole));

const termMark = /\u0000(\d+)\u0000/g;

/** Splits text runs at the glossary-word marks. */
function withTerms(run: Run, terms: readonly string[]): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of run.text.matchAll(termMark)) {
    if (m.index > last) runs.push({ ...run, text: run.text.slice(last, m.index) });
    runs.push({ ...run, text: terms[Number(m[1])], term: true });
    last = m.index + m[0].length;
  }
  if (last < run.text.length) runs.push({ ...run, text: run.text.slice(last) });
  return runs;
}

function inline(tokens: readonly Token[] | undefined, style: Omit<Run, 'text'> = {}): Run[] {
  const runs: Run[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong': runs.push(...inline((token as Tokens.Strong).tokens, { ...style, bold: true })); break;
      case 'em': runs.push(...inline((token as Tokens.Em).tokens, { ...style, italics: true })); break;
      case 'del': runs.push(...inline((token as Tokens.Del).tokens, style)); break;
      case 'link': {
        const link = token as Tokens.Link;
        runs.push(...inline(link.tokens, style));
        // The address stays readable on paper; only web addresses, as on the pages.
        if (/^https:\/\//.test(link.href) && link.text !== link.href) runs.push({ ...style, text: ` (${link.href})` });
        break;
      }
      case 'br': runs.push({ ...style, text: '\n' }); break;
      case 'text':
        if ('tokens' in token && token.tokens?.length) runs.push(...inline(token.tokens, style));
        else runs.push({ ...style, text: decode((token as Tokens.Text).text) });
        break;
      case 'escape': runs.push({ ...style, text: (token as Tokens.Escape).text }); break;
      case 'codespan': runs.push({ ...style, text: decode((token as Tokens.Codespan).text) }); break;
      default: runs.push({ ...style, text: decode(token.raw) });
    }
  }
  return runs;
}

/** Joins neighbouring runs of the same style, so a word is one run. */
function merge(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out.at(-1);
    if (prev && !prev.term && !run.term && prev.bold === run.bold && prev.italics === run.italics) prev.text += run.text;
    else if (run.text) out.push({ ...run });
  }
  return out;
}

function blocks(tokens: readonly Token[], terms: readonly string[]): Block[] {
  const runs = (t: readonly Token[] | undefined) => merge(inline(t).flatMap((run) => withTerms(run, terms)));
  return tokens.flatMap((token): Block[] => {
    switch (token.type) {
      case 'heading': return [{ kind: 'heading', level: (token as Tokens.Heading).depth, runs: runs((token as Tokens.Heading).tokens) }];
      case 'paragraph': return [{ kind: 'paragraph', runs: runs((token as Tokens.Paragraph).tokens) }];
      case 'list': {
        const list = token as Tokens.List;
        // An item's text, with any nested blocks' text after it.
        const items = list.items.map((item) => item.tokens.flatMap((t) => (t.type === 'list' ? blocks([t], terms).flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.runs)) : runs([t]))));
        return [{ kind: 'list', ordered: list.ordered, items: items.map(merge) }];
      }
      case 'blockquote': return blocks((token as Tokens.Blockquote).tokens, terms);
      case 'space': case 'hr': return [];
      default: return [{ kind: 'paragraph', runs: withTerms({ text: decode(token.raw.trim()) }, terms) }];
    }
  });
}

/** The body's blocks. `<Term>` words are marked; any other tag is shown as the text it is. */
export function markdownBlocks(markdown: string): Block[] {
  const terms: string[] = [];
  const marked_ = markdown
    .replace(/\r\n/g, '\n')
    .replace(/\u0000/g, '')
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, (_, inner: string) => `\u0000${terms.push(inner) - 1}\u0000`)
    .replace(/</g, '&lt;');
  return blocks(marked.lexer(marked_), terms).filter((block) => block.kind === 'list' || block.runs.some((run) => run.text.trim()));
}

/** The plain text of runs. */
export const runsText = (runs: readonly Run[]) => runs.map((run) => run.text).join('');
