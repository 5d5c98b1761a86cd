// Course content is text and the kit's components: hostile MDX and YAML stop `npm run check` naming file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourse } from '../../scripts/content.ts';
import { lintContent, normaliseUrl } from '../../src/lib/content-lint.ts';

const fixtures = 'tests/fixtures/hostile-content';
const hostile = readdirSync(fixtures).filter((f) => /\.(mdx|yaml)$/.test(f) && f !== 'allowed.mdx').sort();

test('what course content legitimately holds passes: components, https links, pictures from the site', () => {
  assert.deepEqual(lintContent('allowed.mdx', readFileSync(join(fixtures, 'allowed.mdx'), 'utf8')), []);
});

test('every hostile snippet is caught on its own line', () => {
  assert.ok(hostile.length >= 19);
  for (const name of hostile) {
    const snippet = readFileSync(join(fixtures, name), 'utf8');
    const line = snippet.split('\n').findIndex((l) => l.trim() && l.trim() !== 'Text.') + 1;
    const problems = lintContent(`x/${name}`, `---\ntitle: x\n---\n\n${snippet}`);
    assert.ok(problems.some((p) => p.field === `line ${line + 4}`), `${name}: ${JSON.stringify(problems)}`);
  }
});

test('script URLs are recognised however they are spelt', () => {
  assert.equal(normaliseUrl(' JaVa&#x09;Script&colon;alert(1)'), 'javascript:alert(1)');
  assert.equal(normaliseUrl('java\nscript:x'), 'javascript:x');
  assert.equal(lintContent('a.mdx', '<a href="  JAVASCRIPT:alert(1)">x</a>').length, 1);
  assert.deepEqual(lintContent('a.mdx', '[Skatteverket](https://www.skatteverket.se)\n<a href="/sv/kurs/">Kurs</a>'), []);
});

/** A copy of the real content with `snippet` appended to one file. */
function contentWith(target: string, snippet: string): { root: string; line: number } {
  const root = mkdtempSync(join(tmpdir(), 'kit-lint-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  const path = join(root, target);
  const before = readFileSync(path, 'utf8');
  const text = `${before.endsWith('\n') ? '' : '\n'}\n${snippet}`;
  appendFileSync(path, text);
  const offset = snippet.split('\n').findIndex((l) => l.trim() && l.trim() !== 'Text.');
  return { root, line: (before + text).split('\n').length - snippet.split('\n').length + 1 + offset };
}

for (const [i, name] of hostile.entries()) {
  test(`hostile content (${name}) stops the check with file and line`, () => {
    const lang = ['sv', 'ar', 'ti', 'uk'][i % 4];
    const target = name.endsWith('.yaml') ? 'src/content/points/bostader.yaml' : `src/content/kurs/${lang}/bostader/fordjupning.mdx`;
    const { root, line } = contentWith(target, readFileSync(join(fixtures, name), 'utf8'));
    const { problems } = loadCourse(root);
    assert.ok(problems.some((p) => p.file === target && p.field === `line ${line}`), `${target}: line ${line}\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`);
    if (i % 5 === 0) {
      const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });
      assert.equal(run.status, 1);
      assert.ok(run.stderr.includes(`${target}: line ${line}: `), run.stderr);
    }
  });
}

test('slide titles, bullets and glossary entries have length limits that the check reports', () => {
  const root = mkdtempSync(join(tmpdir(), 'kit-long-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  const edit = (file: string, from: RegExp, to: string) => {
    const path = join(root, file);
    const source = readFileSync(path, 'utf8');
    const changed = source.replace(from, to);
    assert.notEqual(changed, source, `${file}: fixture edit applies`);
    writeFileSync(path, changed);
  };
  // The 2,000-character title of the issue, a 91-character bullet, a 41-character term and a 241-character explanation.
  edit('src/content/kurs/sv/bostader/bildspel.mdx', /(\n {2}- id: [^\n]+\n {4}title: )[^\n]+/, `$1${'Rubrik '.repeat(286).trim().padEnd(2000, 'x')}`);
  edit('src/content/kurs/ar/bostader/bildspel.mdx', /(\n {4}points:\n {6}- )[^\n]+/, `$1${'ب'.repeat(91)}`);
  edit('src/content/kurs/sv/bostader/fordjupning.mdx', /(\n {2}- term: )[^\n]+(\n {4}explanation: )[^\n]+/, `$1${'o'.repeat(41)}$2${'ord '.repeat(61)}`);
  const { problems } = loadCourse(root);
  const has = (file: string, field: RegExp, message: RegExp) =>
    assert.ok(problems.some((p) => p.file === file && field.test(p.field) && message.test(p.message)), `${file}: ${field}\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`);
  has('src/content/kurs/sv/bostader/bildspel.mdx', /^slides\.\d+\.title$/, /at most 70 characters/);
  has('src/content/kurs/ar/bostader/bildspel.mdx', /^slides\.\d+\.points\.0$/, /at most 90 characters/);
  has('src/content/kurs/sv/bostader/fordjupning.mdx', /^ordlista\.0\.term$/, /at most 40 characters/);
  has('src/content/kurs/sv/bostader/fordjupning.mdx', /^ordlista\.0\.explanation$/, /at most 240 characters/);
});
