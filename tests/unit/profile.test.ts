// The municipality profile: schema, filling in course text, and a whole build for another municipality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { fillProfile, fillProfileDeep, profileSchema } from '../../src/lib/profile.ts';

const ostersund = profileSchema.parse(yaml.load(readFileSync('src/content/profiles/ostersund.yaml', 'utf8')));

test('the default profile is Östersund, with only known facts filled in', () => {
  assert.equal(ostersund.name, 'Östersunds kommun');
  assert.equal(ostersund.region.name, 'Region Jämtland Härjedalen');
  assert.deepEqual(ostersund.organisations.voluntary, []);
  assert.equal(ostersund.reception, undefined);
});

test('a profile missing a required field is refused with the field named', () => {
  const result = profileSchema.safeParse({ id: 'x', name: 'X kommun', shortName: 'X', county: { name: 'X län' } });
  assert.equal(result.success, false);
  assert.ok(result.error!.issues.some((issue) => issue.path.join('.') === 'region'));
});

test('tokens in front-matter text are filled from the profile, deeply, leaving dates alone', () => {
  assert.equal(fillProfile('Här är det {{region}}, i {{lan}}.', ostersund), 'Här är det Region Jämtland Härjedalen, i Jämtlands län.');
  const date = new Date('2026-11-23');
  const filled = fillProfileDeep({ slides: [{ notes: 'Du bor i {{ort}}.' }], reviewed: date }, ostersund);
  assert.equal(filled.slides[0].notes, 'Du bor i Östersund.');
  assert.equal(filled.reviewed, date);
});

test('building with another profile shows its name and organisations, and none of Östersund\'s', () => {
  const out = mkdtempSync(join(tmpdir(), 'kit-exempelby-'));
  const build = spawnSync(process.execPath, ['--input-type=module', '-e', "const { build } = await import('astro'); await build({ root: process.cwd(), logLevel: 'error' });"], {
    encoding: 'utf8',
    env: { ...process.env, KIT_PROFILE: 'tests/fixtures/profiles/exempelby.yaml', KIT_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  assert.equal(build.status, 0, build.stderr);
  // The page's main content: the footer rightly keeps crediting the original course from Östersund.
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8').replace(/^[\s\S]*<main|<\/main>[\s\S]*$/g, '');
  const participants = page('sv/kultur-och-fritid/fordjupning');
  assert.match(participants, /Språkcaféet Exempelby/);
  assert.match(participants, /IK Exempel/);
  assert.match(participants, /Exempelby bibliotek/);
  const manus = page('sv/kultur-och-fritid/handledarmanus');
  assert.match(manus, /Lokalt i Exempelby/);
  assert.match(manus, /Besök på Exempelby bibliotek/);
  assert.match(manus, /Fyll i: studieförbund på orten/, 'an empty list tells the facilitator what to fill in');
  const facts = page('sv/fakta-om-sverige/fordjupning');
  assert.match(facts, /Du bor i Exempelby kommun\. Den ligger i Exempels län\. Regionen heter Region Exempel\./);
  const health = page('sv/sjuk-och-halsovard/fordjupning') + page('ar/sjuk-och-halsovard/bildspel');
  assert.match(health, /Region Exempel/);
  for (const html of [participants, manus, facts, health]) assert.doesNotMatch(html, /Östersund|Jämtland|Storsjön|regionjh/);
  const whole = readFileSync(join(out, 'sv/index.html'), 'utf8');
  assert.match(whole, /--accent: #5a2d82/, 'the municipality\'s colour');
  assert.match(whole, /<img class="site-logo" src="\/favicon.svg" alt="Exempelby kommun"/, 'the municipality\'s logo');
  assert.equal(JSON.parse(readFileSync(join(out, 'kit.json'), 'utf8')).profile.name, 'Exempelby kommun');
});

test('<Profil> tags become plain text outside MDX, with "Fyll i" where the profile is empty', async () => {
  const { replaceProfileTags } = await import('../../src/lib/profile.ts');
  assert.equal(replaceProfileTags('Här <Profil visa="region" />; föreningar: <Profil visa="foreningar" rubrik="x" />.', ostersund), 'Här Region Jämtland Härjedalen; föreningar: Fyll i.');
});
