import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { markdownBlocks, runsText } from '../../src/lib/office-markdown.ts';
import { deckPptx, fitPicture, oneParagraphProperties } from '../../src/lib/office-pptx.ts';
import { fordjupningDocx, manusDocx } from '../../src/lib/office-docx.ts';
import { fontRuns, hasOfficeFile, officeFonts, officePath } from '../../src/lib/office.ts';
import type { Slide } from '../../src/lib/schema.ts';

// A 1×1 transparent PNG.
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const hostile = 'Hyra & <b>kontrakt</b> "x" ]]> <script>alert(1)</script>';

const slides: Slide[] = [
  { id: 'start', title: 'البيت', icon: 'house', points: ['السكن', 'Migrationsverket يقرر'], notes: 'قل مرحبًا. ' + hostile, picture: { src: 'openmoji:house', alt: 'بيت مع حديقة' } },
  { id: 'plan', title: hostile, icon: 'list', points: [], notes: 'ملاحظة ثانية' },
  { id: 'slut', title: 'النهاية', icon: 'flag', points: ['واحد', 'اثنان', 'ثلاثة', 'أربعة'], notes: 'شكرًا' },
];

const parts = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  return { names: Object.keys(files), text: (name: string) => strFromU8(files[name]) };
};

test('office: files only where the text is the language\'s own; paths and fonts per script', () => {
  assert.equal(hasOfficeFile('ar', 'ar'), true);
  assert.equal(hasOfficeFile('ar', 'sv'), false);
  assert.equal(officePath('ar', 'bostader', 'bildspel'), '/office/ar/bostader-bildspel.pptx');
  assert.equal(officePath('sv', 'bostader', 'handledarmanus'), '/office/sv/bostader-handledarmanus.docx');
  assert.deepEqual(officeFonts('ti'), { face: 'Noto Sans Ethiopic', latin: 'Noto Sans', fallback: 'Nyala' });
  assert.equal(officeFonts('ar').face, 'Vazirmatn');
  assert.equal(officeFonts('uk').face, 'Noto Sans');
});

test('office: Latin words in another script get the Latin face, nothing is lost', () => {
  const text = 'ናብ Migrationsverket (ቤት ጽሕፈት) 2026 ይኽእል';
  const runs = fontRuns(text, officeFonts('ti'));
  assert.equal(runs.map((r) => r.text).join(''), text);
  assert.deepEqual(runs.filter((r) => r.font === 'Noto Sans').map((r) => r.text.trim()), ['Migrationsverket', '2026']);
  assert.deepEqual(fontRuns('Hyra och kontrakt', officeFonts('sv')), [{ text: 'Hyra och kontrakt', font: 'Noto Sans' }]);
});

test('office: a body becomes headings, paragraphs and lists; tags stay text, glossary words are marked', () => {
  const blocks = markdownBlocks('## Rubrik\n\nDu får en <Term>anvisning</Term> och **ett** kontrakt.\n\n<Other x="1">text</Other>\n\n- ett\n- två\n\n1. första\n2. andra\n');
  assert.deepEqual(blocks.map((b) => b.kind), ['heading', 'paragraph', 'paragraph', 'list', 'list']);
  assert.equal(blocks[0].kind === 'heading' && blocks[0].level, 2);
  const para = blocks[1].kind === 'paragraph' ? blocks[1].runs : [];
  assert.equal(runsText(para), 'Du får en anvisning och ett kontrakt.');
  assert.deepEqual(para.filter((r) => r.term).map((r) => r.text), ['anvisning']);
  assert.deepEqual(para.filter((r) => r.bold).map((r) => r.text), ['ett']);
  assert.equal(blocks[2].kind === 'paragraph' && runsText(blocks[2].runs), '<Other x="1">text</Other>');
  assert.equal(blocks[4].kind === 'list' && blocks[4].ordered, true);
  assert.deepEqual(blocks[3].kind === 'list' && blocks[3].items.map(runsText), ['ett', 'två']);
});

test('office: a picture keeps its aspect ratio inside its box', () => {
  const box = { x: 1, y: 1, w: 4, h: 4 };
  assert.deepEqual(fitPicture(200, 100, box), { x: 1, y: 2, w: 4, h: 2 });
  assert.deepEqual(fitPicture(100, 200, box), { x: 2, y: 1, w: 2, h: 4 });
});

test('office: one paragraph-properties element per paragraph, text untouched', () => {
  const xml = '<a:p><a:pPr algn="r"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr algn="l" indent="0"><a:buNone/></a:pPr><a:r><a:t>&lt;a:pPr&gt;</a:t></a:r></a:p>';
  assert.equal(oneParagraphProperties(xml), '<a:p><a:pPr algn="r"><a:buChar char="•"/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>&lt;a:pPr&gt;</a:t></a:r></a:p>');
});

test('office: a deck becomes one PowerPoint slide per slide, with notes, picture, alt text and right-to-left text', async () => {
  const bytes = await deckPptx({ title: 'السكن', lang: 'ar', dir: 'rtl', fonts: officeFonts('ar'), slides, pictures: new Map([['openmoji:house', { png, width: 1, height: 1 }]]), footer: 'Punkt 4', author: 'Kit' });
  const pkg = parts(bytes);
  assert.equal(pkg.names[0], '[Content_Types].xml');
  assert.equal(pkg.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length, slides.length);
  assert.equal(pkg.names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).length, slides.length);
  assert.equal(pkg.names.filter((n) => n.startsWith('ppt/media/')).length, 1);
  const first = pkg.text('ppt/slides/slide1.xml');
  assert.match(first, /descr="بيت مع حديقة"/);
  assert.match(first, /<a:pPr[^>]*rtl="1"/);
  assert.match(first, /typeface="Vazirmatn"/);
  // Every paragraph has at most one pPr, and it comes first.
  for (const [, inner] of first.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) assert.ok((inner.match(/<a:pPr\b/g) ?? []).length <= 1 && (!inner.includes('<a:pPr') || inner.startsWith('<a:pPr')));
  // Hostile text is text: escaped, never markup.
  const second = pkg.text('ppt/slides/slide2.xml');
  assert.ok(!second.includes('<script>') && second.includes('&lt;script&gt;'));
  const note = pkg.text('ppt/notesSlides/notesSlide1.xml');
  assert.match(note, /<a:pPr algn="r" rtl="1"\/><a:r><a:rPr lang="ar"/);
  assert.ok(note.includes('قل مرحبًا') && !note.includes('<b>'));
  assert.match(pkg.text('ppt/presentation.xml'), /rtl="1"/);
  assert.match(pkg.text('ppt/theme/theme1.xml'), /<a:minorFont><a:latin typeface="Arial"/);
});

test('office: a Swedish deck is left to right', async () => {
  const bytes = await deckPptx({ title: 'Bostäder', lang: 'sv', dir: 'ltr', fonts: officeFonts('sv'), slides: slides.slice(2), pictures: new Map(), footer: 'Punkt 4', author: 'Kit' });
  const pkg = parts(bytes);
  assert.ok(!pkg.text('ppt/slides/slide1.xml').includes('rtl="1"'));
  assert.match(pkg.text('ppt/notesSlides/notesSlide1.xml'), /<a:rPr lang="sv"/);
});

const common = { author: 'Kit', lead: ['Punkt 4: Bostäder'], sourcesHeading: 'Källor', sources: [{ name: 'Boverket', url: 'https://www.boverket.se' }], reviewed: 'Senast granskad: 29 november 2026' };

test('office: a fördjupning becomes a Word file with headings, list, ordlista and sources; Arabic is right to left', async () => {
  const bytes = await fordjupningDocx({
    ...common, title: 'السكن', lang: 'ar', dir: 'rtl', fonts: officeFonts('ar'),
    body: markdownBlocks(`## عنوان\n\nنص مع <Term>عقد</Term>. ${hostile}\n\n- واحد\n- اثنان`),
    ordlistaHeading: 'قائمة الكلمات', ordlista: [{ term: 'hyreskontrakt', translation: 'عقد إيجار', explanation: 'اتفاق' }],
  });
  const pkg = parts(bytes);
  assert.equal(pkg.names.includes('[Content_Types].xml'), true);
  const xml = pkg.text('word/document.xml');
  assert.match(xml, /<w:bidi\/>/);
  assert.match(xml, /<w:rtl\/>/);
  assert.match(xml, /w:pStyle w:val="Heading2"/);
  assert.match(xml, /<w:numPr>/);
  for (const text of ['قائمة الكلمات', 'hyreskontrakt', 'عقد إيجار', 'https://www.boverket.se', 'Senast granskad']) assert.ok(xml.includes(text), text);
  assert.ok(!xml.includes('<script>') && xml.includes('&lt;script&gt;'));
  // The kit's face in the text, the stock Office one in the theme.
  assert.match(xml, /w:cs="Vazirmatn"/);
  assert.match(pkg.text('word/theme/theme1.xml'), /<a:cs typeface="Arial"/);
});

test('office: a handledarmanus becomes a Word file with the step table, minutes and slide titles', async () => {
  const bytes = await manusDocx({
    ...common, title: 'Bostäder', lang: 'sv', dir: 'ltr', fonts: officeFonts('sv'), body: markdownBlocks('## Syfte\n\nAtt förstå.\n\n1. ett\n2. två\n\nSedan:\n\n1. tre\n'),
    facts: { heading: 'Fakta att kontrollera', lead: 'Kontrollera.', items: ['Bosättningslagen (Riksdagen)'] },
    note: 'Minuterna räknar med tolk.', columns: { time: 'Tid', step: 'Steg', slides: 'Bilder' },
    sessions: [{ heading: 'Pass 1 · 180 minuter', steps: [
      { time: '00:00–00:20', minutes: '20 min', title: 'Välkommen', priority: 'Kärna', guide: 'Hälsa.', question: { label: 'Fråga', text: 'Hur bor ni?' }, slides: ['Bostäder', 'Dagens plan'] },
      { time: '00:20–00:35', minutes: '15 min', title: 'Paus', slides: [] },
    ] }],
  });
  const xml = parts(bytes).text('word/document.xml');
  assert.equal((xml.match(/<w:tr>|<w:tr /g) ?? []).length, 3);
  for (const text of ['00:00–00:20', '20 min', 'Välkommen (Kärna)', 'Hur bor ni?', 'Dagens plan', 'Pass 1 · 180 minuter', 'Bosättningslagen']) assert.ok(xml.includes(text), text);
  assert.ok(!xml.includes('<w:bidi/>'));
  // Each numbered list counts from 1 on its own.
  const numId = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec([...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].find((p) => p[0].includes(`>${text}<`))![0])![1];
  assert.equal(numId('ett'), numId('två'));
  assert.notEqual(numId('ett'), numId('tre'));
});
