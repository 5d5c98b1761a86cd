// Every page kind in sv, ar and ti: right language and direction, no console errors, nothing fetched off the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { closePage, coreLangs, openPage, pageKinds, useBrowser } from './helpers.ts';
import { langCodes, languages } from '../../src/i18n/languages.ts';

useBrowser();
const rtl = new Set(langCodes.filter((code) => languages[code].dir === 'rtl'));
const ui = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

for (const lang of coreLangs) {
  for (const [kind, path] of Object.entries(pageKinds)) {
    test(`${kind} page in ${lang}: lang/dir, content, no errors, no off-origin request`, async () => {
      const watched = await openPage(path(lang));
      const { page } = watched;
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('html', 'dir'), rtl.has(lang) ? 'rtl' : 'ltr');
      const title = (await page.title()).trim();
      assert.ok(title.length > 3, 'page has a title');
      if (kind !== 'bildspel') {
        assert.equal(await page.locator('h1').count(), 1, 'one h1');
        // The language menu offers all eight languages, each named in its own language.
        assert.equal(await page.locator('.language-menu a[hreflang]').count(), 8);
      }
      assert.deepEqual(watched.consoleErrors, []);
      assert.deepEqual(watched.offOrigin, []);
      assert.deepEqual(watched.failed, []);
      await closePage(watched);
    });
  }
}

test('overview lists 15 points with hours, the 85.5-hour total and what is complete', async () => {
  const watched = await openPage('/sv/kurs/');
  const rows = watched.page.locator('tbody tr');
  assert.equal(await rows.count(), 15);
  assert.equal(await watched.page.getAttribute('[data-total-hours]', 'data-total-hours'), '85.5');
  assert.match(await watched.page.locator('tfoot').innerText(), /85,5 timmar plus studiebesök/);
  // Each point's status is the catalogue's completeness (tests/unit/course-content.test.ts asks for every language).
  const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { slug: string; completeness: string }[] };
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-point')}: ${tr.getAttribute('data-status')}`));
  assert.deepEqual(shown, kit.points.map((p) => `${p.slug}: ${p.completeness}`));
  await closePage(watched);
});

test('the language menu leads to the same page in another language', async () => {
  const watched = await openPage('/sv/bostader/fordjupning/');
  await watched.page.locator('.language-menu summary').click();
  await watched.page.locator('.language-menu a[hreflang="ti"]').click();
  await watched.page.waitForURL(/\/ti\/bostader\/fordjupning\/$/);
  assert.equal(await watched.page.getAttribute('html', 'lang'), 'ti');
  await closePage(watched);
});

test('a machine translation says so in the reader\'s language', async () => {
  for (const lang of ['ar', 'ti']) {
    const watched = await openPage(`/${lang}/bostader/fordjupning/`);
    const notice = watched.page.locator('[data-translation-status]');
    assert.equal(await notice.getAttribute('data-translation-status'), 'machine');
    assert.equal((await notice.innerText()).trim(), ui(lang)['translation.machine']);
    assert.equal(await watched.page.getAttribute('article', 'lang'), lang);
    await closePage(watched);
  }
});

test('a document missing in a language shows the Swedish text, tagged sv, with a notice, kept out of search', async () => {
  for (const lang of ['ar', 'ti']) {
    const watched = await openPage(`/${lang}/bostader/handledarmanus/`);
    const { page } = watched;
    assert.equal(await page.getAttribute('[data-translation-status]', 'data-translation-status'), 'missing');
    assert.equal((await page.locator('[data-translation-status]').innerText()).trim(), ui(lang)['translation.missing']);
    assert.equal(await page.getAttribute('article', 'lang'), 'sv');
    assert.equal(await page.getAttribute('article', 'dir'), 'ltr');
    assert.equal(await page.locator('[data-pagefind-body]').count(), 0, 'fallback text is not indexed for this language');
    await closePage(watched);
  }
});

test('the handledarmanus shows each session on a 00:00–03:00 clock and links steps to their slides', async () => {
  const watched = await openPage('/sv/sjuk-och-halsovard/handledarmanus/');
  const { page } = watched;
  const sessions = page.locator('section.session');
  assert.equal(await sessions.count(), 2);
  for (let i = 0; i < 2; i++) {
    const times = await sessions.nth(i).locator('.step-time').allInnerTexts();
    assert.match(times[0], /^00:00–/);
    assert.match(times.at(-1)!, /–03:00/);
  }
  const slideLink = page.locator('.slide-links a').first();
  const href = (await slideLink.getAttribute('href'))!;
  assert.match(href, /^\/sv\/sjuk-och-halsovard\/bildspel\/#\/[a-z0-9-]+$/);
  await slideLink.click();
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const current = await page.evaluate(() => (window as unknown as { deck: { getCurrentSlide(): HTMLElement } }).deck.getCurrentSlide().id);
  assert.equal(`#/${current}`, href.slice(href.indexOf('#')));
  await closePage(watched);
});

test('the reading page works without JavaScript and marks glossary words', async () => {
  const watched = await openPage('/sv/bostader/fordjupning/', { javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const { page } = watched;
  assert.ok((await page.locator('article p').count()) > 20);
  const term = page.locator('article a.term').first();
  const target = (await term.getAttribute('href'))!;
  assert.equal(await page.locator(`dt${target}`).count(), 1, `glossary entry ${target} exists`);
  // Nothing wider than the phone screen.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  await closePage(watched);
});
