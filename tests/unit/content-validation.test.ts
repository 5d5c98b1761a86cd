// Broken content must stop the build with a message naming the file and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourse } from '../../scripts/content.ts';
import { sourceHash } from '../../src/lib/translation.ts';
import { factHash } from '../../src/lib/facts.ts';
import { pointSource, pointTextHash } from '../../src/lib/point-text.ts';

const fixtures = 'tests/fixtures/broken-content';

/** A copy of the real content with one fixture laid over it. */
function contentWith(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), `kit-${fixture}-`));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  cpSync(join(fixtures, fixture), join(root, 'src/content'), { recursive: true });
  stampFixtures(root, join(fixtures, fixture));
  return root;
}

/** Translation fixtures say sourceHash "000000000000": give them the current Swedish hash so the checks run on them. */
function stampFixtures(root: string, fixture: string) {
  const { files, library, points } = loadCourse(root);
  for (const name of readdirSync(fixture, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, 'src/content', name);
    if (!existsSync(path) || !/\.(mdx|yaml)$/.test(name) || !readFileSync(path, 'utf8').includes('sourceHash: "000000000000"')) continue;
    const fact = name.match(/^fakta\/[a-z]+\/([a-z0-9-]+)\.yaml$/);
    const pointText = name.match(/^kurs\/[a-z]+\/([a-z0-9-]+)\/punkt\.yaml$/);
    const point = pointText && points.find((p) => p.slug === pointText[1]);
    const doc = name.match(/^kurs\/[a-z]+\/(.+)$/);
    const source = doc && files.find((f) => f.file === `src/content/kurs/sv/${doc[1]}`);
    const hash = fact ? factHash(library.facts.get(fact[1])!)
      : point ? pointTextHash(pointSource(point, files, 'sv'))
      : source ? sourceHash(source.data as never, source.body) : undefined;
    if (hash) writeFileSync(path, readFileSync(path, 'utf8').replace('sourceHash: "000000000000"', `sourceHash: "${hash}"`));
  }
}

test('the real content has no problems', () => {
  const { problems, points } = loadCourse();
  assert.deepEqual(problems, []);
  assert.equal(points.length, 15);
});

const cases: [fixture: string, file: string, field: RegExp, message: RegExp][] = [
  ['missing-field', 'src/content/kurs/sv/bostader/fordjupning.mdx', /^reviewed$/, /expected date/i],
  ['unknown-language', 'src/content/kurs/de/bostader/fordjupning.mdx', /language/, /unknown language "de"/],
  // One folder too high: reported as misplaced, not read as language "kurs", point "sv", document "bostader".
  ['misplaced-document', 'src/content/kurs/sv/bostader.mdx', /^path$/, /^content must live at src\/content\/kurs\/<language>\/<point>\/<document>\.mdx$/],
  ['hours-mismatch', 'src/content/kurs/sv/bostader/handledarmanus.mdx', /^steps$/, /270 minutes .* 6 h = 360 minutes/],
  ['orphan-translation', 'src/content/kurs/en/finns-inte/fordjupning.mdx', /^path$/, /sv\/finns-inte\/fordjupning\.mdx, which does not exist/],
  ['deck-without-notes', 'src/content/kurs/sv/bostader/bildspel.mdx', /^slides\.0\.notes$/, /speaker notes/],
  ['picture-without-alt', 'src/content/kurs/sv/bostader/bildspel.mdx', /^slides\.0\.picture\.alt$/, /alt text/],
  ['picture-without-licence', 'src/content/kurs/sv/bostader/bildspel.mdx', /^slides\[0\]\.picture\.src$/, /no drawing "hyreskontrakt-utan-licens" with its licence/],
  ['unsafe-drawing', 'src/content/bilder/farlig.svg', /^\(svg\)$/, /event-handler attribute/],
  ['unknown-fact', 'src/content/kurs/sv/bostader/fordjupning.mdx', /^\(body\)$/, /no fact "finns-inte"/],
  ['translation-lost-fact', 'src/content/kurs/en/omsorg/fordjupning.mdx', /^\(body\)$/, /the fact "<Fakta id="socialtjanstlag-2025" \/>", which the translation lost/],
  ['fact-translation-lost-number', 'src/content/fakta/en/nummer-112.yaml', /^claim$/, /phone number "112", which the translation lost/],
  ['name-unexplained', 'src/content/kurs/en/omsorg/fordjupning.mdx', /^\(body\)$/, /"socialtjänsten" at its first mention must be followed by its rendering in brackets: "socialtjänsten \(social services\)"/],
  ['invalid-termbase', 'src/content/termer/ar.yaml', /^terms\.0\.rendering$/, /expected string/i],
  ['term-without-entry', 'src/content/kurs/sv/bostader/fordjupning.mdx', /^\(body\)$/, /<Term> "gräsmattan" links to "#ord-grasmattan", which is no ordlista entry/],
  ['point-text-lost-number', 'src/content/kurs/en/bostader/punkt.yaml', /^subtopics$/, /has 1 entries; the Swedish has 7/],
  ['hostile-fact', 'src/content/fakta/en/nummer-112.yaml', /^line 2$/, /event-handler attribute onerror=/],
  ['unregistered-phone', 'src/content/kurs/sv/bostader/fordjupning.mdx', /^\(body\)$/, /phone number "020-12 34 56" is not the value of any fact/],
];

for (const [fixture, file, field, message] of cases) {
  test(`broken content (${fixture}) is reported with file and field`, () => {
    const root = contentWith(fixture);
    const { problems } = loadCourse(root);
    const hit = problems.find((p) => p.file === file && field.test(p.field) && message.test(p.message));
    assert.ok(hit, `expected ${file}: ${field}: ${message}; got:\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`);

    // The build's first stage is this check: it exits non-zero and prints the file and field.
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.ok(run.stderr.includes(`${file}: ${hit.field}: `), run.stderr);
  });
}

test('a fact verified more than 12 months ago, or still proposed after its start, is warned about without stopping the build', () => {
  const root = mkdtempSync(join(tmpdir(), 'kit-stale-fact-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  cpSync('tests/fixtures/stale-fact', join(root, 'src/content'), { recursive: true });
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8', env: { ...process.env, KIT_TODAY: '2026-11-29' } });
  assert.match(run.stderr, /warning: src\/content\/fakta\/gammal-regel\.yaml: last verified 2024-01-15, more than 12 months ago/);
  assert.match(run.stderr, /warning: src\/content\/fakta\/forsenat-forslag\.yaml: still "proposed" after its planned start 2026-07-01/);
  assert.doesNotMatch(run.stderr, /warning: src\/content\/fakta\/(?!gammal-regel|forsenat-forslag)[a-z0-9-]+\.yaml: last verified/, 'the real facts are fresh');
});

test('a translation that explains the name at first mention and keeps every item passes both checks', () => {
  const root = contentWith('name-unexplained');
  const path = join(root, 'src/content/kurs/en/omsorg/fordjupning.mdx');
  const text = readFileSync(path, 'utf8');
  const body = text.indexOf('\n---\n') + 5;
  const first = text.indexOf('socialtjänsten', body);
  // Inside a <Term>, sv="…" keeps its link to the ordlista entry, as the real translations write it.
  const before = text.slice(0, first).replace(/<Term>$/, '<Term sv="socialtjänsten">');
  writeFileSync(path, `${before}socialtjänsten (social services)${text.slice(first + 'socialtjänsten'.length)}`);
  const { problems } = loadCourse(root);
  assert.deepEqual(problems.filter((p) => p.file.includes('/en/')), []);
});
