// Every UI string exists in every language, with the same {{placeholders}}.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { langCodes, languages } from '../../src/i18n/languages.ts';

const load = (lang: string): Record<string, string> => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8'));
const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const source = load('sv');
// The course's name stays Swedish in every language.
const sameEverywhere = new Set(['site.title', 'footer.version']);

test('there is exactly one UI string file per language', () => {
  const files = readdirSync('src/i18n').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  assert.deepEqual(files, [...langCodes].sort());
});

test('keys are flat area.item keys', () => {
  for (const key of Object.keys(source)) assert.match(key, /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9-]+)+(_(zero|one|two|few|many|other))?$/, key);
});

for (const lang of langCodes.filter((l) => l !== 'sv')) {
  test(`${lang} (${languages[lang].name}) has every key, no extra key, the same placeholders, and no Swedish left in`, () => {
    const strings = load(lang);
    assert.deepEqual(Object.keys(strings).filter((k) => !(k in source)), [], 'extra keys');
    assert.deepEqual(Object.keys(source).filter((k) => !(k in strings)), [], 'missing keys');
    for (const [key, value] of Object.entries(source)) {
      assert.ok(strings[key].trim().length > 0, `${key} is empty`);
      assert.deepEqual(placeholders(strings[key]), placeholders(value), `${key} placeholders`);
    }
    const untranslated = Object.keys(source).filter((k) => !sameEverywhere.has(k) && strings[k] === source[k] && (/[åäö]/i.test(source[k]) || source[k].length > 15));
    assert.deepEqual(untranslated, [], 'values identical to Swedish');
  });
}
