// The municipality profile: who runs the course where. One YAML file per municipality in src/content/profiles;
// KIT_PROFILE picks one (default: ostersund). Empty fields are allowed: facilitators' documents then say what to fill in.
import { z } from 'zod';

const text = z.string().trim();
const url = z.url({ protocol: /^https$/ }).optional();
const place = z.strictObject({ name: text, url, description: text.optional() });

export const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** "Östersunds kommun" */
  name: text.min(1),
  /** "Östersund": the town, for sentences like "Du bor i Östersund". */
  shortName: text.min(1),
  url,
  county: z.strictObject({ name: text.min(1), url }),
  region: z.strictObject({ name: text.min(1), url }),
  /** A sentence or two about the place, for participants. */
  description: text.optional(),
  reception: z
    .strictObject({ name: text, url, phone: text.optional(), email: z.email().optional(), address: text.optional() })
    .optional(),
  organisations: z
    .strictObject({
      voluntary: z.array(place).default([]),
      sports: z.array(place).default([]),
      studyAssociations: z.array(place).default([]),
      faith: z.array(place).default([]),
    })
    .default({ voluntary: [], sports: [], studyAssociations: [], faith: [] }),
  library: place.optional(),
  studyVisits: z.array(z.strictObject({ point: text, title: text, description: text.optional() })).default([]),
  accessibilityContact: z.strictObject({ email: z.email().optional(), url }).optional(),
  /** Who keeps this copy of the kit up to date, and how to reach them (the "Om kitet" page). */
  maintainer: z.strictObject({ name: text.min(1), email: z.email().optional(), url }).optional(),
  logo: text.optional(),
  colors: z.strictObject({ accent: z.string().regex(/^#[0-9a-fA-F]{6}$/) }).optional(),
});

export type Profile = z.output<typeof profileSchema>;
export type OrganisationKind = keyof Profile['organisations'];

/** <Profil visa="…"> names for the profile's lists of local organisations. */
export const organisationLists: Record<string, OrganisationKind> = { foreningar: 'voluntary', idrottsforeningar: 'sports', studieforbund: 'studyAssociations', trossamfund: 'faith' };

/** Generic words where the profile has no name, so a participant's text still reads well. */
const fallbacks = { kommun: 'kommunen', ort: 'kommunen', lan: 'länet', region: 'regionen' } as const;

export function profileTokens(profile: Profile): Record<keyof typeof fallbacks, string> {
  return {
    kommun: profile.name || fallbacks.kommun,
    ort: profile.shortName || fallbacks.ort,
    lan: profile.county.name || fallbacks.lan,
    region: profile.region.name || fallbacks.region,
  };
}

/** Replaces {{kommun}}, {{ort}}, {{lan}} and {{region}} in front-matter text (slides, steps, ordlista). */
export function fillProfile(value: string, profile: Profile): string {
  const tokens = profileTokens(profile);
  return value.replace(/\{\{(kommun|ort|lan|region)\}\}/g, (_, key: keyof typeof tokens) => tokens[key]);
}

/** Every string inside a value (front matter), with the profile filled in. */
export function fillProfileDeep<T>(value: T, profile: Profile): T {
  if (typeof value === 'string') return fillProfile(value, profile) as T;
  if (Array.isArray(value)) return value.map((v) => fillProfileDeep(v, profile)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillProfileDeep(v, profile)])) as T;
  }
  return value;
}

/**
 * <Profil visa="…" /> tags as plain text, for Markdown shown outside MDX (the interpreter pack): names are filled
 * in, lists become comma-separated, and anything empty becomes "Fyll i".
 */
export function replaceProfileTags(markdown: string, profile: Profile): string {
  const tokens = profileTokens(profile);
  return markdown.replace(/<Profil\s+visa="([a-z]+)"[^>]*\/>/g, (_, field: string) => {
    const value =
      field in tokens ? tokens[field as keyof typeof tokens]
      : field === 'beskrivning' ? profile.description
      : field === 'regionlank' ? profile.region.name
      : field === 'kommunlank' ? profile.name
      : field === 'bibliotek' ? profile.library?.name
      : field === 'mottagning' ? profile.reception?.name
      : field in organisationLists ? profile.organisations[organisationLists[field]].map((o) => o.name).join(', ')
      : undefined;
    return value || 'Fyll i';
  });
}
