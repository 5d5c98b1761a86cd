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
  slides: z.array(id).default([]),
  guide: text.optional(),
  question: text.optional(),
}).superRefine((step, ctx) => {
  if (step.kind === 'step' && !step.guide) ctx.addIssue({ code: 'custom', path: ['guide'], message: 'a step needs a guide: what the facilitator says and does' });
});

export const handledarmanusSchema = z.strictObject({
  ...documentBase,
  steps: z.array(stepSchema).min(1),
});

export const slideSchema = z.strictObject({
  id,
  title: short(70),
  icon: id,
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

export const documentKinds = ['handledarmanus', 'bildspel', 'fordjupning'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentSchemas = {
  handledarmanus: handledarmanusSchema,
  bildspel: bildspelSchema,
  fordjupning: fordjupningSchema,
} as const;

export type Point = z.output<typeof pointSchema>;
export type Step = z.output<typeof stepSchema>;
export type Slide = z.output<typeof slideSchema>;
export type Handledarmanus = z.output<typeof handledarmanusSchema>;
export type Bildspel = z.output<typeof bildspelSchema>;
export type Fordjupning = z.output<typeof fordjupningSchema>;
export type DocumentData = Handledarmanus | Bildspel | Fordjupning;
