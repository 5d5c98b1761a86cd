// Zod schemas for the course content. Astro's content collections and scripts/check-content.ts both use them,
// so a broken file fails the same way in `astro dev`, in the build and in the tests.
import { z } from 'zod';
import { langCodes } from '../i18n/languages.ts';

const text = z.string().trim().min(1);
/** Text that must fit where it is shown (a slide, a handout box, a glossary row): at most `max` characters. */
const short = (max: number) => text.max(max, `at most ${max} characters, so it fits on the slide and the handout`);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and -');

/** The eight themes of samhällsorientering in förordning (2010:1138) om samhällsorientering för vissa nyanlända invandrare, 7 §. */
export const soThemes = [
  'att-komma-till-sverige',
  'att-bo-i-sverige',
  'att-forsorja-sig-och-utvecklas',
  'rattigheter-och-skyldigheter',
  'att-bilda-familj-och-leva-med-barn',
  'att-paverka-i-sverige',
  'att-varda-sin-halsa',
  'att-aldras-i-sverige',
] as const;

export const pointSchema = z.strictObject({
  number: z.number().int().min(1).max(15),
  slug: id,
  title: z.strictObject(Object.fromEntries(langCodes.map((lang) => [lang, text])) as Record<(typeof langCodes)[number], typeof text>),
  hours: z.number().positive().multipleOf(0.5),
  budgetSource: z.enum(['seed', 'kit']),
  subtopics: z.array(text).min(1),
  soThemes: z.array(z.enum(soThemes)).min(1),
  /** The point's study visit: hours that count towards the förordning's 100 hours, beside the sessions. */
  visit: z.strictObject({ hours: z.number().min(0).multipleOf(0.5), what: text }).optional(),
});

// A source named `1177` is a number in YAML; it is still a name.
const name = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), text);
const source = z.union([
  z.strictObject({ name, url: z.url({ protocol: /^https$/ }) }),
  // The municipality's own site, its county's or its region's, from the profile the kit is built for.
  z.strictObject({ profile: z.enum(['kommun', 'lan', 'region']) }),
]);

const documentBase = {
  title: text,
  reviewed: z.coerce.date(),
  sources: z.array(source).min(1),
  translation: z
    .strictObject({
      status: z.enum(['machine', 'reviewed']),
      sourceHash: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by `npm run translation:stamp`'),
      date: z.coerce.date(),
      translator: text.optional(),
    })
    .optional(),
};

export const stepSchema = z.strictObject({
  id,
  session: z.number().int().min(1),
  title: text,
  minutes: z.number().int().positive(),
  kind: z.enum(['step', 'break']).default('step'),
  /** core: always taught; optional: "om tid finns", dropped when the group is slow, added without an interpreter. */
  priority: z.enum(['core', 'optional']).optional(),
  slides: z.array(id).default([]),
  guide: text.optional(),
  question: text.optional(),
}).superRefine((step, ctx) => {
  if (step.kind === 'step' && !step.guide) ctx.addIssue({ code: 'custom', path: ['guide'], message: 'a step needs a guide: what the facilitator says and does' });
  if (step.kind === 'step' && !step.priority) ctx.addIssue({ code: 'custom', path: ['priority'], message: 'a step needs a priority: core or optional (om tid finns)' });
});

export const handledarmanusSchema = z.strictObject({
  ...documentBase,
  steps: z.array(stepSchema).min(1),
});

/** A slide's picture: `openmoji:<name>`, `karta:<map>` or `kit:<drawing>` (src/content/bilder), with alt text. */
export const pictureSchema = z.strictObject({
  src: z.string().regex(/^(openmoji|karta|kit):[a-z0-9]+(-[a-z0-9]+)*$/, 'must be openmoji:<name>, karta:<map> or kit:<drawing>'),
  alt: z.string({ error: 'a picture needs alt text: what it shows' }).trim().min(1, 'a picture needs alt text: what it shows').max(200),
});

export const slideSchema = z.strictObject({
  id,
  title: short(70),
  icon: id,
  picture: pictureSchema.optional(),
  points: z.array(short(90)).default([]),
  notes: z.string({ error: 'every slide needs speaker notes' }).trim().min(1, 'every slide needs speaker notes'),
});

export const bildspelSchema = z.strictObject({
  ...documentBase,
  slides: z.array(slideSchema).min(1),
});

export const ordlistaEntrySchema = z.strictObject({
  term: short(40),
  translation: text.optional(),
  explanation: short(240),
});

export const fordjupningSchema = z.strictObject({
  ...documentBase,
  summary: text,
  ordlista: z.array(ordlistaEntrySchema).default([]),
});

/** A time-bound fact, kept once (src/content/fakta/<id>.yaml) and referred to by id from texts, slides and manus. */
export const factStatuses = ['in-force', 'decided', 'proposed', 'rejected', 'unverified'] as const;
export const factSchema = z.strictObject({
  claim: text,
  value: name.optional(),
  status: z.enum(factStatuses),
  effective: z.coerce.date().optional(),
  source: z.strictObject({ name, url: z.url({ protocol: /^https$/ }), ref: text.optional() }),
  verified: z.coerce.date(),
  check: text.optional(),
});

/** A fact's claim in another language: src/content/fakta/<lang>/<id>.yaml, stamped with the Swedish claim's hash. */
export const factTranslationSchema = z.strictObject({
  claim: text,
  value: name.optional(),
  translation: z.strictObject({
    status: z.enum(['machine', 'reviewed']),
    sourceHash: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by `npm run translation:stamp`'),
    date: z.coerce.date(),
    translator: text.optional(),
  }),
});

/** A point's texts for participants and interpreters in another language (src/content/kurs/<lang>/<point>/punkt.yaml):
 * what the point covers, its study visit, and the titles of the Swedish handledarmanus's steps, which the interpreter
 * pack shows beside the Swedish. Stamped with the hash of the Swedish (the point file and the manus's step titles). */
export const pointTextSchema = z.strictObject({
  subtopics: z.array(text).min(1),
  visit: text.optional(),
  steps: z.record(id, text),
  translation: z.strictObject({
    status: z.enum(['machine', 'reviewed']),
    sourceHash: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by `npm run translation:stamp`'),
    date: z.coerce.date(),
    translator: text.optional(),
  }),
});

/** Credit for a drawing of the kit's own (src/content/bilder/<name>.yaml beside <name>.svg). */
export const drawingSchema = z.strictObject({
  title: text,
  author: text,
  licence: z.enum(['CC-BY-SA-4.0', 'CC0-1.0', 'CC-BY-4.0']),
});

export const documentKinds = ['handledarmanus', 'bildspel', 'fordjupning'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentSchemas = {
  handledarmanus: handledarmanusSchema,
  bildspel: bildspelSchema,
  fordjupning: fordjupningSchema,
} as const;

export type Point = z.output<typeof pointSchema>;
export type Fact = z.output<typeof factSchema> & { id: string };
export type FactTranslation = z.output<typeof factTranslationSchema> & { id: string; lang: string };
export type Drawing = z.output<typeof drawingSchema> & { id: string };
export type PointText = z.output<typeof pointTextSchema> & { lang: string; point: string };
/** altLang: set when a translated slide borrows the Swedish slide's picture and alt text. */
export type Picture = z.output<typeof pictureSchema> & { altLang?: string };
export type Step = z.output<typeof stepSchema>;
export type Slide = Omit<z.output<typeof slideSchema>, 'picture'> & { picture?: Picture };
export type Handledarmanus = z.output<typeof handledarmanusSchema>;
export type Bildspel = z.output<typeof bildspelSchema>;
export type Fordjupning = z.output<typeof fordjupningSchema>;
export type DocumentData = Handledarmanus | Bildspel | Fordjupning;
