// For other municipalities: downloads with checksums, offline use, licence, version, accessibility statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { langCodes } from '../../src/i18n/languages.ts';
import { parseChangelog } from '../../src/lib/changelog.ts';
import { base, closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const release = parseChangelog(readFileSync('CHANGELOG.md', 'utf8'))[0];

test('the download page links every file, with its size and a SHA-256 that matches the file', async () => {
  for (const lang of ['sv', 'ar']) {
    const watched = await openPage(`/${lang}/nedladdning/`);
    const rows = await watched.page.$$eval('tr[data-download]', (trs) => trs.map((tr) => ({
      href: tr.querySelector('a')!.getAttribute('href')!,
      size: tr.querySelector('[data-size-of]')!.textContent!.trim(),
      sha: tr.querySelector('[data-sha-of]')!.textContent!.trim(),
    })));
    assert.equal(rows.length, langCodes.length + 3);
    for (const row of rows) {
      const response = await fetch(new URL(row.href, base));
      assert.equal(response.status, 200, row.href);
      const body = new Uint8Array(await response.arrayBuffer());
      assert.match(row.size, /^\d+(\.\d)? (B|kB|MB)$/, `${row.href} has a size`);
      assert.equal(row.sha, sha256(body), `${row.href} checksum`);
    }
    await closePage(watched);
  }
});

test('SHA256SUMS lists every download with its real checksum', async () => {
  const sums = await (await fetch(new URL('/nedladdning/SHA256SUMS', base))).text();
  const lines = sums.trim().split('\n');
  assert.equal(lines.length, langCodes.length + 2);
  for (const line of lines) {
    const [sum, file] = line.split(/\s+/);
    assert.equal(sum, sha256(new Uint8Array(await (await fetch(new URL(`/nedladdning/${file}`, base))).arrayBuffer())), file);
  }
});

test('the zips hold what they say: a language\'s PDFs, the whole site, the content and profile', () => {
  const entries = (file: string) => Object.keys(unzipSync(readFileSync(join('dist/nedladdning', file))));
  const ar = entries('kursverktyg-pdf-ar.zip');
  assert.deepEqual(ar.filter((f) => !f.startsWith('kursverktyg-pdf/ar/')), []);
  assert.equal(ar.length, readdirSync('dist/pdf/ar').length);
  const site = entries('kursverktyg-webbplats.zip');
  for (const file of ['index.html', 'sv/kurs/index.html', 'ti/bostader/bildspel/index.html', 'kit.json', 'sw.js', 'pdf/sv/bostader-fordjupning.pdf']) {
    assert.ok(site.includes(`kursverktyg-webbplats/${file}`), file);
  }
  const source = entries('kursverktyg-kallfiler.zip');
  for (const file of ['src/content/profiles/ostersund.yaml', 'src/content/kurs/sv/bostader/fordjupning.mdx', 'src/content/points/bostader.yaml', 'LICENSE-CONTENT.md', 'ANPASSA.md']) {
    assert.ok(source.includes(`kursverktyg-kallfiler/${file}`), file);
  }
});

test('offline: a deck opened once shows again, with its handout and PDF, without a network', async () => {
  const watched = await openPage('/sv/bostader/bildspel/');
  const { page } = watched;
  await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true', null, { timeout: 30000 });
  await page.context().setOffline(true);
  await page.reload({ waitUntil: 'load' });
  assert.ok((await page.locator('.reveal .slides > section').count()) >= 12, 'deck offline');
  await page.goto(new URL('/sv/bostader/bildspel/utskrift/', base).href, { waitUntil: 'load' });
  assert.equal(await page.locator('.handout-page').first().locator('.handout-row').count(), 3, 'handout offline');
  const pdf = await page.evaluate(async () => (await fetch('/pdf/sv/bostader-bildspel-anteckningar.pdf')).status);
  assert.equal(pdf, 200, 'handout PDF offline');
  // Fonts came from the cache too: the page is not in a fallback face.
  assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans"')));
  await page.context().setOffline(false);
  await closePage(watched);
});

test('every page links the accessibility statement and shows the kit\'s version and date', () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length > 500);
  const missing = pages.filter((f) => !/href="\/[a-z]+\/tillganglighet\/"/.test(readFileSync(join('dist', f), 'utf8')));
  assert.deepEqual(missing, []);
  const home = readFileSync('dist/sv/index.html', 'utf8');
  assert.ok(home.includes(`Version ${release.version}, ${release.date}`));
  const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8'));
  assert.equal(kit.version, release.version);
  assert.equal(kit.date, release.date);
  assert.deepEqual(kit.license, { content: 'CC-BY-SA-4.0', code: 'MIT' });
  assert.equal(kit.profile.id, 'ostersund');
});

test('the accessibility statement follows DIGG\'s structure and links DIGG\'s form', async () => {
  const watched = await openPage('/ti/tillganglighet/');
  const { page } = watched;
  const headings = await page.$$eval('h2, h3', (hs) => hs.map((h) => h.textContent!.trim()));
  for (const heading of ['Hur tillgänglig är webbplatsen?', 'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn', 'Teknisk information om webbplatsens tillgänglighet', 'Innehåll som inte är tillgängligt', 'Hur vi testat webbplatsen']) {
    assert.ok(headings.includes(heading), heading);
  }
  assert.equal(await page.locator('a[href="https://www.digg.se/tdosanmalan"]').count(), 1);
  assert.match(await page.locator('main').innerText(), /delvis förenlig/);
  assert.equal(await page.getAttribute('main .prose', 'lang'), 'sv');
  assert.equal(await page.getAttribute('[data-translation-status]', 'data-translation-status'), 'missing');
  await closePage(watched);
});
