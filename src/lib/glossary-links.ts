// A `<Term>` in a fördjupning links to its ordlista entry: `sv="…"` names the entry (translations, inflected
// forms), otherwise the word itself does. One rule for the link (Term.astro) and for the check that it lands.
import { slugify } from './slug.ts';

/** The ordlista anchor a `<Term>` links to. */
export function termAnchor(sv: string | undefined, html: string): string {
  return `ord-${slugify(sv ?? html.replace(/<[^>]+>/g, '').trim().toLocaleLowerCase('sv'))}`;
}

/** The `<Term>`s of a body whose anchor is no entry of the ordlista, with the entry they would need. */
export function unlinkedTerms(body: string, ordlista: readonly { term: string }[]): { text: string; anchor: string }[] {
  const anchors = new Set(ordlista.map((entry) => termAnchor(entry.term, '')));
  return [...body.matchAll(/<Term\b([^>]*)>([\s\S]*?)<\/Term>/g)]
    .map(([, attrs, inner]) => ({ text: inner.replace(/<[^>]+>/g, '').trim(), anchor: termAnchor(/\bsv="([^"]*)"/.exec(attrs)?.[1], inner) }))
    .filter((term) => !anchors.has(term.anchor));
}
