// The one kit config: checked, and the values reach the places that use them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineKitConfig, paletteStyle } from '../../src/lib/kit-config.ts';
import { lixProblems } from '../../src/lib/readability.ts';
import { kitConfig } from '../../kit.config.ts';

test('a wrong value in the config stops with "kit.config.ts: field: message"', () => {
  assert.throws(() => defineKitConfig({ ...kitConfig, palette: { ...kitConfig.palette, accent: 'blue' } }), /^Error: kit\.config\.ts: palette\.accent: must be a colour as #rrggbb$/);
  assert.throws(() => defineKitConfig({ ...kitConfig, session: { ...kitConfig.session, startTime: '25:00' } }), /kit\.config\.ts: session\.startTime: /);
  assert.throws(() => defineKitConfig({ ...kitConfig, handout: { slidesPerPage: 0, noteLinesPerSlide: 9 } }), /kit\.config\.ts: handout\.slidesPerPage: /);
  assert.throws(() => defineKitConfig({ ...kitConfig, typo: 1 }), /kit\.config\.ts: \(config\): /);
  assert.deepEqual(defineKitConfig(structuredClone(kitConfig)), kitConfig);
});

test('the palette becomes custom properties, the profile\'s accent replacing the kit\'s', () => {
  const style = paletteStyle(kitConfig.palette);
  assert.match(style, new RegExp(`--accent: ${kitConfig.palette.accent}`));
  assert.match(style, new RegExp(`--accent-dark: ${kitConfig.palette.accentDark}`));
  assert.match(paletteStyle(kitConfig.palette, '#5a2d82'), /--accent: #5a2d82;/);
  assert.doesNotMatch(paletteStyle(kitConfig.palette, '#5a2d82'), new RegExp(`--accent: ${kitConfig.palette.accent}`));
});

test('a Swedish text over its LIX limit is a problem with file and field; translations and other kinds are not measured', () => {
  const hard = { data: { title: 'Hyresgästföreningens förhandlingsdelegation', summary: 'x' }, body: 'Hyresgästföreningens förhandlingsdelegation presenterade omfattande förändringsförslag beträffande lägenhetsunderhållet.' };
  const easy = { data: { title: 'Hem', summary: 'x' }, body: 'Jag bor här. Du bor där.' };
  const problems = lixProblems([
    { file: 'src/content/kurs/sv/bostader/fordjupning.mdx', ...hard },
    { file: 'src/content/kurs/sv/bostader/handledarmanus.mdx', ...easy },
    { file: 'src/content/kurs/ar/bostader/fordjupning.mdx', ...hard },
    { file: 'src/content/kurs/sv/bostader/bildspel.mdx', ...hard },
  ], kitConfig.lix, 'sv');
  assert.deepEqual(problems.map((p) => `${p.file}: ${p.field}`), ['src/content/kurs/sv/bostader/fordjupning.mdx: lix']);
  assert.match(problems[0].message, new RegExp(`not under ${kitConfig.lix.fordjupning}`));
});
