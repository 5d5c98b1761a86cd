// UI strings through i18next: flat `area.item` keys in <bcp47>.json, typed by the Swedish file.
import i18next, { type TFunction } from 'i18next';
import { langCodes, sourceLang, type Lang } from './languages.ts';
import type sv from './sv.json';

// Every <bcp47>.json beside this file; tests check that each language in languages.ts has one with every key.
const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });
export const uiStrings = Object.fromEntries(langCodes.map((lang) => [lang, files[`./${lang}.json`] ?? {}])) as Record<Lang, Record<string, string>>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    keySeparator: false;
    resources: { translation: typeof sv };
  }
}

const instance = i18next.createInstance();
await instance.init({
  lng: sourceLang,
  fallbackLng: false,
  supportedLngs: langCodes,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  resources: Object.fromEntries(langCodes.map((lang) => [lang, { translation: uiStrings[lang] }])),
});

/** The translate function for one language; Astro escapes the output itself. */
export function useTranslations(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

export { languages, langCodes, sourceLang, dirOf, fontStack, isLang, type Lang } from './languages.ts';
