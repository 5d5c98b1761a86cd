// The checks the build runs on every current translation: nothing lost (numbers, addresses, law references) and
// Swedish names explained at first mention. Pure: takes texts and a termbase, returns problems.
import { normaliseTerm, termPattern, type Term } from './termbase.ts';

/** A translatable text of a document with the field it came from, in reading order. */
export interface Field {
  field: string;
  text: string;
}

interface Translatable {
  title: string;
  summary?: string;
  slides?: { id: string; title: string; points?: string[]; notes: string; picture?: { alt: string } }[];
  ordlista?: { term: string; translation?: string; explanation: string }[];
  steps?: { id: string; title: string; guide?: string; question?: string }[];
  sources?: ({ name: string; url: string } | { profile: string })[];
}

/** A document's texts in reading order: title, summary, body, ordlista / slides: title, bullets, notes, picture. */
export function documentFields(data: Translatable, body: string): Field[] {
  const fields: Field[] = [{ field: 'title', text: data.title }];
  if (data.summary) fields.push({ field: 'summary', text: data.summary });
  (data.slides ?? []).forEach((slide, i) => {
    fields.push({ field: `slides[${i}].title`, text: slide.title });
    (slide.points ?? []).forEach((p, j) => fields.push({ field: `slides[${i}].points[${j}]`, text: p }));
    fields.push({ field: `slides[${i}].notes`, text: slide.notes });
    if (slide.picture) fields.push({ field: `slides[${i}].picture.alt`, text: slide.picture.alt });
  });
  (data.steps ?? []).forEach((step, i) => {
    fields.push({ field: `steps[${i}].title`, text: step.title });
    if (step.guide) fields.push({ field: `steps[${i}].guide`, text: step.guide });
    if (step.question) fields.push({ field: `steps[${i}].question`, text: step.question });
  });
  if (body.trim()) fields.push({ field: '(body)', text: body });
  (data.ordlista ?? []).forEach((entry, i) => {
    if (entry.translation) fields.push({ field: `ordlista[${i}].translation`, text: entry.translation });
    fields.push({ field: `ordlista[${i}].explanation`, text: entry.explanation });
  });
  return fields;
}

/** Source names and URLs: kept in every language (the name gets a rendering in brackets). */
export function sourceFields(data: Translatable): Field[] {
  return (data.sources ?? []).flatMap((s, i) => ('url' in s ? [{ field: `sources[${i}]`, text: `${s.name} ${s.url}` }] : []));
}

// ---------------------------------------------------------------- nothing lost

export type ItemKind = 'url' | 'e-mail' | 'law reference' | 'date' | 'phone number' | 'amount' | 'percentage' | 'year' | 'fact';

export interface Item {
  kind: ItemKind;
  /** As the Swedish writes it. */
  text: string;
  /** Finds it in a (digit-normalised) translation. */
  pattern: RegExp;
}

const urlPattern = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const factTagPattern = /<Fakta\s+id="([a-z0-9-]+)"(?:\s+visa="(?:value|claim)")?\s*\/>|\{\{fakta:([a-z0-9-]+)(?:\.(?:value|claim))?\}\}/g;
// SFS 2010:1138, prop. 2025/26:136, SOU 2025:400, Ds 2024:12 — the numbers are what must survive.
const lawPattern = /(?<!\d)(?:19|20)\d\d(?:\/\d\d)?:\d+(?!\d)/g;
const isoDatePattern = /(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?!\d)/g;
const months = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
// "1 juli 2026": the month is translated, the day and year stay.
const swedishDatePattern = new RegExp(`(?<!\\d)(\\d{1,2}) (?:${months})(?: ((?:19|20)\\d\\d))?(?!\\d)`, 'gi');
const phonePattern = /(?<![\d-])(?:0\d{1,3}-\d{2,3}(?: \d{2,3}){1,3}|0\d{1,3}-\d{5,8}|114 14|1177|112|90101|11414)(?![\d])/g;
const amountPattern = /(?<![\d,])\d{1,3}(?:[ \u00A0\u202F]\d{3})*(?:,\d+)?(?= ?(?:kronor|kr\b|SEK|euro|€|:-))/g;
const percentPattern = /(?<![\d,])\d+(?:,\d+)?(?= ?(?:%|procent))/g;
const yearPattern = /(?<![\d:/-])(?:19|20)\d\d(?![\d:/-])/g;

/** Eastern Arabic and Persian digits → 0-9, so the style guide's choice of digits stays free. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90 % 16));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits in order, each allowed one thousands/grouping separator or dash between; other characters literal. */
function digitPattern(text: string): RegExp {
  const parts = [...text.replace(/[ \u00A0\u202F-]/g, '')].map((c) => (/\d/.test(c) ? c : `${escapeRegExp(c)}`));
  return new RegExp(`(?<!\\d)${parts.join('[ \\u00A0\\u202F\\u066C,.\'-]?')}(?!\\d)`);
}

/** Masks what a pattern found, so a URL's digits are not counted again as a phone number or year. */
function mask(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => ' '.repeat(m.length));
}

/** Everything in a Swedish text that a translation must keep. */
export function preservedItems(source: string): Item[] {
  const items: Item[] = [];
  const add = (kind: ItemKind, text: string, pattern: RegExp) => {
    if (!items.some((i) => i.kind === kind && i.text === text)) items.push({ kind, text, pattern });
  };
  let rest = source;
  for (const m of rest.matchAll(factTagPattern)) {
    const id = m[1] ?? m[2];
    add('fact', m[0], new RegExp(`<Fakta\\s+id="${id}"|\\{\\{fakta:${id}[.}]`));
  }
  rest = mask(rest, factTagPattern);
  for (const m of rest.matchAll(urlPattern)) add('url', m[0], new RegExp(escapeRegExp(m[0].replace(/\/$/, '')), 'i'));
  rest = mask(rest, urlPattern);
  for (const m of rest.matchAll(emailPattern)) add('e-mail', m[0], new RegExp(escapeRegExp(m[0]), 'i'));
  rest = mask(rest, emailPattern);
  for (const m of rest.matchAll(lawPattern)) add('law reference', m[0], digitPattern(m[0]));
  rest = mask(rest, lawPattern);
  for (const m of rest.matchAll(isoDatePattern)) add('date', m[0], digitPattern(m[0]));
  rest = mask(rest, isoDatePattern);
  for (const m of rest.matchAll(swedishDatePattern)) {
    add('date', m[0], m[2] ? new RegExp(`(?<!\\d)${m[1]}(?!\\d)[\\s\\S]{0,40}(?<!\\d)${m[2]}(?!\\d)|(?<!\\d)${m[2]}(?!\\d)[\\s\\S]{0,40}(?<!\\d)${m[1]}(?!\\d)`) : digitPattern(m[1]));
  }
  rest = mask(rest, swedishDatePattern);
  for (const m of rest.matchAll(phonePattern)) add('phone number', m[0], digitPattern(m[0]));
  rest = mask(rest, phonePattern);
  for (const m of rest.matchAll(amountPattern)) add('amount', m[0], digitPattern(m[0].replace(/,/g, '.').replace(/\./g, '[.,٫]')));
  rest = mask(rest, amountPattern);
  for (const m of rest.matchAll(percentPattern)) add('percentage', m[0], digitPattern(m[0]));
  rest = mask(rest, percentPattern);
  for (const m of rest.matchAll(yearPattern)) add('year', m[0], digitPattern(m[0]));
  return items;
}

export interface Missing {
  /** The Swedish field the item is in. */
  field: string;
  item: Item;
}

/** Items of the Swedish fields that the translated text does not contain. */
export function missingItems(source: readonly Field[], translation: string): Missing[] {
  const target = westernDigits(translation);
  const missing: Missing[] = [];
  const seen = new Set<string>();
  for (const { field, text } of source) {
    for (const item of preservedItems(text)) {
      const key = `${item.kind}:${item.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!item.pattern.test(target)) missing.push({ field, item });
    }
  }
  return missing;
}

// ---------------------------------------------------------------- names explained

/** Tag markup (`<Term sv="…">`, `<Fakta … />`) and URLs are not mentions: blank them out, keeping positions. */
function mentionText(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // `](url)` of a Markdown link: "[Kvinnofridslinjen](https://…) (…)" explains the name after the link.
  return text.replace(/<\/?[A-Za-z][^>]*>/g, blank).replace(/\{\{[^}]*\}\}/g, blank).replace(/\]\([^)]*\)/g, blank).replace(urlPattern, blank).replace(/(?<![\p{L}\p{N}@.])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:se|nu|com|org|net|eu)(?![\p{L}\p{N}])/gu, blank);
}

export interface UnexplainedName {
  field: string;
  term: Term;
  /** What follows the name instead of its rendering in brackets. */
  context: string;
}

/**
 * A kept Swedish name must be followed by its rendering in brackets at its first mention in the document:
 * `Skatteverket (مصلحة الضرائب)`. Mentions inside a longer kept name (Mina sidor in "1177 Mina sidor") do not count.
 */
export function unexplainedNames(fields: readonly Field[], terms: readonly Term[]): UnexplainedName[] {
  const kept = terms.filter((t) => t.keepSwedish);
  const texts = fields.map((f) => mentionText(f.text));
  const found: UnexplainedName[] = [];
  for (const term of kept) {
    const longer = kept.filter((t) => t !== term && t.sv.length > term.sv.length && termPattern(term.sv).test(t.sv));
    search: for (const [i, text] of texts.entries()) {
      for (const m of text.matchAll(termPattern(term.sv))) {
        const at = m.index!;
        const inLonger = longer.some((t) => [...text.matchAll(termPattern(t.sv))].some((l) => l.index! <= at && at + m[0].length <= l.index! + l[0].length));
        if (inLonger) continue;
        const after = text.slice(at + m[0].length);
        const bracket = after.match(/^\s*[(（]([^)）]*)[)）]/);
        if (!bracket || !normaliseTerm(bracket[1]).includes(normaliseTerm(term.rendering))) {
          found.push({ field: fields[i].field, term, context: `${m[0]}${after.slice(0, 30).replace(/\s+/g, ' ')}` });
        }
        break search;
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------- the build's check

interface Doc {
  file: string;
  data: unknown;
  body: string;
}

interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Problems of one current translation against its Swedish source; decks are compared slide by slide. */
export function translationProblems(translation: Doc, source: Doc, terms: readonly Term[] = []): Problem[] {
  const problems: Problem[] = [];
  const mine = translation.data as Translatable;
  const theirs = source.data as Translatable;
  const report = (missing: Missing[], where?: string) => {
    for (const m of missing) problems.push({ file: translation.file, field: where ?? m.field, message: `the Swedish ${m.field} has the ${m.item.kind} "${m.item.text}", which the translation lost` });
  };
  if (theirs.slides && mine.slides) {
    const byId = new Map(mine.slides.map((s, i) => [s.id, { slide: s, i }]));
    theirs.slides.forEach((slide) => {
      const own = byId.get(slide.id);
      if (!own) return; // the slide-id check names it
      const texts = (s: typeof slide) => documentFields({ title: '', slides: [s] }, '').slice(1);
      report(missingItems(texts(slide).map((f) => ({ ...f, field: f.field.replace('slides[0]', `slides[${own.i}]`) })), texts(own.slide).map((f) => f.text).join('\n')));
    });
    const rest = (d: Translatable, body: string) => [...documentFields({ ...d, slides: [] }, body), ...sourceFields(d)];
    report(missingItems(rest(theirs, source.body), rest(mine, translation.body).map((f) => f.text).join('\n')));
  } else {
    const whole = [...documentFields(mine, translation.body), ...sourceFields(mine)].map((f) => f.text).join('\n');
    report(missingItems([...documentFields(theirs, source.body), ...sourceFields(theirs)], whole));
  }
  for (const name of unexplainedNames(documentFields(mine, translation.body), terms)) {
    problems.push({ file: translation.file, field: name.field, message: `"${name.term.sv}" at its first mention must be followed by its rendering in brackets: "${name.term.sv} (${name.term.rendering})"; found "${name.context}"` });
  }
  return problems;
}
