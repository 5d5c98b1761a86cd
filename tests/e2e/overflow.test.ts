// Every slide fits its 16:9 frame on screen and its box on the printed handout, in every language that has decks.
// (The schema limits titles to 70 and bullets to 90 characters; this checks what the browser actually lays out.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { langCodes } from '../../src/i18n/languages.ts';
import { closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();
const decks = (lang: string) => readdirSync(`dist/${lang}`).filter((point) => existsSync(`dist/${lang}/${point}/bildspel/index.html`)).sort();

for (const lang of langCodes) {
  test(`no slide overflows in ${lang}: deck frame and handout box`, async () => {
    const points = decks(lang);
    assert.ok(points.length >= 15, `${lang}: decks found`);
    const overflow: string[] = [];
    let measured = 0;
    for (const point of points) {
      const deck = await openPage(`/${lang}/${point}/bildspel/`);
      await deck.page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
      await deck.page.evaluate(() => document.fonts.ready);
      const found = await deck.page.evaluate(() => {
        const deck = (window as unknown as { deck: { getTotalSlides(): number; slide(h: number): void; getCurrentSlide(): HTMLElement } }).deck;
        const out: { id: string; problems: string[]; size: number }[] = [];
        for (let i = 0; i < deck.getTotalSlides(); i++) {
          deck.slide(i);
          const section = deck.getCurrentSlide();
          const frame = section.getBoundingClientRect();
          const problems: string[] = [];
          // Every piece of text lies inside the 16:9 frame, and no line is wider than its own box (an unbreakable word).
          for (const el of section.querySelectorAll<HTMLElement>('.slide-face *')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) problems.push(`<${el.tagName.toLowerCase()}> outside the frame`);
            if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') problems.push(`<${el.tagName.toLowerCase()}> wider than its box`);
          }
          out.push({ id: section.id, problems, size: frame.width * frame.height });
        }
        return out;
      });
      for (const s of found) {
        assert.ok(s.size > 0, `${lang}/${point}#${s.id}: measured`);
        measured += 1;
        if (s.problems.length) overflow.push(`${lang}/${point}/bildspel#${s.id}: ${[...new Set(s.problems)].join(', ')}`);
      }
      await closePage(deck);
      const handout = await openPage(`/${lang}/${point}/bildspel/utskrift/`);
      await handout.page.evaluate(() => document.fonts.ready);
      const boxes = await handout.page.$$eval('.handout-slide', (figures) => figures.map((figure) => {
        const box = figure.getBoundingClientRect();
        return [...figure.querySelectorAll<HTMLElement>('.slide-face *')].some((el) => {
          const r = el.getBoundingClientRect();
          return (r.width > 0 || r.height > 0) && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
        });
      }));
      assert.equal(boxes.length, found.length, `${lang}/${point}: one handout box per slide`);
      boxes.forEach((outside, i) => { if (outside) overflow.push(`${lang}/${point}/bildspel/utskrift #${i + 1}: text outside its box`); });
      await closePage(handout);
    }
    assert.ok(measured > 100, `${lang}: ${measured} slides measured`);
    assert.deepEqual(overflow, []);
  });
}
