// The municipality profile: who runs the course where. One YAML file per municipality in src/content/profiles;
// KIT_PROFILE picks one (default: ostersund). Empty fields are allowed: facilitators' documents then say what to fill in.
// Every value is text, never markup: pages escape it, and Markdown made from it goes through markdownText().
import { z } from 'zod';

/** Bidi overrides and embeddings (U+202A–U+202E, U+2066–U+2069) can make a name read as something else. */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;
// Control characters other than tab and newline have no business in a name or a sentence.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Plain text of at most `max` characters: no bidi overrides, no control characters. */
const text = (max: number) =>
  z.string().trim().max(max, `at most ${max} characters`)
    .refine((value) => !bidiControls.test(value), 'must not contain bidi override characters (U+202A–U+202E, U+2066–U+2069)')
    .refine((value) => !controls.test(value), 'must not contain control characters');
const name = text(100);
const url = z.url({ protocol: /^https$/, error: 'must be an https:// address' }).max(300, 'at most 300 characters').optional();
const place = z.strictObject({ name, url, description: text(300).optional() });
const email = z.email('must be an e-mail address').max(254, 'at most 254 characters');

/** The logo's file types and largest size; an SVG must pass logoProblems(). */
export const logoTypes = ['svg', 'png', 'webp'] as const;
export const logoMaxBytes = 200 * 1024;
const logo = z.string().trim()
  .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._/-]+\.(svg|png|webp)$/, 'must be the path of an .svg, .png or .webp file inside the project, e.g. src/content/profiles/exempelby-logo.svg (not a URL)')
  .max(200, 'at most 200 characters');

export const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/).max(60),
  /** "Östersunds kommun" */
  name: name.min(1),
  /** "Östersund": the town, for sentences like "Du bor i Östersund". */
  shortName: text(60).min(1),
  url,
  county: z.strictObject({ name: name.min(1), url }),
  region: z.strictObject({ name: name.min(1), url }),
  /** A sentence or two about the place, for participants. */
  description: text(600).optional(),
  reception: z
    .strictObject({
      name,
      url,
      phone: text(40).regex(/^[+0-9 ()-]*$/, 'must be a phone number: digits, spaces, + ( ) -').optional(),
      email: email.optional(),
      address: text(200).optional(),
    })
    .optional(),
  organisations: z
    .strictObject({
      voluntary: z.array(place).max(50).default([]),
      sports: z.array(place).max(50).default([]),
      studyAssociations: z.array(place).max(50).default([]),
      faith: z.array(place).max(50).default([]),
    })
    .default({ voluntary: [], sports: [], studyAssociations: [], faith: [] }),
  library: place.optional(),
  studyVisits: z.array(z.strictObject({ point: text(60), title: text(120), description: text(300).optional() })).max(50).default([]),
  /** The municipality's own optional modules (a local theme, a visit programme): hours beside the course's. */
  localModules: z.array(z.strictObject({ title: text(120), hours: z.number().positive().max(40).multipleOf(0.5), description: text(300).optional() })).max(20).default([]),
  accessibilityContact: z.strictObject({ email: email.optional(), url }).optional(),
  /** Who keeps this copy of the kit up to date, and how to reach them (the "Om kitet" page). */
  maintainer: z.strictObject({ name: text(120).min(1), email: email.optional(), url }).optional(),
  /** A file inside the project (checked to exist, size-limited, SVG without script); never a URL. */
  logo: logo.optional(),
  colors: z.strictObject({ accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb') }).optional(),
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

/** Every string inside a value (front matter), with the profile (and, through `fillMore`, the facts) filled in. */
export function fillProfileDeep<T>(value: T, profile: Profile, fillMore: (text: string) => string = (text) => text): T {
  if (typeof value === 'string') return fillProfile(fillMore(value), profile) as T;
  if (Array.isArray(value)) return value.map((v) => fillProfileDeep(v, profile, fillMore)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillProfileDeep(v, profile, fillMore)])) as T;
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
    return value ? markdownText(value) : 'Fyll i';
  });
}

/** Text as Markdown that renders exactly that text: HTML and Markdown specials escaped (`*`, `_`, `[` stay literal). */
export function markdownText(value: string): string {
  return value
    .replace(/[\\`*_{}\[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\s+/g, ' ');
}

/** A URL for a Markdown link target: the characters that could end the target or open markup are percent-encoded. */
export function markdownUrl(value: string): string {
  return value.replace(/[\s()<>"'\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** What is wrong with a logo file's bytes (empty when nothing): size, type, and in an SVG anything that could run or load. */
export function logoProblems(path: string, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  if (bytes.length > logoMaxBytes) problems.push(`the file is ${Math.ceil(bytes.length / 1024)} KB; at most ${logoMaxBytes / 1024} KB`);
  const ext = path.split('.').pop()!.toLowerCase();
  const head = Array.from(bytes.slice(0, 12));
  if (ext === 'png' && head.slice(0, 8).join(',') !== '137,80,78,71,13,10,26,10') problems.push('is not a PNG file');
  if (ext === 'webp' && (String.fromCharCode(...head.slice(0, 4)) !== 'RIFF' || String.fromCharCode(...head.slice(8, 12)) !== 'WEBP')) problems.push('is not a WebP file');
  if (ext === 'svg') {
    const svg = new TextDecoder().decode(bytes);
    if (!/<svg[\s>]/i.test(svg)) problems.push('is not an SVG file');
    if (/<script[\s>/]/i.test(svg)) problems.push('an SVG logo must not contain <script>');
    if (/<foreignObject[\s>/]/i.test(svg)) problems.push('an SVG logo must not contain <foreignObject>');
    if (/<!ENTITY/i.test(svg)) problems.push('an SVG logo must not declare entities');
    if (/\son[a-z]+\s*=/i.test(svg)) problems.push('an SVG logo must not have event attributes (onload=, onclick= …)');
    if (/(?:href|src)\s*=\s*["']\s*(?!#)[^"']*:/i.test(svg) || /url\(\s*["']?\s*(?!#)[a-z]+:/i.test(svg) || /@import/i.test(svg)) {
      problems.push('an SVG logo must not link or load anything outside itself (href, url(), @import)');
    }
  }
  return problems;
}
