// The Word and PowerPoint files the Office stage made: valid Office Open XML packages, the deck's slides and notes,
// right-to-left paragraphs in Arabic script, and LibreOffice opens them with every word intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { closePage, openPage, useBrowser } from './helpers.ts';
import { langCodes, languages, sourceLang } from '../../src/i18n/languages.ts';
import { pdfText, sourceWords, wordsFound } from './pdf-text.ts';

useBrowser();

interface Doc { kind: string; lang: string; textLang: string; office?: string; slides?: number }
const catalog = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { slug: string; documents: Doc[] }[]; downloads: { file: string; kind: string; lang?: string }[] };
const docs = catalog.points.flatMap((p) => p.documents.map((d) => ({ ...d, slug: p.slug, file: d.office && join('dist', new URL(d.office, 'http://localhost/').pathname) })));
const office = docs.filter((d) => d.file) as (Doc & { slug: string; file: string })[];
const rtlLangs = new Set(langCodes.filter((code) => languages[code].dir === 'rtl'));

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of an XML part: every <a:t> (PowerPoint) or <w:t> (Word) element's content. */
const partText = (xml: string) => [...xml.matchAll(/<(a|w):t(?: [^>]*)?>([^<]*)<\/\1:t>/g)].map((m) => unescapeXml(m[2])).join(' ');
const slideParts = (files: Record<string, Uint8Array>, folder: string) =>
  Object.keys(files).filter((n) => new RegExp(`^ppt/${folder}/\\w+?(\\d+)\\.xml$`).test(n)).sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));

test('an Office file for every document in its own language, none for a Swedish fallback, and a zip per language', () => {
  assert.equal(office.filter((d) => d.kind === 'handledarmanus' && d.lang === 'sv').length, 15);
  assert.equal(office.filter((d) => d.kind === 'bildspel' && d.lang === 'sv').length, 15);
  for (const lang of langCodes.filter((code) => code !== sourceLang)) assert.ok(office.some((d) => d.lang === lang && d.kind === 'fordjupning'), lang);
  for (const doc of docs) assert.equal(Boolean(doc.office), doc.lang === doc.textLang, `${doc.lang}/${doc.slug}/${doc.kind}`);
  for (const doc of office) assert.ok(existsSync(doc.file), doc.file);
  for (const item of catalog.downloads.filter((d) => d.kind === 'office')) {
    const names = Object.keys(unzipSync(readFileSync(join('dist/nedladdning', item.file))));
    assert.deepEqual(names.sort(), office.filter((d) => d.lang === item.lang).map((d) => `kursverktyg-office/${d.file.slice('dist/office/'.length)}`).sort(), item.file);
  }
});

test('every PPTX and DOCX is a valid Office Open XML package whose parts parse', async () => {
  const watched = await openPage('/sv/');
  try {
    for (const doc of office) {
      const files = unzipSync(readFileSync(doc.file));
      assert.ok(files['[Content_Types].xml'], `${doc.file}: [Content_Types].xml`);
      const types = strFromU8(files['[Content_Types].xml']);
      const parts = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n));
      // Every part the content types name by override is in the package.
      for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) assert.ok(files[part], `${doc.file}: ${part} named but missing`);
      const xml = parts.map((n) => strFromU8(files[n]));
      const errors = await watched.page.evaluate((list) => list.flatMap((text, i) => {
        const parsed = new DOMParser().parseFromString(text, 'application/xml');
        return parsed.getElementsByTagName('parsererror').length ? [i] : [];
      }), xml);
      assert.deepEqual(errors.map((i) => parts[i]), [], `${doc.file}: parts that are not well-formed XML`);
      assert.ok(doc.kind === 'bildspel' ? files['ppt/presentation.xml'] : files['word/document.xml'], `${doc.file}: main part`);
    }
  } finally {
    await closePage(watched);
  }
});

test('each PPTX has the web deck\'s slides, one note per slide, and pictures with their alt text', () => {
  for (const doc of office.filter((d) => d.kind === 'bildspel')) {
    const files = unzipSync(readFileSync(doc.file));
    const slides = slideParts(files, 'slides');
    assert.equal(slides.length, doc.slides, `${doc.file}: slides`);
    assert.equal(slideParts(files, 'notesSlides').length, doc.slides, `${doc.file}: notes`);
    const pictures = slides.filter((n) => strFromU8(files[n]).includes('<p:pic>'));
    for (const n of pictures) assert.match(strFromU8(files[n]), /<p:cNvPr [^>]*descr="[^"]+"/, `${doc.file} ${n}: alt text`);
  }
});

test('the notes are the web deck\'s speaker notes, slide by slide (sv, ar, ti)', async () => {
  for (const lang of ['sv', 'ar', 'ti']) {
    const doc = office.find((d) => d.lang === lang && d.kind === 'bildspel' && d.slug === 'bostader')!;
    const watched = await openPage(`/${lang}/bostader/bildspel/`);
    const web = await watched.page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => [...s.querySelectorAll('aside.notes > p:not(.notes-step)')].map((p) => p.textContent).join(' ').replace(/\s+/g, ' ').trim()));
    await closePage(watched);
    const files = unzipSync(readFileSync(doc.file));
    const notes = slideParts(files, 'notesSlides').map((n) => partText(strFromU8(files[n])).replace(/\s+/g, ' ').trim());
    // The last text of a notes page is its slide number.
    assert.deepEqual(notes.map((n) => n.replace(/ \d+$/, '')), web, `${lang} notes`);
  }
});

test('Arabic-script files carry right-to-left paragraph properties; others do not', () => {
  for (const doc of office) {
    const files = unzipSync(readFileSync(doc.file));
    const rtl = rtlLangs.has(doc.lang);
    if (doc.kind === 'bildspel') {
      for (const n of [...slideParts(files, 'slides'), ...slideParts(files, 'notesSlides')]) {
        const xml = strFromU8(files[n]);
        // Every paragraph with text of its own (not the notes page's slide number) says its direction.
        const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => m[1]).filter((p) => /<a:r>/.test(p));
        const withRtl = paragraphs.filter((p) => /^<a:pPr\b[^>]*\brtl="1"/.test(p));
        if (rtl) assert.ok(paragraphs.length > 0 && withRtl.length === paragraphs.length, `${doc.file} ${n}: ${withRtl.length}/${paragraphs.length} paragraphs right to left`);
        else assert.equal(withRtl.length, 0, `${doc.file} ${n}`);
      }
    } else {
      const xml = strFromU8(files['word/document.xml']);
      const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => m[1] ?? m[2]).filter((p) => p.includes('<w:t'));
      const withBidi = paragraphs.filter((p) => p.includes('<w:bidi/>'));
      assert.equal(withBidi.length, rtl ? paragraphs.length : 0, `${doc.file}: ${withBidi.length}/${paragraphs.length} paragraphs right to left`);
    }
  }
});

/**
 * Arabic words in LibreOffice's PDFs, as poppler reads them: it sets a vowel mark (shadda, tanwin) as a glyph of its
 * own and often breaks the word there, in a different place from Chromium's PDFs (pdf-text.ts). So a word counts as
 * found when its letters, without marks, stand together in the page's text with spaces, marks and direction marks
 * taken out; poppler's reversed lam-alef is accepted too.
 */
function arabicWordsFound(source: string, extracted: string) {
  const stream = extracted.normalize('NFKC').replace(/[\s\u064B-\u065F\u0670\u0640\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '');
  const words = sourceWords(source);
  const missing = words.filter((w) => !stream.includes(w) && !stream.includes(w.replace(/([اأإآ])ل/g, 'ل$1')));
  return { share: words.length ? (words.length - missing.length) / words.length : 0, missing, total: words.length };
}

test('LibreOffice converts a PPTX and a DOCX per script (Latin, Arabic, Ethiopic) to PDF with the text intact', () => {
  const out = mkdtempSync(join(tmpdir(), 'kit-office-'));
  const chosen = ['sv', 'ar', 'ti'].flatMap((lang) => ['bildspel', 'fordjupning'].map((kind) => office.find((d) => d.lang === lang && d.kind === kind && d.slug === 'bostader')!));
  const problems: string[] = [];
  for (const doc of chosen) {
    // One folder per file: the decks and texts share their names across languages.
    const dir = join(out, doc.lang);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, doc.file], { stdio: 'pipe', timeout: 180_000 });
    const pdf = join(dir, basename(doc.file).replace(/\.(pptx|docx)$/, '.pdf'));
    assert.ok(existsSync(pdf), pdf);
    const files = unzipSync(readFileSync(doc.file));
    const parts = doc.kind === 'bildspel' ? slideParts(files, 'slides') : ['word/document.xml'];
    const source = parts.map((n) => partText(strFromU8(files[n]))).join('\n');
    const { share, missing, total } = rtlLangs.has(doc.lang) ? arabicWordsFound(source, pdfText(pdf)) : wordsFound(source, pdfText(pdf));
    if (total < 50 || share < (rtlLangs.has(doc.lang) ? 0.98 : 0.995)) problems.push(`${doc.file}: ${(share * 100).toFixed(1)} % of ${total} words, missing ${missing.slice(0, 8).join(' ')}`);
  }
  assert.deepEqual(problems, []);
});
