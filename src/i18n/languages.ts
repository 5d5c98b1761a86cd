// The kit's languages. Swedish is the source; every other language translates it.
// Dari uses the ISO 639-3 code `prs` (valid BCP-47) so it gets its own URL and search index beside Persian (`fa`).
export const languages = {
  sv: { name: 'Svenska', dir: 'ltr', script: 'Latn' },
  en: { name: 'English', dir: 'ltr', script: 'Latn' },
  ar: { name: 'العربية', dir: 'rtl', script: 'Arab' },
  fa: { name: 'فارسی', dir: 'rtl', script: 'Arab' },
  prs: { name: 'دری', dir: 'rtl', script: 'Arab' },
  so: { name: 'Soomaali', dir: 'ltr', script: 'Latn' },
  ti: { name: 'ትግርኛ', dir: 'ltr', script: 'Ethi' },
  uk: { name: 'Українська', dir: 'ltr', script: 'Cyrl' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl'; script: Script }>;

/** The typeface for each script, on screen and in print (the faces themselves are declared in src/styles/fonts.css).
 * Arabic script is set in Vazirmatn: Chromium's PDFs keep its text (the Noto Arabic families lose the Unicode of
 * their joined letter forms, so a PDF reader, a search or a copied phone number gets nothing usable). */
export const scriptFonts = {
  Latn: 'Noto Sans',
  Cyrl: 'Noto Sans',
  Arab: 'Vazirmatn',
  Ethi: 'Noto Sans Ethiopic',
} as const;
export type Script = keyof typeof scriptFonts;

export type Lang = keyof typeof languages;
export const sourceLang: Lang = 'sv';
export const langCodes = Object.keys(languages) as Lang[];

export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return languages[lang].dir;
}

/** CSS font-family list for a page in `lang`: its own script's face first, then the others for quoted names. */
export function fontStack(lang: Lang): string {
  const faces = [...new Set([scriptFonts[languages[lang].script], ...Object.values(scriptFonts)])];
  return [...faces.map((face) => `'${face}'`), 'system-ui', 'sans-serif'].join(', ');
}
