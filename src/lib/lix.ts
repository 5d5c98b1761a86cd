// LIX (läsbarhetsindex): words per sentence + percentage of words longer than six letters.
// Headings and list items count as sentences of their own: they stand alone on the page.

export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

/** Removes front matter, MDX/HTML tags, imports and Markdown syntax, keeping the prose. */
export function proseFromMarkdown(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#|]/g, ' ');
}

export function lix(prose: string): LixResult {
  const units = prose
    .split(/\n\s*[-*+]\s+|\n\s*\d+\.\s+|\n{2,}|\n(?=\s*#)|[.!?:;](?=\s|$)/)
    .map((unit) => unit.trim())
    .filter((unit) => /\p{L}/u.test(unit));
  let words = 0;
  let longWords = 0;
  for (const unit of units) {
    for (const word of unit.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []) {
      if (!/\p{L}/u.test(word)) continue;
      words += 1;
      if ([...word.replace(/[-'’]/g, '')].length > 6) longWords += 1;
    }
  }
  const sentences = Math.max(units.length, 1);
  const value = words === 0 ? 0 : words / sentences + (100 * longWords) / words;
  return { lix: Math.round(value * 10) / 10, words, sentences, longWords };
}
