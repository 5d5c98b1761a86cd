// Pagefind search, one index per language, with filters; fallback Swedish text stays out of other languages' indexes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { splitFrontMatter } from '../../scripts/content.ts';
import { closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();

/** The word a language's fördjupning uses for a Swedish glossary term, from the content itself. */
function glossaryWord(lang: string, point: string, term: string): string {
  const { frontMatter } = splitFrontMatter(readFileSync(`src/content/kurs/${lang}/${point}/fordjupning.mdx`, 'utf8'));
  const entry = (yaml.load(frontMatter) as { ordlista: { term: string; translation?: string }[] }).ordlista.find((o) => o.term === term)!;
  return (entry.translation ?? entry.term).split(/\s+/)[0];
}

async function search(lang: string, params: Record<string, string>) {
  const watched = await openPage(`/${lang}/sok/?${new URLSearchParams(params)}`);
  await watched.page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0 || /\S/.test(document.getElementById('search-status')!.textContent!) && !document.getElementById('search-status')!.textContent!.includes('…'));
  // Results come a page at a time: show them all.
  while (await watched.page.locator('#search-more').count()) {
    const shown = await watched.page.locator('#search-results li').count();
    await watched.page.click('#search-more');
    await watched.page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, shown);
  }
  const hrefs = await watched.page.$$eval('#search-results li a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // An empty list counts only when the search ran and found nothing, not when its index failed to load.
  const { status, noResults, failed } = await watched.page.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>('.search-page-form')!;
    return { status: document.getElementById('search-status')!.textContent, noResults: form.dataset.noResults, failed: form.dataset.failed };
  });
  assert.notEqual(status, failed, `${lang} ${JSON.stringify(params)}: the index loaded`);
  if (hrefs.length === 0) assert.equal(status, noResults, `${lang} ${JSON.stringify(params)}: the search ran and found nothing`);
  assert.deepEqual(watched.consoleErrors, []);
  assert.deepEqual(watched.offOrigin, []);
  await closePage(watched);
  return hrefs;
}

test('a Swedish word finds the Swedish reading text', async () => {
  const hrefs = await search('sv', { q: 'hyreskontrakt' });
  assert.ok(hrefs.includes('/sv/bostader/fordjupning/'), hrefs.join(', '));
  assert.ok(hrefs.every((href) => href.startsWith('/sv/')), 'only Swedish pages');
});

for (const lang of ['ar', 'ti', 'uk']) {
  test(`a word in ${lang} finds the ${lang} reading text, and only ${lang} pages`, async () => {
    const word = glossaryWord(lang, 'sjuk-och-halsovard', 'vårdcentral');
    const hrefs = await search(lang, { q: word });
    assert.ok(hrefs.includes(`/${lang}/sjuk-och-halsovard/fordjupning/`), `"${word}" → ${hrefs.join(', ')}`);
    assert.ok(hrefs.every((href) => href.startsWith(`/${lang}/`)));
  });
}

// Every participant language has every point: words from the first, a middle and the last point find their texts.
const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { languages: { code: string }[]; points: { number: number; slug: string }[] };
for (const lang of kit.languages.map((l) => l.code).filter((l) => l !== 'sv')) {
  test(`search in ${lang} finds the ${lang} reading texts of points across the course`, async () => {
    for (const point of [kit.points[0], kit.points[9], kit.points[kit.points.length - 1]]) {
      const { frontMatter } = splitFrontMatter(readFileSync(`src/content/kurs/${lang}/${point.slug}/fordjupning.mdx`, 'utf8'));
      const entry = (yaml.load(frontMatter) as { ordlista: { term: string; translation?: string }[] }).ordlista[0];
      // The longest word of the rendering: a content word, not "the" or "a".
      const word = (entry.translation ?? entry.term).split(/[\s()–,]+/).sort((a, b) => b.length - a.length)[0];
      const hrefs = await search(lang, { q: word, point: String(point.number) });
      assert.ok(hrefs.includes(`/${lang}/${point.slug}/fordjupning/`), `${lang} "${word}" (point ${point.number}) → ${hrefs.join(', ')}`);
    }
  });
}

test('results come ten at a time with "show more"; the count is a plural in the page\'s language', async () => {
  const strings = JSON.parse(readFileSync('src/i18n/sv.json', 'utf8')) as Record<string, string>;
  const watched = await openPage('/sv/sok/?q=kommun');
  const { page } = watched;
  await page.waitForSelector('#search-results li');
  const status = await page.locator('#search-status').innerText();
  const total = Number(/^(\d+)/.exec(status)?.[1]);
  assert.ok(total > 20, `"kommun" is in more than 20 pages: ${status}`);
  assert.equal(status, strings['search.results_other'].replace('{{count}}', String(total)));
  assert.equal(await page.locator('#search-results li').count(), 10);
  await page.click('#search-more');
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 20);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10]), true, 'focus on the first new result');
  assert.equal(new Set(await page.$$eval('#search-results li a', (links) => links.map((a) => (a as HTMLAnchorElement).href))).size, 20, 'no result twice');
  assert.deepEqual(watched.consoleErrors, []);
  await closePage(watched);
});

test('filters narrow results to a point and a document kind', async () => {
  const all = await search('sv', { q: '1177' });
  assert.ok(all.some((h) => h.endsWith('/fordjupning/')) && all.some((h) => h.endsWith('/handledarmanus/')), all.join(', '));
  const manus = await search('sv', { q: '1177', kind: 'handledarmanus' });
  assert.ok(manus.length > 0 && manus.every((h) => h.endsWith('/handledarmanus/')), manus.join(', '));
  const point4 = await search('sv', { q: '112', point: '4' });
  assert.ok(point4.length > 0 && point4.every((h) => h.startsWith('/sv/bostader/')), point4.join(', '));
});

test('Swedish fallback text is not in another language\'s index', async () => {
  // "Studiebesök" is a heading of every handledarmanus, which exists only in Swedish; a translated text may name it too.
  assert.ok((await search('sv', { q: 'studiebesök' })).some((h) => h.endsWith('/handledarmanus/')));
  // The Arabic site serves that Swedish text too, under /ar/: the word is on its pages, but not in its index.
  assert.match(readFileSync('dist/ar/bostader/handledarmanus/index.html', 'utf8'), /Studiebesök/);
  assert.deepEqual((await search('ar', { q: 'studiebesök' })).filter((h) => h.endsWith('/handledarmanus/')), []);
  // The same Arabic index answers: an Arabic word finds the Arabic text of the same point.
  const word = glossaryWord('ar', 'bostader', 'hyreskontrakt');
  const arabic = await search('ar', { q: word });
  assert.ok(arabic.includes('/ar/bostader/fordjupning/'), `"${word}" → ${arabic.join(', ')}`);
});

test('the search form in every page header leads to results', async () => {
  const watched = await openPage('/ti/bostader/');
  await watched.page.fill('#site-search', glossaryWord('ti', 'bostader', 'hyreskontrakt'));
  await watched.page.press('#site-search', 'Enter');
  await watched.page.waitForURL(/\/ti\/sok\/\?q=/);
  await watched.page.waitForSelector('#search-results li a');
  const hrefs = await watched.page.$$eval('#search-results li a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.ok(hrefs.includes('/ti/bostader/fordjupning/'), hrefs.join(', '));
  await closePage(watched);
});

test('search says so and offers a retry when its index cannot load', async () => {
  const watched = await openPage('/sv/', { serviceWorkers: 'block' });
  const { page } = watched;
  let fail = true;
  await page.route('**/pagefind/pagefind.js', (route) => (fail ? route.abort() : route.continue()));
  await page.goto(new URL('/sv/sok/?q=hyreskontrakt', page.url()).href, { waitUntil: 'networkidle' });
  await page.waitForSelector('#search-retry', { timeout: 15000 });
  const strings = JSON.parse(readFileSync('src/i18n/sv.json', 'utf8')) as Record<string, string>;
  assert.equal(await page.locator('#search-status').innerText(), strings['search.failed']);
  assert.equal(await page.locator('#search-retry').innerText(), strings['search.retry']);
  fail = false;
  await page.click('#search-retry');
  await page.waitForSelector('#search-results li', { timeout: 15000 });
  const hrefs = await page.$$eval('#search-results li a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.ok(hrefs.includes('/sv/bostader/fordjupning/'), hrefs.join(', '));
  await closePage(watched);
});
