// The press's settings: one zod-checked object (kit.config.ts at the project root) that pages, styles, the build
// stages and the tests all read, instead of each keeping its own copy of a number.
import { z } from 'zod';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM');

export const kitConfigSchema = z.strictObject({
  /** The municipality profile: an id in src/content/profiles or a path to a YAML file (KIT_PROFILE overrides). */
  profile: z.string().min(1),
  /** Print PDFs with Chromium (KIT_PDF=0 turns it off for one build). */
  pdf: z.boolean(),
  /** The printed slide handout. */
  handout: z.strictObject({ slidesPerPage: z.number().int().min(1).max(6), noteLinesPerSlide: z.number().int().min(0).max(20) }),
  /** Highest LIX a text may have: the fördjupning is lätt svenska, the manus is for facilitators. */
  lix: z.strictObject({ fordjupning: z.number().positive(), handledarmanus: z.number().positive() }),
  /** Hours of samhällsorientering the law asks for: förordning (2010:1138) 5 § (the fact so-100-timmar). */
  requiredHours: z.number().positive().max(1000),
  /** A course session and the planner's defaults. */
  session: z.strictObject({
    maxMinutes: z.number().int().min(30).max(480),
    breakMinutes: z.number().int().min(0).max(60),
    startTime: clock,
    /** 1 = Monday … 7 = Sunday. */
    weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  }),
  /** The palette; a profile's `colors.accent` replaces the accent. */
  palette: z.strictObject({ accent: colour, accentDark: colour, ink: colour, muted: colour, line: colour, focus: colour }),
});

export type KitConfig = z.infer<typeof kitConfigSchema>;

/** The config, checked: a wrong value stops everything with "kit.config.ts: field: message". */
export function defineKitConfig(config: unknown): KitConfig {
  const result = kitConfigSchema.safeParse(config);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `kit.config.ts: ${issue.path.join('.') || '(config)'}: ${issue.message}`).join('\n'));
}

/** The palette as CSS custom properties, the accent from the profile when it has one. */
export function paletteStyle(palette: KitConfig['palette'], profileAccent?: string): string {
  const values = { ...palette, accent: profileAccent ?? palette.accent };
  return Object.entries(values).map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value}`).join('; ');
}
