// For other municipalities: downloads with checksums, offline use, licence, version, accessibility statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
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
    // A zip of PDFs and one of Office files per language, the site, the source and SHA256SUMS.
    assert.equal(rows.length, 2 * langCodes.length + 3);
    for (const row of rows) {
      // Served (HEAD: the site zip is over 100 MB), and the page's size and sum are the built file's.
      const url = new URL(row.href, base);
      const response = await fetch(url, { method: 'HEAD' });
      assert.equal(response.status, 200, row.href);
      const body = new Uint8Array(readFileSync(join('dist', decodeURIComponent(url.pathname))));
      assert.match(row.size, /^\d+(\.\d)? (B|kB|MB)$/, `${row.href} has a size`);
      assert.equal(row.sha, sha256(body), `${row.href} checksum`);
    }
    await closePage(watched);
  }
});

test('SHA256SUMS lists every download with its real checksum', async () => {
  const sums = await (await fetch(new URL('/nedladdning/SHA256SUMS', base))).text();
  const lines = sums.trim().split('\n');
  assert.equal(lines.length, 2 * langCodes.length + 2);
  for (const line of lines) {
    const [sum, file] = line.split(/\s+/);
    assert.equal((await fetch(new URL(`/nedladdning/${file}`, base), { method: 'HEAD' })).status, 200, file);
    assert.equal(sum, sha256(new Uint8Array(readFileSync(join('dist/nedladdning', file)))), file);
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

/** Serves dist/ like scripts/serve.ts, except that /sw.js can be swapped: a new deploy without rebuilding. */
async function deployServer() {
  const handler = sirv('dist', { dev: false, etag: true });
  let swSource: string | undefined;
  const server = createServer((req, res) => {
    if (swSource && req.url?.startsWith('/sw.js')) {
      res.setHeader('content-type', 'text/javascript');
      res.setHeader('cache-control', 'no-cache');
      res.end(swSource);
      return;
    }
    handler(req, res, () => { res.statusCode = 404; res.end('Not found'); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${address.port}`, deploy: (source: string) => { swSource = source; }, close: () => server.close() };
}

async function keepPoint(page: Page, origin: string, path: string) {
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const panel = page.locator('.offline-panel');
  await panel.waitFor({ state: 'visible' });
  assert.match(await panel.locator('.offline-size').innerText(), /\d.*MB/, 'the size is shown before anything is saved');
  const button = panel.locator('button');
  assert.equal(await button.innerText(), 'Gör tillgänglig offline');
  await button.click();
  await page.waitForSelector('.offline-panel[data-state="ready"]', { timeout: 60000 });
  return panel.locator('.offline-state').innerText();
}

/** A point's Swedish handouts, one per session, as kit.json lists them. */
const handoutsOf = (slug: string) => (JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { slug: string; documents: { kind: string; lang: string; handouts?: { slides: string[]; url: string; pdf: string }[] }[] }[] })
  .points.find((p) => p.slug === slug)!.documents.find((d) => d.kind === 'bildspel' && d.lang === 'sv')!.handouts!;

test('offline: one button keeps a point; the deck, its handouts and their PDFs open without a network', async () => {
  const watched = await openPage('/sv/bostader/');
  const { page } = watched;
  const state = await keepPoint(page, base, '/sv/bostader/');
  assert.match(state, /^Tillgänglig offline, version \d+\.\d+\.\d+ \(/);
  await page.context().setOffline(true);
  await page.goto(new URL('/sv/bostader/bildspel/', base).href, { waitUntil: 'load' });
  assert.ok((await page.locator('.reveal .slides > section').count()) >= 12, 'deck offline');
  const handouts = handoutsOf('bostader');
  assert.ok(handouts.length > 1, `${handouts.length} sessions`);
  for (const handout of handouts) {
    await page.goto(new URL(handout.url, base).href, { waitUntil: 'load' });
    assert.equal(await page.locator('.handout-page').first().locator('.handout-row').count(), Math.min(3, handout.slides.length), `${handout.url} offline`);
    const pdf = await page.evaluate(async (url) => (await fetch(url)).status, new URL(handout.pdf, base).pathname);
    assert.equal(pdf, 200, `${handout.pdf} offline`);
  }
  assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans"')), 'fonts from the cache too');
  await page.context().setOffline(false);
  await closePage(watched);
});

test('offline survives a redeploy: keep a deck, change the version, go offline, the deck still opens', async () => {
  const server = await deployServer();
  const watched = await openPage('/sv/');
  const { page } = watched;
  try {
    await keepPoint(page, server.origin, '/sv/sjuk-och-halsovard/');
    const cachesBefore = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('kit-offline|')));
    assert.equal(cachesBefore.length, 1);
    // A new deploy: a new worker version (as a rebuild makes it).
    const source = readFileSync('dist/sw.js', 'utf8');
    const version = source.match(/const VERSION = "([0-9a-f]+)"/)![1];
    server.deploy(source.replace(`const VERSION = "${version}"`, 'const VERSION = "redeployed01"').replace(/const LABEL = "[^"]*"/, 'const LABEL = "9.9.9 (redeploy test)"'));
    await page.goto(`${server.origin}/sv/sjuk-och-halsovard/`, { waitUntil: 'networkidle' });
    await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); await r?.update(); });
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('kit-offline|redeployed01|')), null, { timeout: 60000, polling: 500 });
    // The old copy goes only after the new one is complete.
    await page.waitForFunction(async () => (await caches.keys()).filter((k) => k.startsWith('kit-offline|')).length === 1, null, { timeout: 30000, polling: 500 });
    await page.context().setOffline(true);
    await page.goto(`${server.origin}/sv/sjuk-och-halsovard/bildspel/`, { waitUntil: 'load' });
    assert.ok((await page.locator('.reveal .slides > section').count()) >= 10, 'deck offline after the redeploy');
    await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(), null, { timeout: 15000 });
    for (const handout of handoutsOf('sjuk-och-halsovard')) {
      assert.equal(await page.evaluate(async (url) => (await fetch(url)).status, new URL(handout.pdf, base).pathname), 200, handout.pdf);
    }
  } finally {
    await page.context().setOffline(false);
    await closePage(watched);
    server.close();
  }
});

test('offline: a participant\'s first visit keeps only what it used; query strings share one entry; the cache is bounded', async () => {
  const watched = await openPage('/ar/bostader/fordjupning/');
  const { page } = watched;
  await page.waitForFunction(() => document.documentElement.dataset.offlineUsed === 'true', null, { timeout: 30000 });
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => !p.startsWith('/sw.js')));
  const cached = async () => page.evaluate(async () => {
    const cache = await caches.open('kit-runtime');
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  const first = await cached();
  assert.ok(first.includes('/ar/bostader/fordjupning/'), 'the page itself');
  const extra = first.filter((p) => p !== '/ar/bostader/fordjupning/' && !loaded.includes(p));
  assert.deepEqual(extra, [], 'nothing the visit did not load (no fonts for other scripts, no deck JavaScript)');
  assert.equal(first.some((p) => /reveal|deck/i.test(p)), false);
  assert.equal((await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('kit-offline|')))).length, 0, 'no point kept without the button');
  // 25 planner addresses are one entry.
  for (let i = 0; i < 25; i++) await page.evaluate(async (i) => { await fetch(`/sv/planerare/?start=2027-01-${String(i + 1).padStart(2, '0')}&day=2`); }, i);
  await page.waitForTimeout(500);
  assert.equal((await cached()).filter((p) => p === '/sv/planerare/').length, 1);
  // The bounds are in the worker, and the worker's trimming is the unit-tested trimPlan.
  const sw = await (await fetch(new URL('/sw.js', base))).text();
  assert.match(sw, /const LIMITS = \{"entries":\d+,"bytes":\d+\}/);
  assert.match(sw, /function trimPlan/);
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
