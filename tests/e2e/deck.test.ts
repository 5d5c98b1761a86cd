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

// As in PowerPoint, in every language: → ↓ PageDown Space forward, ← ↑ PageUp back. The on-screen arrows and the
// progress bar follow the reading direction.
for (const lang of ['sv', 'ar', 'fa', 'ti'] as const) {
  const rtl = lang === 'ar' || lang === 'fa';
  test(`deck in ${lang}: → ↓ PageDown Space go forward, ← ↑ PageUp go back, the on-screen arrows and progress bar follow the reading direction`, async () => {
    const watched = await openPage(`/${lang}/bostader/bildspel/`);
    const { page } = watched;
    await ready(page);
    assert.equal(await page.getAttribute('.reveal', 'dir'), rtl ? 'rtl' : 'ltr');
    assert.equal(await index(page), 0);
    let expected = 0;
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space']) {
      await page.keyboard.press(key);
      assert.equal(await index(page), ++expected, `${key} moves forward`);
    }
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
      await page.keyboard.press(key);
      assert.equal(await index(page), --expected, `${key} moves back`);
    }
    // The on-screen "next" control sits on the reading side's end: right in LTR, left in RTL.
    await page.locator(rtl ? '.controls .navigate-left' : '.controls .navigate-right').click();
    assert.equal(await index(page), ++expected, 'the forward arrow on screen moves forward');
    const origin = await page.$eval('.progress span', (bar) => getComputedStyle(bar).transformOrigin);
    // reveal.js scales the bar from its left edge in LTR, from its right edge in RTL.
    assert.ok(rtl ? parseFloat(origin) > 0 : parseFloat(origin) === 0, `progress grows from the ${rtl ? 'right' : 'left'}: ${origin}`);
    assert.deepEqual(watched.consoleErrors, []);
    assert.deepEqual(watched.offOrigin, []);
    await closePage(watched);
  });
}

for (const lang of ['sv', 'ar']) {
  test(`deck in ${lang}: the help names F, the slide counter never covers the arrows, full screen shows only the slide`, async () => {
    const watched = await openPage(`/${lang}/bostader/bildspel/`);
    const { page } = watched;
    await ready(page);
    assert.match(await page.textContent('.deck-help') ?? '', /\bF\b/);
    const counter = (await page.locator('.slide-number').boundingBox())!;
    const controls = (await page.locator('.controls').boundingBox())!;
    const overlap = counter.x < controls.x + controls.width && controls.x < counter.x + counter.width && counter.y < controls.y + controls.height && controls.y < counter.y + counter.height;
    assert.equal(overlap, false, `counter ${JSON.stringify(counter)} / controls ${JSON.stringify(controls)}`);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
    assert.equal(await page.isVisible('.deck-bar'), false, 'no help bar in full screen');
    assert.equal(await page.locator('.notice').filter({ visible: true }).count(), 0, 'no notice in full screen');
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

for (const [lang, words, english] of [
  ['ar', { upcoming: 'الشريحة التالية', notes: 'الملاحظات' }, /Upcoming|Notes|Layout|Time|Pacing|Click to Reset/],
  ['sv', { upcoming: 'Nästa bild', notes: 'Anteckningar' }, /Upcoming|Notes|Layout|Time|Pacing|Click to Reset/],
] as const) {
  test(`presenter view (S) in ${lang}: the current slide's notes, labels in the UI language, a 24-hour clock, only the slide for the room`, async () => {
    const watched = await openPage(`/${lang}/bostader/bildspel/`);
    const { page } = watched;
    await ready(page);
    await page.keyboard.press('ArrowRight');
    const expected = await page.evaluate(() => (window as unknown as DeckWindow).deck.getCurrentSlide().querySelector('aside.notes')!.textContent!.trim());
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForLoadState('load');
    await popup.waitForFunction((text) => document.querySelector('.speaker-controls-notes')?.textContent?.includes(text.slice(0, 30)), expected, { timeout: 15000 });
    const view = await popup.evaluate(() => {
      const notes = document.querySelector<HTMLElement>('.speaker-controls-notes .value')!;
      return {
        lang: document.documentElement.lang,
        upcoming: document.querySelector('#upcoming-slide .label')!.textContent,
        notesLabel: document.querySelector('.speaker-controls-notes .label')!.textContent,
        visibleText: document.body.innerText,
        clock: document.querySelector('.kit-clock')!.textContent,
        notesDir: notes.dir,
        notesAlign: getComputedStyle(notes).textAlign,
        notesText: notes.textContent!,
      };
    });
    assert.equal(view.lang, lang);
    assert.equal(view.upcoming, words.upcoming);
    assert.equal(view.notesLabel, words.notes);
    assert.doesNotMatch(view.visibleText.replace(view.notesText, ''), english, 'no English label left');
    assert.match(view.clock ?? '', /^([01]\d|2[0-3]):[0-5]\d$/);
    if (lang === 'ar') {
      assert.equal(view.notesDir, 'rtl');
      assert.ok(['right', 'start'].includes(view.notesAlign), view.notesAlign);
      assert.ok(view.notesText.includes('\u2068'), 'the Swedish step title is isolated');
    }
    // The previews show the slide only, and so does the projected window while the presenter view is open.
    const preview = popup.frames().find((frame) => frame.url().includes('receiver'))!;
    await preview.waitForSelector('.reveal .slides', { state: 'attached' });
    assert.equal(await preview.isVisible('.deck-bar'), false, 'no help bar in the preview');
    assert.equal(await page.isVisible('.deck-bar'), false, 'no help bar in the room while presenting');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing kept in localStorage');
    assert.deepEqual(watched.offOrigin, []);
    await popup.close();
    await closePage(watched);
  });
}

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
