// For the coordinator from another municipality: the source download builds, the download page explains SHA-256,
// kit.json works without a site address, and "Om kitet" says who keeps this copy and how translations are made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { sourceZip } from '../../src/lib/downloads.ts';
import { loadProfile, profilePath } from '../../src/data/profile.ts';
import { closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();

test('the source download is the whole buildable kit: its content checks out and its pages build with a second profile', () => {
  const files = unzipSync(readFileSync(join('dist/nedladdning', sourceZip)));
  const names = Object.keys(files).map((name) => name.replace(/^kursverktyg-kallfiler\//, ''));
  for (const file of ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'README.md', 'ANPASSA.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE-CONTENT.md',
    'scripts/build.ts', 'scripts/serve.ts', 'src/layouts/Base.astro', 'src/i18n/sv.json', 'src/content/kurs/sv/bostader/fordjupning.mdx', 'tests/e2e/helpers.ts', 'public/favicon.svg']) {
    assert.ok(names.includes(file), file);
  }
  assert.deepEqual(names.filter((n) => /^(node_modules|dist|\.astro)\//.test(n)), [], 'no build output or dependencies');
  // Unzip, reuse this checkout's node_modules (an npm install would take minutes), and validate with another profile.
  const root = mkdtempSync(join(tmpdir(), 'kallfiler-'));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  const kit = join(root, 'kursverktyg-kallfiler');
  symlinkSync(resolve('node_modules'), join(kit, 'node_modules'), 'dir');
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: kit, encoding: 'utf8', env: { ...process.env, KIT_PROFILE: 'tests/fixtures/profiles/exempelby.yaml' } });
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /content ok: 15 points/);
  assert.match(check.stdout, /profile ok: Exempelby kommun/);
  assert.equal(JSON.parse(new TextDecoder().decode(files['kursverktyg-kallfiler/package.json'])).scripts.start, 'npm run build && npm run serve');
  // And it builds: `npm run build`'s script on the unzipped folder makes the pages for the second profile (the
  // press's stages after Astro are the same code as this build's, tested by the rest of the suite).
  const out = join(root, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: kit, encoding: 'utf8', env: { ...process.env, KIT_PROFILE: 'tests/fixtures/profiles/exempelby.yaml', KIT_OUT_DIR: out, KIT_PRESS: '0', KIT_PDF: '0', ASTRO_TELEMETRY_DISABLED: '1' } });
  assert.equal(build.status, 0, build.stderr.slice(-2000));
  assert.match(readFileSync(join(out, 'sv/kurs/index.html'), 'utf8'), /Exempelby/);
  assert.ok(readFileSync(join(out, 'ar/bostader/fordjupning/index.html'), 'utf8').includes('<bdi>'), 'the Arabic reading page, with its Latin names isolated');
});

test('the download page explains how to check a SHA-256 on Linux, macOS and Windows; hashes wrap on a phone', async () => {
  const watched = await openPage('/sv/nedladdning/', { viewport: { width: 390, height: 844 } });
  const { page } = watched;
  const commands = await page.$$eval('.verify pre code', (codes) => codes.map((c) => c.textContent));
  assert.deepEqual(commands, ['sha256sum -c --ignore-missing SHA256SUMS', `shasum -a 256 ${sourceZip}`, `Get-FileHash .\\${sourceZip}`]);
  const widths = await page.$$eval('[data-sha-of]', (codes) => codes.map((c) => c.getBoundingClientRect().right));
  assert.ok(widths.length > 0);
  for (const right of widths) assert.ok(right <= 390, `a hash reaches ${right} px`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390));
  await closePage(watched);
});

test('kit.json uses relative URLs when no site address is set', () => {
  const text = readFileSync('dist/kit.json', 'utf8');
  if (process.env.KIT_SITE) return;
  assert.doesNotMatch(text, /localhost/);
  const kit = JSON.parse(text);
  assert.equal(kit.points[0].documents[0].url.startsWith('/'), true);
  assert.ok(kit.downloads.every((d: { url: string }) => d.url.startsWith('/nedladdning/')));
});

test('"Om kitet" says what the kit holds, who keeps this copy and how to reach them, and the translation policy', async () => {
  const watched = await openPage('/sv/om/');
  const { page } = watched;
  const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
  for (const heading of ['Vad kitet innehåller', 'Vem som sköter den här kopian', 'Översättningarna', 'Licenser']) assert.ok(headings.includes(heading), heading);
  const main = await page.innerText('main');
  assert.match(main, /15 punkter/);
  // The profile the site was built for, whatever it has filled in: the maintainer, else the accessibility contact,
  // else the municipality's own site.
  const { profile } = loadProfile(profilePath(JSON.parse(readFileSync('dist/kit.json', 'utf8')).profile.id));
  assert.ok(main.includes(profile!.name), profile!.name);
  assert.match(main, /maskinöversättningar/);
  assert.match(main, /Just nu är \d+ av \d+ översatta texter granskade/);
  const email = profile!.maintainer?.email ?? profile!.accessibilityContact?.email;
  const site = profile!.maintainer?.url ?? profile!.accessibilityContact?.url ?? profile!.url;
  assert.deepEqual(await page.$$eval('[data-contact] a', (as) => as.map((a) => a.getAttribute('href'))), [...(email ? [`mailto:${email}`] : []), ...(site ? [site] : [])], 'the profile\'s contact');
  await closePage(watched);
});
