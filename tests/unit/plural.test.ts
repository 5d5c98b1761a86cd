// Counted strings: each language's plural rules pick the form; a missing "other" form is an error, not a blank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plural, pluralForms } from '../../src/lib/plural.ts';
import { langCodes } from '../../src/i18n/languages.ts';
import { readFileSync } from 'node:fs';

const strings = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

test('Swedish and English say "1 träff"/"1 result" and "2 träffar"/"2 results"', () => {
  assert.equal(plural(pluralForms(strings('sv'), 'search.results'), 'sv', 1), '1 träff');
  assert.equal(plural(pluralForms(strings('sv'), 'search.results'), 'sv', 2), '2 träffar');
  assert.equal(plural(pluralForms(strings('en'), 'search.results'), 'en', 1), '1 result');
  assert.equal(plural(pluralForms(strings('en'), 'search.results'), 'en', 1200), '1,200 results');
});

test('every language has the forms, and a count its rules call "few" or "many" falls back to "other"', () => {
  for (const lang of langCodes) {
    const forms = pluralForms(strings(lang), 'search.results');
    for (const count of [0, 1, 2, 3, 11, 25, 101]) {
      const text = plural(forms, lang, count);
      assert.ok(text.length > 0 && !text.includes('{{'), `${lang} ${count}: ${text}`);
    }
  }
  assert.equal(plural({ one: 'one {{count}}', other: 'other {{count}}' }, 'uk', 3), 'other 3');
});

test('a key without its "other" form is refused', () => {
  assert.throws(() => pluralForms({ 'search.results_one': 'x' }, 'search.results'), /search\.results_other: missing plural form/);
});

test('numbers keep Western digits in every language, as the style guides say', () => {
  for (const lang of langCodes) assert.match(plural({ other: '{{count}}' }, lang, 1234), /^1\D?234$/, lang);
});
