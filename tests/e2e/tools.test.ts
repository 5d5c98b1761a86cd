// Facilitator tools: course planner with .ics, evaluation forms and tally, interpreter pack, presenter-view clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();
const ui = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

async function planFor(query: string) {
  const watched = await openPage(`/sv/planerare/?${query}`);
  const { page } = watched;
  await page.waitForSelector('#plan-table tbody tr');
  const rows = await page.$$eval('#plan-table tbody tr', (trs) => trs.map((tr) => ({
    date: (tr as HTMLElement).dataset.date!,
    points: [...tr.querySelectorAll('td:nth-child(3) strong')].map((s) => s.textContent!.split('.')[0]),
    minutes: Number(tr.querySelector('td:nth-child(4)')!.textContent),
  })));
  const ics = await page.evaluate(async () => (await fetch((document.getElementById('plan-ics') as HTMLAnchorElement).href)).text());
  return { watched, rows, ics };
}

test('planner: a known input gives the known plan and a valid .ics', async () => {
  const { watched, rows, ics } = await planFor('start=2027-01-11&time=09:00&length=180&break=15&day=2&day=4&order=4,8,9');
  // Point 4 (4.5 h) splits after its first 3-hour session; its last 90 minutes and point 8 (1.5 h) share the next; then 9.
  assert.deepEqual(rows.map((r) => r.date), ['2027-01-12', '2027-01-14', '2027-01-19']);
  assert.deepEqual(rows.map((r) => r.points), [['4'], ['4', '8'], ['9']]);
  assert.deepEqual(rows.map((r) => r.minutes), [180, 180, 90]);
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 3);
  assert.equal(events[0].startDate.toString(), '2027-01-12T09:00:00');
  assert.equal(events[0].endDate.toString(), '2027-01-12T12:00:00');
  assert.match(events[1].description, /4\. Bostäder/);
  assert.match(events[1].description, /8\. Omsorg/);
  assert.deepEqual(watched.offOrigin, []);
  assert.deepEqual(watched.consoleErrors, []);
  await closePage(watched);
});

test('planner: 8 and 9 fit one 3-hour session; holidays and chosen dates are skipped; the share link keeps the settings', async () => {
  const short = await planFor('start=2027-01-11&day=2&order=8,9');
  assert.deepEqual(short.rows.map((r) => r.points), [['8', '9']]);
  await closePage(short.watched);
  // Thursdays from 21 December 2026: julafton and nyårsafton are skipped, and so is 7 January (chosen).
  const winter = await planFor('start=2026-12-21&day=4&order=9&skip=2027-01-07');
  assert.deepEqual(winter.rows.map((r) => r.date), ['2027-01-14']);
  const skipped = await winter.watched.page.locator('#plan-skipped').innerText();
  assert.match(skipped, /2026-12-24 \(julafton\).*2026-12-31 \(nyårsafton\).*2027-01-07/);
  const share = await winter.watched.page.getAttribute('#plan-share', 'href');
  assert.match(share!, /start=2026-12-21/);
  await closePage(winter.watched);
});

test('tally: counts give the right shares, chart and CSV; nothing is stored', async () => {
  const watched = await openPage('/sv/utvardering/');
  const { page } = watched;
  await page.selectOption('select[name="point"]', { index: 3 });
  await page.fill('input[name="group"]', 'Grupp A');
  for (const [answer, count] of [['veryGood', '5'], ['good', '4'], ['lessGood', '1'], ['bad', '0']]) await page.fill(`#count-${answer}`, count);
  assert.deepEqual(await page.$$eval('[data-percent]', (tds) => tds.map((td) => td.textContent)), ['50 %', '40 %', '10 %', '0 %']);
  assert.match(await page.locator('#tally-good').innerText(), /90 %/);
  const heights = await page.$$eval('#tally-chart rect', (rects) => rects.map((r) => Number(r.getAttribute('height'))));
  assert.equal(heights.length, 4);
  assert.ok(heights[0] > heights[1] && heights[1] > heights[2], heights.join(','));
  const csv = await page.evaluate(async () => (await fetch((document.getElementById('tally-csv') as HTMLAnchorElement).href)).text());
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 5);
  assert.equal(lines[1], '4. Bostäder,Grupp A,Mycket bra,5,50');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await closePage(watched);
});

for (const lang of ['sv', 'ar', 'ti']) {
  test(`evaluation form in ${lang}: four pictures with labels in ${lang} and Swedish, two open questions, a PDF`, async () => {
    const watched = await openPage(`/${lang}/bostader/utvardering/`);
    const { page } = watched;
    const options = page.locator('.eval-option');
    assert.equal(await options.count(), 4);
    assert.equal(await page.locator('.eval-option svg').count(), 4);
    const labels = await page.$$eval('.eval-label', (els) => els.map((el) => el.childNodes[0].textContent!.trim()));
    assert.deepEqual(labels, ['veryGood', 'good', 'lessGood', 'bad'].map((a) => ui(lang)[`eval.scale.${a}`]));
    assert.equal(await page.locator('.eval-question').count(), 2);
    if (lang !== 'sv') assert.equal(await page.locator('.eval-label .sv-line[lang="sv"]').count(), 4);
    const pdf = await fetch(new URL(`/pdf/${lang}/bostader-utvardering.pdf`, page.url()));
    assert.equal(pdf.status, 200);
    await closePage(watched);
  });
}

test('interpreter pack: purpose, timed steps, key messages and the glossary with the interpreter\'s language', async () => {
  const watched = await openPage('/ar/bostader/tolk/');
  const { page } = watched;
  assert.ok((await page.locator('#tolk-purpose + .prose li').count()) > 0, 'purpose list');
  assert.ok((await page.locator('.step-time').count()) > 5, 'steps with times');
  assert.ok((await page.locator('.key-messages > li').count()) >= 12, 'slides as key messages');
  const row = page.locator('#tolk-glossary ~ table tbody tr', { hasText: 'hyreskontrakt' }).first();
  assert.match(await row.locator('td').first().innerText(), /[\u0600-\u06FF]/);
  assert.ok((await page.locator('#tolk-advice + .prose li').count()) > 2, 'advice for working with interpreters');
  assert.equal((await fetch(new URL('/pdf/ar/bostader-tolkpaket.pdf', page.url()))).status, 200);
  await closePage(watched);
});

test('presenter view shows the step and its minutes with a pacing clock from the handledarmanus', async () => {
  const watched = await openPage('/sv/bostader/bildspel/');
  const { page } = watched;
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  assert.ok(Number(await page.getAttribute('section#start', 'data-timing')) > 0, 'slides carry their planned seconds');
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await popup.waitForFunction(() => /Steg 1: .+ \(\d+ min\)/.test(document.querySelector('.speaker-controls-notes')?.textContent ?? ''), null, { timeout: 15000 });
  // The pacing clock appears only when slides carry timings.
  await popup.waitForFunction(() => (document.querySelector('.speaker-controls-time .pacing') as HTMLElement | null)?.style.display !== 'none', null, { timeout: 15000 });
  assert.match(await popup.locator('.speaker-controls-time .pacing').getAttribute('class') ?? '', /pacing (ahead|on-track|behind)/);
  await closePage(watched);
});

test('the handledarmanus links each step to its first slide in the deck', async () => {
  const watched = await openPage('/sv/bostader/handledarmanus/');
  const hrefs = await watched.page.$$eval('.step:not(.step-break) .slide-links li:first-child a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 8 && hrefs.every((h) => /\/sv\/bostader\/bildspel\/#\/[a-z0-9-]+$/.test(h!)));
  await closePage(watched);
});
