import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssString, firstStrongDir, pageCounterContent, runningHeadCss } from '../../src/lib/print-margins.ts';
import { publishedLink, relativePath } from '../../src/lib/pdf-links.ts';
import { fontStack, langCodes, languages, scriptFonts } from '../../src/i18n/languages.ts';
import { parseCount, printSetLanguages, printSetOrder } from '../../src/lib/print-set.ts';

test('cssString: text stays text inside a CSS string and a <style> element', () => {
  assert.equal(cssString('Punkt 4: Bostäder'), '"Punkt 4: Bostäder"');
  assert.equal(cssString('a"b\\c'), '"a\\22 b\\5c c"');
  const hostile = cssString('"; } body { display: none } </style><script>alert(1)</script>\n');
  assert.doesNotMatch(hostile, /<|>|\n/);
  assert.equal(hostile.slice(1, -1).includes('"'), false);
});

test('pageCounterContent: the translated page label around CSS page counters', () => {
  assert.equal(pageCounterContent('Sida {{page}} av {{pages}}'), '"Sida " counter(page) " av " counter(pages)');
  assert.equal(pageCounterContent('{{page}} / {{pages}}'), 'counter(page) " / " counter(pages)');
  assert.throws(() => pageCounterContent('Sida {{page}}'), /\{\{pages\}\}/);
});

test('runningHeadCss: kit and point on top, document and page below, the start side follows the reading direction', () => {
  const head = { kit: '15-punktsprogrammet', point: 'Punkt 4: Bostäder', document: 'Fördjupning', pageLabel: 'Sida {{page}} av {{pages}}' };
  const ltr = runningHeadCss({ ...head, dir: 'ltr' });
  assert.match(ltr, /@top-left \{ content: "15-punktsprogrammet"; direction: ltr; text-align: left/);
  assert.match(ltr, /@top-right \{ content: "Punkt 4: Bostäder"; direction: ltr; text-align: right/);
  assert.match(ltr, /@bottom-left \{ content: "Fördjupning"/);
  assert.match(ltr, /@bottom-right \{ content: "Sida " counter\(page\) " av " counter\(pages\)/);
  // On a right-to-left page the start is on the right; the Latin kit name keeps its own direction in its box.
  const rtl = runningHeadCss({ ...head, point: 'الجزء 4: السكن', dir: 'rtl' });
  assert.match(rtl, /@top-right \{ content: "15-punktsprogrammet"; direction: ltr; text-align: right/);
  assert.match(rtl, /@top-left \{ content: "الجزء 4: السكن"; direction: rtl; text-align: left/);
  assert.match(rtl, /@bottom-left \{ content: "Sida " counter\(page\) " av " counter\(pages\); direction: rtl/);
  assert.doesNotMatch(rtl, /[\u2066-\u2069]/);
});

test('firstStrongDir: the direction of the first letter that has one', () => {
  assert.equal(firstStrongDir('15-punktsprogrammet', 'rtl'), 'ltr');
  assert.equal(firstStrongDir('4: السكن', 'ltr'), 'rtl');
  assert.equal(firstStrongDir('ገጽ 1', 'rtl'), 'ltr');
  assert.equal(firstStrongDir('12 / 3', 'rtl'), 'rtl');
});

test('relativePath: from a PDF to a page of the site', () => {
  assert.equal(relativePath('/pdf/sv/bostader-handledarmanus.pdf', '/sv/bostader/bildspel/'), '../../sv/bostader/bildspel/');
  assert.equal(relativePath('/pdf/sv/a.pdf', '/pdf/sv/b.pdf'), 'b.pdf');
  assert.equal(relativePath('/pdf/sv/a.pdf', '/pdf/ar/b.pdf'), '../ar/b.pdf');
  assert.equal(relativePath('/pdf/sv/a.pdf', '/'), '../../');
});

test('publishedLink: the build server becomes the published site or a relative path; other sites stay', () => {
  const origin = 'http://127.0.0.1:42787';
  const pdf = '/pdf/sv/bostader-handledarmanus.pdf';
  assert.equal(publishedLink(`${origin}/sv/bostader/bildspel/#/kontrakt`, origin, pdf), '../../sv/bostader/bildspel/#/kontrakt');
  assert.equal(publishedLink(`${origin}/sv/bostader/bildspel/#/kontrakt`, origin, pdf, 'https://kurs.example.se'), 'https://kurs.example.se/sv/bostader/bildspel/#/kontrakt');
  assert.equal(publishedLink('https://www.boverket.se/', origin, pdf), 'https://www.boverket.se/');
  assert.equal(publishedLink('http://127.0.0.1:9999/x/', origin, pdf), 'http://127.0.0.1:9999/x/');
});

test('fontStack: one face per script, the page language\'s own first; every language has a script with a face', () => {
  for (const lang of langCodes) assert.ok(scriptFonts[languages[lang].script], lang);
  assert.match(fontStack('ar'), /^'Vazirmatn', 'Noto Sans', 'Noto Sans Ethiopic', system-ui, sans-serif$/);
  assert.match(fontStack('ti'), /^'Noto Sans Ethiopic', 'Noto Sans', 'Vazirmatn'/);
  assert.match(fontStack('sv'), /^'Noto Sans', 'Vazirmatn', 'Noto Sans Ethiopic'/);
});

test('print set: which PDFs each language gets per session, Swedish where a point is not translated, in the kit\'s order', () => {
  const translated = new Set(['sv', 'ar']);
  const sets = printSetLanguages(['sv', 'ar', 'ti'], 'bostader', [1, 2], (lang) => (translated.has(lang) ? lang : 'sv'));
  const pdfs = (lang: string, session: number) => [`/pdf/${lang}/bostader-bildspel-anteckningar-pass-${session}.pdf`, `/pdf/${lang}/bostader-fordjupning.pdf`];
  const sessions = (lang: string) => [1, 2].map((session) => ({ session, pdfs: pdfs(lang, session) }));
  assert.deepEqual(sets, [
    { lang: 'sv', textLang: 'sv', sessions: sessions('sv') },
    { lang: 'ar', textLang: 'ar', sessions: sessions('ar') },
    { lang: 'ti', textLang: 'sv', sessions: sessions('sv') },
  ]);
  assert.deepEqual(printSetLanguages(['sv'], 'tom', [1], () => undefined), []);
  assert.deepEqual(printSetOrder(sets, { ar: 2, ti: 1, sv: 0 }, 2), [...pdfs('ar', 2), ...pdfs('ar', 2), ...pdfs('sv', 2)]);
  assert.deepEqual(printSetOrder(sets, { sv: 1 }, 1), pdfs('sv', 1));
  assert.deepEqual(printSetOrder(sets, { sv: 1 }, 3), [], 'no such session');
  assert.deepEqual(printSetOrder(sets, {}, 1), []);
});

test('print set: a count is a whole number from 0 to 99; empty is 0; anything else is refused', () => {
  assert.equal(parseCount(''), 0);
  assert.equal(parseCount(' 4 '), 4);
  assert.equal(parseCount('99'), 99);
  for (const bad of ['100', '-3', '2.7', '1e3', 'four', '0x10', '١٢']) assert.equal(parseCount(bad), undefined, bad);
});
