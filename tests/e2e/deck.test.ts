// The reveal.js deck: notes on every slide, presenter view, and keys that go the right way in both directions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();

interface DeckWindow { deck: { isReady(): boolean; getIndices(): { h: number }; getTotalSlides(): number; getCurrentSlide(): HTMLElement } }
const ready = (page: Page) => page.waitForFunction(() => (window as unknown as Partial<DeckWindow>).deck?.isReady());
const index = (page: Page) => page.evaluate(() => (window as unknown as DeckWindow).deck.getIndices().h);

for (const [lang, forward, back] of [['sv', 'ArrowRight', 'ArrowLeft'], ['ar', 'ArrowLeft', 'ArrowRight'], ['fa', 'ArrowLeft', 'ArrowRight'], ['ti', 'ArrowRight', 'ArrowLeft']] as const) {
  test(`deck in ${lang}: ${forward} goes forward, ${back} goes back, clicker keys work, the on-screen arrows agree`, async () => {
    const watched = await openPage(`/${lang}/bostader/bildspel/`);
    const { page } = watched;
    await ready(page);
    assert.equal(await page.getAttribute('.reveal', 'dir'), lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
    assert.equal(await index(page), 0);
    await page.keyboard.press(forward);
    assert.equal(await index(page), 1, `${forward} moves to slide 2`);
    await page.keyboard.press(forward);
    assert.equal(await index(page), 2);
    await page.keyboard.press(back);
    assert.equal(await index(page), 1, `${back} moves back`);
    await page.keyboard.press('PageDown');
    assert.equal(await index(page), 2, 'PageDown (clicker) moves forward');
    await page.keyboard.press('PageUp');
    assert.equal(await index(page), 1, 'PageUp (clicker) moves back');
    await page.keyboard.press('Space');
    assert.equal(await index(page), 2, 'space moves forward');
    // The on-screen "next" control sits on the reading side's end: right in LTR, left in RTL.
    const nextControl = lang === 'ar' || lang === 'fa' ? '.controls .navigate-left' : '.controls .navigate-right';
    await page.locator(nextControl).click();
    assert.equal(await index(page), 3, 'the forward arrow on screen moves forward');
    assert.deepEqual(watched.consoleErrors, []);
    assert.deepEqual(watched.offOrigin, []);
    await closePage(watched);
  });
}

test('every slide of every deck has speaker notes and a pictogram', async () => {
  for (const lang of ['sv', 'ar', 'ti', 'uk']) {
    for (const point of ['bostader', 'sjuk-och-halsovard']) {
      const watched = await openPage(`/${lang}/${point}/bildspel/`);
      const slides = await watched.page.$$eval('.reveal .slides > section', (sections) =>
        sections.map((s) => ({ notes: s.querySelector('aside.notes')?.textContent?.trim() ?? '', icon: !!s.querySelector('.slide-icon svg') })));
      assert.ok(slides.length >= 12, `${lang}/${point} has ${slides.length} slides`);
      slides.forEach((slide, i) => {
        assert.ok(slide.notes.length > 20, `${lang}/${point} slide ${i + 1} has notes`);
        assert.ok(slide.icon, `${lang}/${point} slide ${i + 1} has a pictogram`);
      });
      await closePage(watched);
    }
  }
});

test('presenter view (S) opens the speaker notes of the current slide, from the same origin', async () => {
  const watched = await openPage('/ar/bostader/bildspel/');
  const { page } = watched;
  await ready(page);
  await page.keyboard.press('ArrowLeft');
  const expected = await page.evaluate(() => (window as unknown as DeckWindow).deck.getCurrentSlide().querySelector('aside.notes')!.textContent!.trim());
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await popup.waitForLoadState('load');
  await popup.waitForFunction((text) => document.querySelector('.speaker-controls-notes')?.textContent?.includes(text.slice(0, 30)), expected, { timeout: 15000 });
  assert.deepEqual(watched.offOrigin, []);
  await closePage(watched);
});

test('printing the deck keeps one page per slide (no fragment explosion)', async () => {
  const watched = await openPage('/sv/bostader/bildspel/?print-pdf');
  const { page } = watched;
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'deck-')), 'deck.pdf');
  await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const slides = await page.evaluate(() => (window as unknown as DeckWindow).deck.getTotalSlides());
  assert.equal(pages, slides);
  await closePage(watched);
});
