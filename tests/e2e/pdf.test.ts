// The PDFs Chromium printed at build time: fonts embedded, three slides a page, note lines on the reading side's end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closePage, openPage, useBrowser } from './helpers.ts';
import { langCodes, sourceLang } from '../../src/i18n/languages.ts';

useBrowser();
interface Handout { session: number; slides: string[]; url: string; pdf: string }
const catalog = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { slug: string; documents: { kind: string; lang: string; textLang: string; pdf?: string; slides?: number; handouts?: Handout[] }[]; tools: { pdf: string }[] }[] };
// A bildspel is printed as one handout per session; the other documents whole.
const ownPdfs = catalog.points.flatMap((p) => p.documents.filter((d) => d.lang === d.textLang).flatMap((d) =>
  (d.handouts ?? [undefined]).map((handout) => ({ ...d, slug: p.slug, handout, file: join('dist', new URL(handout?.pdf ?? d.pdf!, 'http://localhost/').pathname) }))));
const toolPdfs = catalog.points.flatMap((p) => p.tools.map((t) => join('dist', new URL(t.pdf, 'http://localhost/').pathname)));
const pdfinfo = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

test('PDFs exist for every document in its own language: all 15 points in Swedish, the slice in 8 languages', () => {
  for (const doc of ownPdfs) assert.ok(existsSync(doc.file), doc.file);
  for (const kind of ['handledarmanus', 'bildspel', 'fordjupning']) {
    assert.equal(new Set(ownPdfs.filter((d) => d.kind === kind && d.lang === 'sv').map((d) => d.slug)).size, 15, `${kind} in Swedish`);
  }
  for (const lang of langCodes.filter((code) => code !== sourceLang)) {
    for (const slug of ['bostader', 'sjuk-och-halsovard']) {
      assert.equal(new Set(ownPdfs.filter((d) => d.lang === lang && d.slug === slug && d.kind !== 'handledarmanus').map((d) => d.kind)).size, 2, `${slug} in ${lang}`);
    }
  }
});

test('every PDF embeds all its fonts: documents, handouts, interpreter packs and evaluation forms', () => {
  assert.ok(toolPdfs.length >= 15 * 8 + 15 * 8, `${toolPdfs.length} tool PDFs`);
  for (const file of [...ownPdfs.map((d) => d.file), ...toolPdfs]) {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    assert.ok(rows.length > 0, `${file} lists fonts`);
    // Columns: name type encoding emb sub uni object ID; "emb" is the 5th from the end.
    const notEmbedded = rows.filter((row) => row.trim().split(/\s+/).at(-5) !== 'yes');
    assert.deepEqual(notEmbedded, [], file);
  }
});

test('handouts have three slides a page, one handout per session, and together every slide of the deck once', () => {
  const decks = catalog.points.flatMap((p) => p.documents.filter((d) => d.kind === 'bildspel' && d.lang === d.textLang));
  assert.ok(decks.length >= 15 + 2 * 7, `${decks.length} decks`);
  for (const deck of decks) {
    const slides = deck.handouts!.flatMap((h) => h.slides);
    assert.equal(slides.length, deck.slides, `${deck.lang} deck of ${deck.slides} slides`);
    assert.equal(new Set(slides).size, slides.length, 'each slide once');
  }
  assert.ok(decks.some((d) => d.handouts!.length > 1), 'some deck is split into sessions');
  for (const doc of ownPdfs.filter((d) => d.kind === 'bildspel')) {
    assert.equal(pdfinfo(doc.file), Math.ceil(doc.handout!.slides.length / 3), `${doc.file}: ${doc.handout!.slides.length} slides`);
  }
});

test('Arabic and Tigrinya PDFs carry their own script as text', () => {
  const text = (lang: string, kind: string) => execFileSync('pdftotext', ['-l', '1', ownPdfs.find((d) => d.lang === lang && d.kind === kind && d.slug === 'bostader')!.file, '-'], { encoding: 'utf8' });
  assert.match(text('ar', 'fordjupning'), /[\u0600-\u06FF]{3,}/);
  assert.match(text('ar', 'bildspel'), /[\u0600-\u06FF]{3,}/);
  assert.match(text('ti', 'fordjupning'), /[\u1200-\u137F]{3,}/);
  assert.match(text('ti', 'bildspel'), /[\u1200-\u137F]{3,}/);
});

for (const [lang, linesOn] of [['sv', 'right'], ['ti', 'right'], ['ar', 'left'], ['fa', 'left']] as const) {
  test(`printed handout in ${lang}: note lines on the ${linesOn}, three rows on the first A4 page`, async () => {
    const watched = await openPage(`/${lang}/bostader/bildspel/utskrift/pass-1/`);
    const { page } = watched;
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    const rows = await page.$$eval('.handout-page:first-of-type .handout-row', (els) =>
      els.map((row) => ({ slide: row.querySelector('.handout-slide')!.getBoundingClientRect(), lines: row.querySelector('.handout-lines')!.getBoundingClientRect() })));
    assert.equal(rows.length, 3);
    for (const { slide, lines } of rows) {
      if (linesOn === 'right') assert.ok(lines.left >= slide.right, 'lines right of the slide');
      else assert.ok(lines.right <= slide.left, 'lines left of the slide');
    }
    await closePage(watched);
  });
}
