// Counted UI strings ("1 träff", "2 träffar") in the browser: the page hands over the raw forms of one key
// (i18next's `key_one` / `key_other`), the script picks one with the language's plural rules. One way for all strings.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The forms of `key` in one language's strings: `key_one`, `key_few`, … and `key_other` (required). */
export function pluralForms(strings: Readonly<Record<string, string>>, key: string): PluralForms {
  const other = strings[`${key}_other`];
  if (other === undefined) throw new Error(`${key}_other: missing plural form`);
  const forms: PluralForms = { other };
  for (const rule of ['zero', 'one', 'two', 'few', 'many'] as const) if (strings[`${key}_${rule}`] !== undefined) forms[rule] = strings[`${key}_${rule}`];
  return forms;
}

/** The form for `count` in `lang`, with {{count}} filled in: the language's grouping, Western digits (docs/stilguide). */
export function plural(forms: PluralForms, lang: string, count: number): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replace(/\{\{count\}\}/g, new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).format(count));
}
