// Facilitator tools: course planner with .ics, evaluation forms and tally, interpreter pack, presenter-view clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { contrastRatio } from '../../src/lib/tally.ts';
import { kitConfig } from '../../kit.config.ts';
import { closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();
const ui = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

/** Served as a PDF, not just answered with 200: the type and the file's own signature. */
async function assertPdf(url: URL) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url.pathname);
  assert.equal(response.headers.get('content-type'), 'application/pdf', url.pathname);
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), '%PDF-', url.pathname);
  assert.ok(bytes.length > 10_000, `${url.pathname}: ${bytes.length} bytes`);
}

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

test('planner: a known input gives the known plan and a valid .ics; the break field changes the plan', async () => {
  const { watched, rows, ics } = await planFor('start=2027-01-11&time=09:00&length=180&break=15&day=2&day=4&order=4,8,9');
  // Each 3-hour session holds 165 minutes of steps and one 15-minute break between two steps, filled while the next
  // step fits: point 4 (245 min of steps without its manus fika) runs into the second session, which 8 (80 min)
  // fills to exactly 165; 9 (80 min) is the third.
  assert.deepEqual(rows.map((r) => r.date), ['2027-01-12', '2027-01-14', '2027-01-19']);
  assert.deepEqual(rows.map((r) => r.points), [['4', '4'], ['4', '8'], ['9']]);
  assert.deepEqual(rows.map((r) => r.minutes), [175, 180, 80]);
  assert.equal(await watched.page.locator('#plan-table tbody tr:first-child td:nth-child(3) > :first-child').evaluate((el) => el.tagName), 'STRONG', 'no session starts with a break');
  // Sessions longer than 90 minutes get a break; the third (80 min) needs none.
  assert.equal(await watched.page.locator('.plan-break').count(), 2);
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 3);
  assert.equal(events[0].startDate.toString(), '2027-01-12T09:00:00');
  assert.equal(events[0].endDate.toString(), '2027-01-12T11:55:00');
  assert.match(events[1].description, /4\. Bostäder/);
  assert.match(events[1].description, /8\. Omsorg/);
  assert.match(events[0].description, /Paus 15 min/);
  assert.deepEqual(watched.offOrigin, []);
  assert.deepEqual(watched.consoleErrors, []);
  await closePage(watched);
  const noBreak = await planFor('start=2027-01-11&length=180&break=0&day=2&day=4&order=4,8,9');
  // Without a break: filled while the next step fits (point 4's next step, 20 min, would make 190; in the second
  // session 9's third step, 12 min, would make 192).
  assert.deepEqual(noBreak.rows.map((r) => r.minutes), [170, 180, 55]);
  await closePage(noBreak.watched);
});

test('planner: 8 and 9 fit one 3-hour session without a break; holidays and chosen dates are skipped; the share link keeps the settings', async () => {
  const short = await planFor('start=2027-01-11&day=2&order=8,9&break=0');
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

test('planner and overview: the hours note says what the sessions give, what the law asks for and what the visits add', async () => {
  const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { totalHours: number; visitHours: number; totalHoursWithVisits: number };
  const sv = (n: number) => new Intl.NumberFormat('sv', { maximumFractionDigits: 1 }).format(n);
  const watched = await openPage('/sv/planerare/');
  const note = await watched.page.textContent('#plan-hours-note');
  await closePage(watched);
  // 85,5 hours of sessions, 100 required, 14,5 missing, 102,5 with the study visits (numbers from the build, not typed here).
  for (const number of [kit.totalHours, kitConfig.requiredHours, kitConfig.requiredHours - kit.totalHours, kit.totalHoursWithVisits]) {
    assert.ok(note!.includes(sv(number)), `"${sv(number)}" in "${note}"`);
  }
  assert.equal(kit.totalHoursWithVisits, kit.totalHours + kit.visitHours);
  const overview = await openPage('/sv/kurs/');
  assert.match((await overview.page.textContent('[data-total-hours-with-visits]'))!, new RegExp(`${sv(kit.totalHoursWithVisits)}.*minst ${kitConfig.requiredHours} timmar`));
  await closePage(overview);
});

test('planner: holidays are known years ahead (Christmas 2031 and New Year 2032 are skipped)', async () => {
  const { watched, rows } = await planFor('start=2031-12-20&day=1&day=2&day=3&day=4&day=5&length=60&break=0&order=1,2,3');
  const dates = rows.map((r) => r.date);
  for (const day of ['2031-12-24', '2031-12-25', '2031-12-26', '2031-12-31', '2032-01-01', '2032-01-06']) assert.ok(!dates.includes(day), `${day} in ${dates.join(', ')}`);
  assert.deepEqual(dates.slice(0, 5), ['2031-12-22', '2031-12-23', '2031-12-29', '2031-12-30', '2032-01-02']);
  assert.equal(await watched.page.locator('#plan-warnings').isHidden(), true);
  await closePage(watched);
});

for (const lang of ['sv', 'ar']) {
  test(`planner in ${lang}: bad settings get a message beside their field and no plan, never a blank page`, async () => {
    const strings = ui(lang);
    const watched = await openPage(`/${lang}/planerare/?start=2027-13-45&time=25:99&length=100000&break=15&day=2&order=4,99`);
    const { page } = watched;
    await page.waitForSelector('#plan-invalid:not([hidden])');
    assert.equal(await page.locator('#plan-output').isHidden(), true, 'no plan');
    assert.equal(await page.locator('#plan-invalid').innerText(), strings['planner.invalid']);
    const message = (field: string) => page.locator(`#planner-error-${field}`).innerText();
    assert.equal(await message('start'), strings['planner.error.date'].replace('{{value}}', '2027-13-45'));
    assert.equal(await message('time'), strings['planner.error.time'].replace('{{value}}', '25:99'));
    assert.equal(await message('length'), strings['planner.error.range'].replace('{{min}}', '30').replace('{{max}}', '480'));
    assert.equal(await message('order'), strings['planner.error.unknownPoint'].replace('{{values}}', '99'));
    assert.equal(await page.getAttribute('input[name="length"]', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('input[name="length"]', 'aria-describedby'), 'planner-error-length');
    assert.equal(await page.inputValue('input[name="length"]'), '100000', 'the field keeps what was typed');
    assert.deepEqual(watched.consoleErrors, []);
    for (const query of ['start=2027-02-30&day=2', 'start=2027-01-11', 'start=2027-01-11&day=2&length=0', 'start=2027-01-11&day=2&order=99']) {
      await page.goto(new URL(`/${lang}/planerare/?${query}`, page.url()).href, { waitUntil: 'networkidle' });
      assert.equal(await page.locator('#plan-invalid').isVisible(), true, query);
      assert.equal(await page.locator('#plan-output').isHidden(), true, query);
    }
    assert.deepEqual(watched.consoleErrors, []);
    await closePage(watched);
  });
}

test('planner: .ics text is escaped per RFC 5545, and settings too long for a link are refused before sending', async () => {
  const title = 'Bibliotek, kl 10; ta med id\\kort';
  const { watched, ics } = await planFor(`start=2027-01-11&day=2&order=9&visits=${encodeURIComponent(`9;60;${title}\r\n9;30;Fika`)}`);
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\u0000-\u0008\u000B-\u001F]/, 'no bare CR or control character');
  assert.ok(ics.includes('Bibliotek\\, kl 10\\; ta med id\\\\kort'), 'comma, semicolon and backslash escaped');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.ok(events.some((e) => e.description.includes(title)));
  const { page } = watched;
  const dates = Array.from({ length: 160 }, (_, i) => new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10)).join('\n');
  await page.fill('textarea[name="skip"]', dates);
  const before = page.url();
  await page.click('.planner-form button[type="submit"]');
  await page.waitForFunction(() => /\S/.test(document.getElementById('planner-error-url')!.textContent!));
  assert.match(await page.locator('#planner-error-url').innerText(), /\d{4}.*2000/);
  assert.equal(page.url(), before, 'the form was not sent');
  await closePage(watched);
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
  const csvOf = (id: string) => page.evaluate(async (id) => new Uint8Array(await (await fetch((document.getElementById(id) as HTMLAnchorElement).href)).arrayBuffer()), id);
  // Swedish Excel: UTF-8 with a BOM, semicolons. Plain: commas, no BOM.
  const excel = Buffer.from(Object.values(await csvOf('tally-csv')));
  assert.deepEqual([...excel.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const excelLines = excel.subarray(3).toString('utf8').trim().split('\r\n');
  assert.equal(excelLines.length, 5);
  assert.equal(excelLines[1], '4. Bostäder;Grupp A;Mycket bra;5;50');
  const plain = Buffer.from(Object.values(await csvOf('tally-csv-plain'))).toString('utf8');
  assert.ok(!plain.startsWith('\uFEFF'));
  assert.equal(plain.trim().split('\r\n')[1], '4. Bostäder,Grupp A,Mycket bra,5,50');
  // A group name that a spreadsheet would run is written as text.
  await page.fill('input[name="group"]', '=HYPERLINK("http://evil.example")');
  assert.match(Buffer.from(Object.values(await csvOf('tally-csv'))).toString('utf8'), /;"'=HYPERLINK\(""http:\/\/evil\.example""\)";/);
  // Text on and above the bars: at least 4.5:1 against what it stands on.
  const pairs = await page.$$eval('#tally-chart text[data-on]', (texts) => texts.filter((t) => t.textContent).map((t) => [t.getAttribute('fill')!, (t as SVGElement).dataset.on!]));
  assert.equal(pairs.length, 4);
  for (const [fill, on] of pairs) assert.ok(contrastRatio(fill, on) >= 4.5, `${fill} on ${on}`);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  await closePage(watched);
});

test('tally: 4 of 9 is 44 %, thirds get a rounding note, and counts that are not whole numbers are refused beside the field', async () => {
  const watched = await openPage('/sv/utvardering/');
  const { page } = watched;
  const percents = () => page.$$eval('[data-percent]', (tds) => tds.map((td) => td.textContent));
  for (const [answer, count] of [['veryGood', '4'], ['good', '0'], ['lessGood', '5'], ['bad', '0']]) await page.fill(`#count-${answer}`, count);
  assert.deepEqual(await percents(), ['44 %', '0 %', '56 %', '0 %']);
  assert.match(await page.locator('#tally-good').innerText(), /44 %/);
  assert.equal(await page.locator('#tally-rounding').isHidden(), true);
  for (const [answer, count] of [['veryGood', '1'], ['good', '1'], ['lessGood', '1']]) await page.fill(`#count-${answer}`, count);
  assert.deepEqual(await percents(), ['33 %', '33 %', '33 %', '0 %']);
  assert.match(await page.locator('#tally-rounding').innerText(), /99/);
  for (const bad of ['-3', '2.7', '1e308', '10001']) {
    await page.fill('#count-bad', bad);
    assert.equal(await page.getAttribute('#count-bad', 'aria-invalid'), 'true', bad);
    assert.ok((await page.locator('#count-bad-error').innerText()).length > 5, `${bad}: a message beside the field`);
    assert.deepEqual(await percents(), ['–', '–', '–', '–'], `${bad}: no shares`);
    assert.doesNotMatch(await page.locator('main').innerText(), /Infinity|NaN/);
    assert.equal(await page.getAttribute('#tally-csv', 'href'), null, `${bad}: no CSV`);
  }
  assert.deepEqual(await page.$$eval('input[type="number"]', (inputs) => inputs.map((i) => [i.getAttribute('min'), i.getAttribute('step')])), Array(4).fill(['0', '1']));
  assert.deepEqual(watched.consoleErrors, []);
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
    await assertPdf(new URL(`/pdf/${lang}/bostader-utvardering.pdf`, page.url()));
    await closePage(watched);
  });
}

test('picture cards: every slide picture of the point as a card, captioned in the reader\'s language (and Swedish), two to a row on paper', async () => {
  const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { slug: string; documents: { kind: string; lang: string; slidesWithPicture?: number }[] }[] };
  const pictured = (lang: string) => kit.points.find((p) => p.slug === 'bostader')!.documents.find((d) => d.kind === 'bildspel' && d.lang === lang)!.slidesWithPicture!;
  for (const lang of ['sv', 'ar', 'ti']) {
    const watched = await openPage(`/${lang}/bostader/bildkort/`);
    const cards = await watched.page.$$eval('.picture-card', (items) => items.map((li) => {
      const img = li.querySelector('img')!;
      return { loaded: img.complete && img.naturalWidth > 0, alt: img.alt, caption: li.querySelector('.card-caption')!.firstChild?.textContent ?? '', sv: li.querySelector('.sv-line')?.textContent ?? null };
    }));
    assert.equal(cards.length, pictured(lang), `${lang}: one card per slide with a picture`);
    for (const card of cards) {
      assert.ok(card.loaded && card.alt && card.caption.trim(), `${lang}: ${JSON.stringify(card)}`);
      assert.equal(card.sv === null, lang === 'sv', `${lang}: the Swedish title only under a translation`);
    }
    assert.equal(await watched.page.getAttribute('.card-sheet', 'lang'), lang);
    // On paper: two cards to a row, each shorter than a third of an A4 page's printable height.
    await watched.page.emulateMedia({ media: 'print' });
    const boxes = await watched.page.$$eval('.picture-card', (items) => items.slice(0, 4).map((li) => li.getBoundingClientRect()).map((r) => ({ x: Math.round(r.x), h: r.height })));
    assert.equal(new Set(boxes.map((b) => b.x)).size, 2, `${lang}: two columns`);
    assert.ok(boxes.every((b) => b.h <= (257 / 3) * 3.78), `${lang}: cards fit three rows on A4`);
    assert.deepEqual(watched.offOrigin, []);
    await closePage(watched);
  }
  // The point page and the manus lead to the cards.
  const point = await openPage('/sv/bostader/');
  assert.equal(await point.page.locator('a[href="/sv/bostader/bildkort/"]').count(), 1);
  await closePage(point);
});

test('interpreter pack: purpose, timed steps, key messages and the glossary with the interpreter\'s language', async () => {
  const watched = await openPage('/ar/bostader/tolk/');
  const { page } = watched;
  assert.ok((await page.locator('#tolk-purpose + .prose li').count()) > 0, 'purpose list');
  assert.ok((await page.locator('.step-time').count()) > 5, 'steps with times');
  assert.ok((await page.locator('.key-messages > li').count()) >= 12, 'slides as key messages');
  const row = page.locator('#tolk-glossary ~ table tbody tr', { hasText: 'hyreskontrakt' }).first();
  assert.match(await row.locator('td').first().innerText(), /[\u0600-\u06FF]/);
  assert.ok((await page.locator('#tolk-advice + .prose li').count()) > 2, 'advice for working with interpreters');
  await assertPdf(new URL('/pdf/ar/bostader-tolkpaket.pdf', page.url()));
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
  const hrefs = await watched.page.$$eval('.step:not(.step-break) .slide-links', (lists) => lists.map((list) => list.querySelector('a')?.getAttribute('href')));
  assert.ok(hrefs.length > 8 && hrefs.every((h) => /\/sv\/bostader\/bildspel\/#\/[a-z0-9-]+$/.test(h!)));
  await closePage(watched);
});
