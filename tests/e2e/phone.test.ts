// The phone (390 × 844): WCAG 2.2 AA (axe, with target size) on every page kind in sv, ar and ti; a header that
// takes at most a fifth of the first screen; a language menu that opens inside the screen in every language; status
// pills inside their borders; the menu without JavaScript; whole-card links on the language choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { langCodes } from '../../src/i18n/languages.ts';
import { closePage, coreLangs, openPage, pageKinds, useBrowser } from './helpers.ts';

useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }

const pages = [...coreLangs.flatMap((lang) => Object.entries(pageKinds).map(([kind, path]) => [`${kind} (${lang})`, path(lang)] as const)), ['language choice', '/'] as const];

for (const [name, path] of pages) {
  test(`phone: ${name} meets WCAG 2.2 AA, nothing overflows, the header is at most a fifth of the screen`, async () => {
    const watched = await openPage(path, phone);
    const { page } = watched;
    await page.addScriptTag({ path: axePath });
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    )) as AxeResult;
    const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    assert.deepEqual(summary, []);
    const layout = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      header: document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
      pills: [...document.querySelectorAll<HTMLElement>('.status')].filter((pill) => {
        const box = pill.getBoundingClientRect();
        return pill.scrollWidth > pill.clientWidth + 1 || box.right > innerWidth || box.left < 0;
      }).map((pill) => pill.textContent),
    }));
    assert.ok(layout.width <= 390, `page is ${layout.width} px wide`);
    assert.ok(layout.header <= 844 / 5, `header is ${layout.header} px high`);
    assert.deepEqual(layout.pills, [], 'pills overflow');
    await closePage(watched);
  });
}

test('phone: the language menu opens inside the screen in every language, and every choice is a 24 px target', async () => {
  for (const lang of langCodes) {
    const watched = await openPage(`/${lang}/bostader/`, phone);
    const { page } = watched;
    await page.click('.language-menu > summary');
    const boxes = await page.$$eval('.language-menu li a', (links) => links.map((a) => { const b = a.getBoundingClientRect(); return { left: b.left, right: b.right, width: b.width, height: b.height, text: a.textContent }; }));
    assert.equal(boxes.length, langCodes.length);
    for (const box of boxes) {
      assert.ok(box.left >= 0 && box.right <= 390, `${lang}: ${box.text} at ${box.left}–${box.right}`);
      assert.ok(box.width >= 24 && box.height >= 24, `${lang}: ${box.text} is ${box.width}×${box.height}`);
    }
    await closePage(watched);
  }
});

test('phone: navigation and search open from one control without JavaScript', async () => {
  for (const lang of ['sv', 'ar']) {
    const watched = await openPage(`/${lang}/kurs/`, { ...phone, javaScriptEnabled: false });
    const { page } = watched;
    assert.equal(await page.isVisible('.site-header nav'), false, 'folded on a phone');
    assert.equal(await page.isVisible('#site-search'), false);
    await page.click('.site-menu > summary');
    assert.ok(await page.isVisible('.site-header nav a[href$="/planerare/"]'));
    assert.ok(await page.isVisible('#site-search'));
    const box = (await page.locator('.site-menu-content').boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `menu at ${box.x}–${box.x + box.width}`);
    await closePage(watched);
  }
});

test('wide screen: navigation and search are shown in the header, with no menu control', async () => {
  const watched = await openPage('/sv/kurs/');
  const { page } = watched;
  assert.ok(await page.isVisible('.site-header nav a[href$="/planerare/"]'));
  assert.ok(await page.isVisible('#site-search'));
  assert.equal(await page.isVisible('.site-menu > summary'), false);
  await closePage(watched);
});

test('the language choice and the home page cards are whole-card links', async () => {
  const watched = await openPage('/', phone);
  const { page } = watched;
  const cards = await page.$$eval('.language-choice .card', (cards) => cards.map((card) => {
    const b = card.getBoundingClientRect();
    // A point near the card's corner, away from the link text, still hits the link.
    const hit = document.elementFromPoint(b.left + 4, b.bottom - 4)?.closest('a');
    return { href: card.querySelector('a')!.getAttribute('href'), hit: hit?.getAttribute('href') };
  }));
  assert.equal(cards.length, langCodes.length);
  for (const card of cards) assert.equal(card.hit, card.href);
  await closePage(watched);
  const home = await openPage('/sv/', phone);
  const links = await home.page.$$eval('main .cards .card', (cards) => cards.map((card) => card.querySelector('h2 a')?.getAttribute('href')));
  assert.deepEqual(links, ['/sv/kurs/', '/sv/kurs/', '/sv/anpassa/']);
  await closePage(home);
});

test('phone: every reading page in every language fits the screen (long addresses and words break)', async () => {
  const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { documents: { kind: string; lang: string; textLang: string; url: string }[] }[] };
  const pages = kit.points.flatMap((p) => p.documents.filter((d) => d.kind === 'fordjupning' && d.lang === d.textLang).map((d) => new URL(d.url, 'http://kit.invalid').pathname));
  assert.ok(pages.length >= 15 * langCodes.length, `${pages.length} reading pages`);
  const watched = await openPage('/', phone);
  const wide: string[] = [];
  for (const path of pages) {
    await watched.page.goto(new URL(path, watched.page.url()).href);
    const width = await watched.page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path}: ${width} px`);
  }
  await closePage(watched);
  assert.deepEqual(wide, []);
});
