// QR codes on paper: with the site's address known (KIT_SITE), every kind of printed document carries a code that a
// phone reads as the same document online; without it (the default build in dist/), no code at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';
import { serveOrigin } from '../../scripts/serve.ts';
import { pdfWords } from './pdf-text.ts';

const site = 'https://kurs.example.se';
const out = mkdtempSync(join(tmpdir(), 'kit-qr-'));
const work = mkdtempSync(join(tmpdir(), 'kit-qr-pdf-'));

interface Catalog {
  points: {
    slug: string;
    documents: { kind: string; lang: string; url: string; pdf?: string; handouts?: { session: number; slides: string[]; url: string; pdf: string }[] }[];
    tools: { kind: string; lang: string; url: string; pdf: string }[];
  }[];
}
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const strings = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

/** What a phone reads from the first page of a PDF rendered at 150 dpi (zbarimg: exit 4 when there is no code). */
function decodeFirstPage(pdf: string): string[] {
  const png = join(work, 'page');
  execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', '-singlefile', '-png', pdf, png]);
  const run = spawnSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', `${png}.png`], { encoding: 'utf8' });
  if (run.status === 4) return [];
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split('\n').filter((line) => line !== '');
}

let browser: Browser;
let server: { close(): void };
let origin: string;
let catalog: Catalog;

before(async () => {
  // Astro alone (no PDFs, no search index): the pages a printer would print, built for a known address.
  const build = spawnSync(process.execPath, ['--input-type=module', '-e', "const { build } = await import('astro'); await build({ root: process.cwd(), logLevel: 'error' });"], {
    encoding: 'utf8',
    // Astro's pages only (KIT_PRESS=0): this test prints the few pages it needs itself.
    env: { ...process.env, KIT_SITE: site, KIT_OUT_DIR: out, KIT_PRESS: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  assert.equal(build.status, 0, build.stderr);
  catalog = JSON.parse(readFileSync(join(out, 'kit.json'), 'utf8')) as Catalog;
  ({ server, origin } = await serveOrigin(out));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** One printed document per kind, in Swedish, Arabic and Tigrinya: the page, and where kit.json says its code leads. */
function cases() {
  const point = catalog.points.find((p) => p.slug === 'bostader')!;
  const tool = (kind: string, lang: string) => point.tools.find((t) => t.kind === kind && t.lang === lang)!;
  const doc = (kind: string, lang: string) => point.documents.find((d) => d.kind === kind && d.lang === lang)!;
  const handout = (lang: string, session: number) => doc('bildspel', lang).handouts!.find((h) => h.session === session)!;
  const longestPoint = catalog.points.reduce((a, b) => (b.slug.length > a.slug.length ? b : a));
  const longest = longestPoint.documents.find((d) => d.kind === 'bildspel' && d.lang === 'prs')!.handouts![0];
  return [
    { what: 'handout, session 1 (ar)', lang: 'ar', page: handout('ar', 1).url, target: handout('ar', 1).url, slides: handout('ar', 1).slides.length },
    { what: 'handout, session 2 (ti)', lang: 'ti', page: handout('ti', 2).url, target: handout('ti', 2).url, slides: handout('ti', 2).slides.length },
    // The longest point slug, in the handout's header beside the title: the address still fits, line by line.
    { what: 'handout, session 1 (prs, longest slug)', lang: 'prs', page: longest.url, target: longest.url, slides: longest.slides.length },
    // A participant's fördjupning leads to the text beside the Swedish; the Swedish one to itself.
    { what: 'fördjupning (ar)', lang: 'ar', page: doc('fordjupning', 'ar').url, target: tool('tvasprakig', 'ar').url },
    { what: 'fördjupning (sv)', lang: 'sv', page: doc('fordjupning', 'sv').url, target: doc('fordjupning', 'sv').url },
    { what: 'bilingual fördjupning (ti)', lang: 'ti', page: tool('tvasprakig', 'ti').url, target: tool('tvasprakig', 'ti').url },
    { what: 'evaluation form (ti)', lang: 'ti', page: tool('utvardering', 'ti').url, target: tool('utvardering', 'ti').url },
    { what: 'interpreter pack (sv)', lang: 'sv', page: tool('tolkpaket', 'sv').url, target: tool('tolkpaket', 'sv').url },
    { what: 'interpreter pack (ar)', lang: 'ar', page: tool('tolkpaket', 'ar').url, target: tool('tolkpaket', 'ar').url },
  ];
}

test('with KIT_SITE, each kind of printed document carries a QR code that decodes to the same document online', async (t) => {
  const all = cases();
  assert.equal(new Set(all.map((c) => c.target)).size, all.length, 'every case leads somewhere of its own');
  for (const c of all) {
    assert.ok(c.target.startsWith(`${site}/${c.lang}/`), `${c.what}: ${c.target}`);
    const path = new URL(c.page).pathname;
    const address = c.target.replace(/^https:\/\//, '');
    const page = await browser.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);

    // On screen the page has its own URL: the code is not shown and not in the accessibility tree.
    const qr = page.locator('.print-qr');
    assert.equal(await qr.count(), 1, `${c.what}: one code`);
    assert.equal(await qr.isVisible(), false, `${c.what}: hidden on screen`);
    // Named in the page's language, the address as printed.
    const name = strings(c.lang)['print.qr'].replace('{{address}}', address);
    assert.equal(await qr.locator('svg').getAttribute('aria-label'), name);
    assert.equal(await qr.locator('svg title').textContent(), name);

    // On paper (the A4 text width, print media): the code is shown and no line of text runs under it.
    await page.setViewportSize({ width: Math.round((182 / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await qr.isVisible(), true, `${c.what}: shown in print`);
    const overlaps = await page.evaluate(() => {
      const code = document.querySelector('.print-qr svg')!.getBoundingClientRect();
      const hits: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim() || node.parentElement!.closest('.print-qr, title')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width > 0 && r.left < code.right && r.right > code.left && r.top < code.bottom && r.bottom > code.top) hits.push(node.textContent!.trim().slice(0, 40));
        }
      }
      return hits;
    });
    assert.deepEqual(overlaps, [], `${c.what}: text under the code`);
    // axe on the printed code (the site's axe test sees screen media, where it is hidden).
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run({ include: [['.print-qr']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id);
    });
    assert.deepEqual(violations, [], `${c.what}: axe`);

    const file = join(work, 'doc.pdf');
    // As scripts/pdf.ts prints.
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }));
    await page.close();
    assert.deepEqual(decodeFirstPage(file), [c.target], `${c.what}: what a phone reads`);

    // The address is printed beside the code, on the body of the first page (not in the running header's margin).
    const pages = pdfWords(file);
    const first = pages[0];
    // The address breaks after a "/": each of its lines is one word ending in one.
    const words = first.words.filter((w) => w.text.endsWith('/') && address.includes(w.text));
    assert.equal(words.map((w) => w.text).join(''), address, `${c.what}: the address on page 1`);
    for (const w of words) assert.ok(w.y0 >= 12 && first.height - w.y1 >= 12 && w.x0 >= 10 && first.width - w.x1 >= 10, `${c.what}: "${w.text}" at (${w.x0.toFixed(1)}, ${w.y0.toFixed(1)}) mm`);
    // A handout keeps three slides a page with the code in its header.
    if (c.slides) assert.equal(pages.length, Math.ceil(c.slides / 3), `${c.what}: ${c.slides} slides`);
    t.diagnostic(`${c.what}: ${c.target}`);
  }
});

test('without KIT_SITE (the default build), no page and no printed PDF has a code', (t) => {
  assert.ok(existsSync('dist/kit.json'), 'the default build in dist/');
  const defaultCatalog = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as Catalog;
  const point = defaultCatalog.points.find((p) => p.slug === 'bostader')!;
  if (/^https?:/.test(point.tools[0].url)) {
    t.skip('dist/ was built with KIT_SITE');
    return;
  }
  const paths = cases().map((c) => new URL(c.page).pathname);
  for (const path of paths) {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    assert.match(html, /<main/, path);
    assert.doesNotMatch(html, /print-qr|kurs\.example\.se/, path);
  }
  const pdfs = [
    point.documents.find((d) => d.kind === 'bildspel' && d.lang === 'ar')!.handouts![0].pdf,
    point.documents.find((d) => d.kind === 'fordjupning' && d.lang === 'ar')!.pdf!,
    ...['tvasprakig', 'utvardering', 'tolkpaket'].map((kind) => point.tools.find((t) => t.kind === kind && t.lang === 'ti')!.pdf),
  ];
  for (const pdf of pdfs) {
    const file = join('dist', pdf);
    assert.ok(existsSync(file), file);
    assert.deepEqual(decodeFirstPage(file), [], `${pdf}: no code`);
  }
});
