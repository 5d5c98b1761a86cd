// A language's termbase (src/content/termer/<lang>.yaml): one rendering per concept, and which Swedish names stay.
// The format is the translators' (docs: translate brief, ANPASSA.md); `avoid` optionally lists other renderings
// seen for the same concept, so `npm run translation:status` can report them.
import { z } from 'zod';

const text = z.string().trim().min(1);
// A term such as 112 or 1177 is a number in YAML; it is still a name.
const name = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), text);

export const termKinds = ['authority', 'service', 'helpline', 'course', 'safety', 'everyday'] as const;

export const termSchema = z.strictObject({
  sv: name,
  rendering: name,
  explanation: text,
  keepSwedish: z.boolean(),
  kind: z.enum(termKinds),
  avoid: z.array(name).optional(),
});

export const termbaseSchema = z.strictObject({
  lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as ar or prs'),
  terms: z.array(termSchema).min(1),
}).superRefine((termbase, ctx) => {
  const seen = new Map<string, number>();
  termbase.terms.forEach((term, i) => {
    const key = term.sv.toLocaleLowerCase('sv');
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'sv'], message: `"${term.sv}" is already terms[${seen.get(key)}]: one rendering per concept` });
    else seen.set(key, i);
  });
});

export type Term = z.output<typeof termSchema>;
export type Termbase = z.output<typeof termbaseSchema>;

/** Arabic-script vowel marks, tatweel and direction marks do not make a different word. */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\u2066-\u2069\u061C]/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase()
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/**
 * Where a Swedish name occurs in a text: as a whole word, any case, with or without a genitive -s. The checks ask
 * for the same few hundred names about a million times a build, so each is made once; `lastIndex` is 0 for every
 * caller (`matchAll` works on a copy).
 */
export function termPattern(sv: string): RegExp {
  let pattern = patterns.get(sv);
  if (!pattern) {
    // Only Latin letters and digits end a name: Arabic و/بـ or Tigrinya ን written onto "Skatteverket" still mention it.
    pattern = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(sv).replace(/ /g, '[ \\u00A0]')}s?(?![\\p{Script=Latin}\\p{N}])`, 'giu');
    patterns.set(sv, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** The termbase entries whose Swedish term occurs in a text (e.g. a point's Swedish documents), in termbase order. */
export function termsIn(text: string, terms: readonly Term[]): Term[] {
  return terms.filter((term) => termPattern(term.sv).test(text));
}
