// The kit's languages. Swedish is the source; every other language translates it.
// Dari uses the ISO 639-3 code `prs` (valid BCP-47) so it gets its own URL and search index beside Persian (`fa`).
export const languages = {
  sv: { name: 'Svenska', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
  fa: { name: 'فارسی', dir: 'rtl' },
  prs: { name: 'دری', dir: 'rtl' },
  so: { name: 'Soomaali', dir: 'ltr' },
  ti: { name: 'ትግርኛ', dir: 'ltr' },
  uk: { name: 'Українська', dir: 'ltr' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl' }>;

export type Lang = keyof typeof languages;
export const sourceLang: Lang = 'sv';
export const langCodes = Object.keys(languages) as Lang[];

export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return languages[lang].dir;
}
