// The fact register: time-bound facts kept once and referred to by id. Pure: finds references, fills them in,
// and says which facts a facilitator should re-check.
import { createHash } from 'node:crypto';
import type { Fact, FactTranslation } from './schema.ts';

/** `<Fakta id="x" />` or `<Fakta id="x" visa="value" />` in MDX bodies. */
const tagPattern = /<Fakta\s+id="([a-z0-9-]+)"(?:\s+visa="(value|claim)")?\s*\/>/g;
/** `{{fakta:x}}` or `{{fakta:x.value}}` in front-matter strings. */
const tokenPattern = /\{\{fakta:([a-z0-9-]+)(?:\.(value|claim))?\}\}/g;

export interface FactReference {
  id: string;
  part: 'claim' | 'value';
}

/** Every fact reference in a text (MDX body or any front-matter value), in order. */
export function factReferences(value: unknown): FactReference[] {
  const found: FactReference[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(tagPattern)) found.push({ id: m[1], part: (m[2] as FactReference['part']) ?? 'claim' });
      for (const m of v.matchAll(tokenPattern)) found.push({ id: m[1], part: (m[2] as FactReference['part']) ?? 'claim' });
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && !(v instanceof Date)) Object.values(v).forEach(visit);
  };
  visit(value);
  return found;
}

export function factText(fact: Pick<Fact, 'claim' | 'value'>, part: FactReference['part']): string {
  return part === 'value' ? (fact.value ?? fact.claim) : fact.claim;
}

/** Hash of what a translator translates in a fact: its claim and value. */
export function factHash(fact: Pick<Fact, 'claim' | 'value'>): string {
  return createHash('sha256').update(JSON.stringify([fact.claim.trim(), fact.value?.trim() ?? ''])).digest('hex').slice(0, 12);
}

export type FactTranslations = ReadonlyMap<string, FactTranslation>;
export const factTranslationKey = (lang: string, id: string) => `${lang}/${id}`;

/**
 * The fact as a reader of `lang` meets it: its translation when one exists for the current Swedish claim, otherwise
 * the Swedish claim (a changed fact must never be shown in an old translation), with the language it is in.
 */
export function localFact(fact: Fact, lang: string, translations: FactTranslations = new Map()): { claim: string; value?: string; lang: string } {
  const own = translations.get(factTranslationKey(lang, fact.id));
  if (own && own.translation.sourceHash === factHash(fact)) return { claim: own.claim, value: own.value ?? fact.value, lang };
  return { claim: fact.claim, value: fact.value, lang: 'sv' };
}

/** Replaces {{fakta:…}} tokens in a front-matter string with the fact's text. Unknown ids are left for validation to report. */
export function fillFacts(value: string, facts: ReadonlyMap<string, Fact>, lang = 'sv', translations?: FactTranslations): string {
  return value.replace(tokenPattern, (token, id: string, part?: FactReference['part']) => {
    const fact = facts.get(id);
    return fact ? factText(localFact(fact, lang, translations), part ?? 'claim') : token;
  });
}

export interface FactWarning {
  id: string;
  message: string;
}

const staleAfterMonths = 12;

/** Facts to re-check: verified more than 12 months before `today`, or still proposed after their planned start. */
export function factWarnings(facts: Iterable<Fact>, today: Date): FactWarning[] {
  const warnings: FactWarning[] = [];
  const staleBefore = new Date(today);
  staleBefore.setUTCMonth(staleBefore.getUTCMonth() - staleAfterMonths);
  for (const fact of facts) {
    if (fact.verified < staleBefore) {
      warnings.push({ id: fact.id, message: `last verified ${fact.verified.toISOString().slice(0, 10)}, more than ${staleAfterMonths} months ago: check ${fact.source.url}` });
    }
    if (fact.status === 'proposed' && fact.effective && fact.effective <= today) {
      warnings.push({ id: fact.id, message: `still "proposed" after its planned start ${fact.effective.toISOString().slice(0, 10)}: was it decided?` });
    }
    if (fact.status === 'unverified') warnings.push({ id: fact.id, message: 'unverified: confirm it with the official source before a course' });
  }
  return warnings;
}

/** Phone numbers written the Swedish way (020-50 50 50, 010-456 67 00, 114 14, 90101): each must be a registered fact's value. */
const phonePattern = /(?<![\d-])(?:0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3}|114 14|90101)(?![\d])/g;

export function phoneNumbers(text: string): string[] {
  return [...text.matchAll(phonePattern)].map((m) => m[0]);
}

/** Replaces <Fakta id="…" /> tags with the fact's text; `asText` escapes it where the result is parsed as Markdown. */
export function fillFactTags(markdown: string, facts: ReadonlyMap<string, Fact>, lang = 'sv', translations?: FactTranslations, asText: (text: string) => string = (text) => text): string {
  return markdown.replace(tagPattern, (tag, id: string, part?: FactReference['part']) => {
    const fact = facts.get(id);
    return fact ? asText(factText(localFact(fact, lang, translations), part ?? 'claim')) : tag;
  });
}
