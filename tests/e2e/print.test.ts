// What people hold in their hands: every PDF read back from its text boxes. Margins, the running header and footer
// on every page, text that survives in every script, handout sizes, and links that point at the published site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { base, closePage, openPage, useBrowser } from './helpers.ts';
import { languages, sourceLang, type Lang } from '../../src/i18n/languages.ts';
import { extractedWords, pdfText, pdfWords, sourceWords, wordsFound } from './pdf-text.ts';

useBrowser();

interface Catalog {
  languages: { code: string }[];
  points: {
    number: number; slug: string; title: Record<string, string>;
    documents: { kind: string; lang: string; textLang: string; url: string; pdf?: string; slides?: number; handouts?: { session: number; slides: string[]; url: string; pdf: string }[] }[];
    tools: { kind: string; lang: string; url: string; pdf: string }[];
  }[];
}
const catalog = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as Catalog;
const pathOf = (url: string) => new URL(url, 'http://kit.invalid').pathname;
const strings = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

/** Every PDF the build printed, with what its running header and footer must say (a handout: its session too). */
const documentLabel: Record<string, string> = { fordjupning: 'kind.fordjupning', handledarmanus: 'kind.handledarmanus', bildspel: 'kind.bildspel', tolkpaket: 'tolk.link', utvardering: 'eval.link', tvasprakig: 'kind.fordjupning' };
const pdfs = catalog.points.flatMap((point) => [
  ...point.documents.filter((d) => d.lang === d.textLang).flatMap((d) => d.handouts
    ? d.handouts.map((h) => ({ kind: d.kind, lang: d.lang, page: pathOf(h.url), pdf: pathOf(h.pdf), session: h.session as number | undefined }))
    : [{ kind: d.kind, lang: d.lang, page: pathOf(d.url), pdf: pathOf(d.pdf!), session: undefined }]),
  ...point.tools.map((t) => ({ kind: t.kind, lang: t.lang, page: pathOf(t.url), pdf: pathOf(t.pdf), session: undefined })),
].map((doc) => {
  const ui = strings(doc.lang);
  if (!documentLabel[doc.kind]) throw new Error(`${doc.pdf}: no running-header label known for the kind "${doc.kind}"`);
  // A handout names its session; the bilingual fördjupning names its two languages.
  const document = ui[documentLabel[doc.kind]] + (doc.session === undefined ? '' : ` ${fill(ui['handout.session'], { number: doc.session })}`)
    + (doc.kind === 'tvasprakig' ? ` ${languages[doc.lang as Lang].name} ${languages[sourceLang].name}` : '');
  return { ...doc, point, file: join('dist', doc.pdf), running: { kit: ui['site.title'], point: `${fill(ui['point.label'], { number: point.number })}: ${point.title[doc.lang]}`, document, page: ui['print.page'] } };
}));

const wordCache = new Map<string, ReturnType<typeof pdfWords>>();
const wordsOf = (file: string) => wordCache.get(file) ?? wordCache.set(file, pdfWords(file)).get(file)!;

test('the build printed every PDF the catalogue lists', () => {
  assert.ok(pdfs.length >= 300, `${pdfs.length} PDFs`);
  for (const { file } of pdfs) assert.ok(existsSync(file), file);
});

test('every PDF page keeps its text 12 mm from the edges; only the running header and footer sit in the margin, ≥ 6 mm from the edge', () => {
  const problems: string[] = [];
  for (const doc of pdfs) {
    const runningWords = new Set(sourceWords(Object.values(doc.running).join(' ').replace(/\{\{\w+\}\}/g, ' ')));
    wordsOf(doc.file).forEach((page, index) => {
      for (const word of page.words) {
        const edge = Math.min(word.x0, word.y0, page.width - word.x1, page.height - word.y1);
        const where = `${doc.pdf} p. ${index + 1} "${word.text}" (${word.x0.toFixed(1)}, ${word.y0.toFixed(1)} mm)`;
        if (edge < 6) problems.push(`${where}: ${edge.toFixed(1)} mm from the edge`);
        // Within 12 mm of the top or bottom is the margin: only the running header's and footer's words may be there.
        const inMargin = word.y0 < 12 || page.height - word.y1 < 12;
        const running = inMargin && extractedWords(word.text).every((w) => runningWords.has(w) || /^\d+$/.test(w));
        if (inMargin && !running) problems.push(`${where}: body text in the margin`);
        if (!running && edge < 10) problems.push(`${where}: body text ${edge.toFixed(1)} mm from the edge`);
      }
    });
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} words too close to the edge`);
});

test('every printed page says what it is: kit, point, document and page n of N, in the document\'s language', () => {
  const problems: string[] = [];
  for (const doc of pdfs) {
    const pages = wordsOf(doc.file);
    pages.forEach((page, index) => {
      const margin = page.words.filter((w) => w.y0 < 12 || page.height - w.y1 < 12).map((w) => w.text).join(' ');
      const expected = { ...doc.running, page: fill(doc.running.page, { page: index + 1, pages: pages.length }) };
      for (const [what, text] of Object.entries(expected)) {
        const { share } = wordsFound(text, margin);
        if (share < 1) problems.push(`${doc.pdf} p. ${index + 1}: no ${what} "${text}" in "${margin}"`);
      }
    });
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} pages without their running header or footer`);
});

test('PDFs keep their text in every script: ≥ 95 % of the page\'s words are in the PDF intact — every handout and fördjupning of every point, and every kind for point 4', async (t) => {
  const shares: Record<string, string[]> = {};
  const problems: string[] = [];
  const watched = await openPage('/sv/');
  await watched.page.emulateMedia({ media: 'print' });
  for (const doc of pdfs.filter((d) => d.point.slug === 'bostader' || d.kind === 'bildspel' || d.kind === 'fordjupning')) {
    await watched.page.goto(base + doc.page);
    // The text a reader sees on paper: visually hidden captions ("Bild 1 av 19") are not painted.
    await watched.page.addStyleTag({ content: '.visually-hidden { display: none !important; }' });
    const source = await watched.page.locator('main').innerText();
    const { share, missing, total } = wordsFound(source, pdfText(doc.file));
    assert.ok(total >= 20, `${doc.page} has ${total} words`);
    (shares[doc.lang] ??= []).push(`${doc.kind} ${(share * 100).toFixed(1)} %`);
    if (share < 0.95) problems.push(`${doc.pdf}: ${(share * 100).toFixed(1)} % of ${total} words; missing e.g. ${missing.slice(0, 8).join(' ')}`);
  }
  await closePage(watched);
  for (const [lang, list] of Object.entries(shares)) t.diagnostic(`${lang}: ${list.length} PDFs, lowest ${list.sort((a, b) => parseFloat(a.split(' ').at(-2)!) - parseFloat(b.split(' ').at(-2)!))[0]}`);
  assert.deepEqual(Object.keys(shares).sort(), catalog.languages.map((l) => l.code).sort());
  assert.ok(Object.values(shares).every((list) => list.length >= catalog.points.length * 2), 'every point\'s handouts and fördjupning in every language');
  assert.deepEqual(problems, []);
});

test('no web-only control is printed: the handledarmanus and interpreter packs list slide titles, not "Visa bild" buttons', () => {
  const button = strings('sv')['manus.showSlide'].split('{{')[0].trim();
  const printed = pdfs.filter((d) => d.lang === 'sv' && (d.kind === 'handledarmanus' || d.kind === 'tolkpaket'));
  assert.ok(printed.length >= 30, `${printed.length} PDFs`);
  const withButton = printed.filter((d) => pdfText(d.file).includes(button));
  assert.deepEqual(withButton.map((d) => d.pdf), [], `"${button}" printed`);
  // The same PDFs do name the slides (the print-only list), so the check above reads real text.
  assert.ok(pdfText(printed[0].file).includes(strings('sv')['manus.slides']), 'the slide list is printed');
});

test('no slide handout PDF weighs more than 300 KB', (t) => {
  const handouts = pdfs.filter((d) => d.kind === 'bildspel');
  // At least one handout for every deck in its own language.
  const decks = catalog.points.flatMap((p) => p.documents.filter((d) => d.kind === 'bildspel' && d.lang === d.textLang).map((d) => `${d.lang}/${p.slug}`));
  assert.ok(decks.length >= 15 + 2 * 7, `${decks.length} decks`);
  assert.deepEqual([...new Set(handouts.map((d) => `${d.lang}/${d.point.slug}`))].sort(), decks.sort());
  const sizes = handouts.map((d) => ({ pdf: d.pdf, kb: readFileSync(d.file).length / 1024 }));
  const largest = sizes.reduce((a, b) => (b.kb > a.kb ? b : a));
  t.diagnostic(`${handouts.length} handouts; largest ${largest.pdf} ${largest.kb.toFixed(0)} KB`);
  assert.deepEqual(sizes.filter((d) => d.kb > 300), []);
});

test('a session\'s handout page shows that session\'s slides, each with its number in the whole deck', async () => {
  // The longest Swedish deck, in its last session: its slides are numbered from where the earlier sessions end.
  const deck = catalog.points.map((p) => ({ slug: p.slug, doc: p.documents.find((d) => d.kind === 'bildspel' && d.lang === 'sv')! }))
    .reduce((a, b) => (b.doc.slides! > a.doc.slides! ? b : a));
  const handouts = deck.doc.handouts!;
  assert.ok(handouts.length > 1, `${deck.slug}: ${handouts.length} sessions`);
  const last = handouts.at(-1)!;
  const before = handouts.slice(0, -1).reduce((n, h) => n + h.slides.length, 0);
  const watched = await openPage(pathOf(last.url));
  const captions = await watched.page.locator('.handout-slide figcaption').allTextContents();
  const slideOf = strings('sv')['deck.slideOf'];
  assert.deepEqual(captions, last.slides.map((_, i) => fill(slideOf, { number: before + i + 1, total: deck.doc.slides! })));
  // The same slides as the deck shows, in the same order: compare the titles with the deck's sections.
  const titles = await watched.page.locator('.handout-slide .slide-title').allTextContents();
  await closePage(watched);
  const deckPage = await openPage(pathOf(deck.doc.url));
  const deckTitles = await deckPage.page.$$eval('section[data-slide-id]', (sections, ids) => ids.map((id) => sections.find((s) => s.getAttribute('data-slide-id') === id)!.querySelector('.slide-title')!.textContent), last.slides);
  await closePage(deckPage);
  assert.deepEqual(titles, deckTitles);
});

/** The URI of every link annotation in a PDF. */
async function linkTargets(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return Array.from({ length: annots?.size() ?? 0 }, (_, i) => annots!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText())
      .filter((uri): uri is string => uri !== undefined);
  });
}

/** The PDF with every stream and object stream unpacked, so a plain search sees all of it. */
function unpacked(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('mutool', ['clean', '-d', join(dir, 'in.pdf'), join(dir, 'out.pdf')], { stdio: 'ignore' });
    return readFileSync(join(dir, 'out.pdf'), 'latin1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('no PDF links to the build server: slide links point at the site, relative to the PDF, also inside the zips', async () => {
  const buildServer = /127\.0\.0\.1|localhost/;
  let siteLinks = 0;
  const problems: string[] = [];
  for (const doc of pdfs) {
    const bytes = readFileSync(doc.file);
    if (buildServer.test(unpacked(bytes))) problems.push(`${doc.pdf} names the build server`);
    for (const uri of await linkTargets(bytes)) {
      if (/^[a-z]+:/i.test(uri)) continue; // an authority's own site
      siteLinks += 1;
      const target = new URL(uri, `http://kit.invalid${doc.pdf}`);
      const file = join('dist', decodeURIComponent(target.pathname), target.pathname.endsWith('/') ? 'index.html' : '');
      if (!existsSync(file)) problems.push(`${doc.pdf}: ${uri} leads nowhere (${file})`);
    }
  }
  // The zips hold the same PDFs, byte for byte (or are searched themselves).
  const checked = new Set(pdfs.map((doc) => readFileSync(doc.file).toString('base64')));
  const zips = readdirSync('dist/nedladdning').filter((f) => /^kursverktyg-pdf-.*\.zip$/.test(f));
  assert.equal(zips.length, catalog.languages.length);
  for (const zip of zips) {
    const entries = Object.entries(unzipSync(readFileSync(join('dist/nedladdning', zip)))).filter(([name]) => name.endsWith('.pdf'));
    assert.ok(entries.length > 0, `${zip} holds PDFs`);
    for (const [name, bytes] of entries) {
      if (!checked.has(Buffer.from(bytes).toString('base64')) && buildServer.test(unpacked(bytes))) problems.push(`${zip}/${name} names the build server`);
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
  // The handledarmanus and interpreter packs link every step to its slides.
  assert.ok(siteLinks >= 135 * 5, `${siteLinks} links to the site`);
});

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

test('print set: 1 sv, 2 ar and 1 ti participants give one PDF with their handouts and fördjupningar, language by language', async () => {
  const watched = await openPage('/sv/bostader/');
  const { page } = watched;
  const form = page.locator('form.print-set-form');
  // The facilitator prints for one session: the last one, so the test sees that the choice counts.
  const session = await form.locator('#print-set-session option').last().getAttribute('value');
  assert.ok(Number(session) > 1, `session ${session}`);
  await form.locator('#print-set-session').selectOption(session!);
  await form.locator('#print-set-ar').fill('-3');
  await form.getByRole('button', { name: 'Gör PDF' }).click();
  await page.locator('.print-set-status', { hasText: 'heltal' }).waitFor();
  assert.equal(await form.locator('.print-set-download').isVisible(), false);

  for (const [lang, count] of [['sv', '1'], ['ar', '2'], ['ti', '1']]) await form.locator(`#print-set-${lang}`).fill(count);
  await form.getByRole('button', { name: 'Gör PDF' }).click();
  const link = form.getByRole('link', { name: 'Ladda ner utskrifterna (PDF)' });
  await link.waitFor({ timeout: 60_000 });
  const base64 = await link.evaluate(async (a: HTMLAnchorElement) => {
    const blob = await (await fetch(a.href)).blob();
    return new Promise<string>((resolve) => { const reader = new FileReader(); reader.onload = () => resolve(String(reader.result).split(',')[1]); reader.readAsDataURL(blob); });
  });
  const dir = mkdtempSync(join(tmpdir(), 'kit-print-set-'));
  const file = join(dir, 'set.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const handoutOf = (lang: string) => catalog.points.find((p) => p.slug === 'bostader')!.documents.find((d) => d.kind === 'bildspel' && d.lang === lang)!.handouts!.find((h) => h.session === Number(session))!;
  const pagesOf = (lang: string) => [pathOf(handoutOf(lang).pdf), `/pdf/${lang}/bostader-fordjupning.pdf`].map((pdf) => pageCount(join('dist', pdf)));
  const [svPages, arPages, tiPages] = ['sv', 'ar', 'ti'].map((lang) => pagesOf(lang).reduce((a, b) => a + b, 0));
  const total = svPages + 2 * arPages + tiPages;
  assert.ok(total > 8, `${total} pages expected`);
  assert.equal(pageCount(file), total);
  assert.match(await page.locator('.print-set-status').innerText(), new RegExp(`${total} sidor`));
  const text = (from: number) => execFileSync('pdftotext', ['-f', String(from), '-l', String(from), file, '-'], { encoding: 'utf8' });
  assert.match(text(1), /Bostäder/);
  assert.match(text(svPages + 1), /[\u0600-\u06FF]{3,}/, 'Arabic after Swedish');
  assert.match(text(svPages + arPages + 1), /[\u0600-\u06FF]{3,}/, 'the second Arabic participant');
  assert.match(text(total), /[\u1200-\u137F]{3,}/, 'Tigrinya last');
  assert.deepEqual(watched.offOrigin, []);
  assert.deepEqual(watched.consoleErrors, []);
  rmSync(dir, { recursive: true, force: true });
  await closePage(watched);
});
