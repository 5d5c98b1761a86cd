// `npm run bench`: what each page kind costs as Chromium loads it (raw and gzip/brotli, by type), the build's
// time per stage, and PDF sizes, against the budgets. A report, not a test: it never fails on a slow machine.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { benchBuildsFile, buildSeconds, measureBuilds, type BuildTimes } from './bench-builds.ts';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchChromium } from './browser.ts';
import { serveOrigin } from './serve.ts';
import { langCodes, languages, scriptFonts } from '../src/i18n/languages.ts';
import { fontBudgetKb } from '../src/lib/font-subsets.ts';

// Fonts: KB as served per reading page in a language (src/lib/font-subsets.ts, which the e2e tests use too).
const budgets = { readingKbGzipNoFonts: 60, deckKbGzip: 250, handoutPdfKb: 300, officeShare: 0.2, readingFontsKb: fontBudgetKb as Record<string, number> };
// Each script's fonts, weighed on a reading page in the first language written in it.
const scriptLangs = Object.keys(scriptFonts).map((script) => [script, langCodes.find((lang) => languages[lang].script === script)!] as const);
const readingPage = (lang: string) => (lang === 'sv' ? 'reading page' : `reading page (${lang})`);

// Two builds (scripts/bench-builds.ts), unless KIT_SKIP_BUILD=1 reports the last measured ones.
if (process.env.KIT_SKIP_BUILD !== '1') {
  const measured = measureBuilds();
  mkdirSync(dirname(benchBuildsFile), { recursive: true });
  writeFileSync(benchBuildsFile, `${JSON.stringify(measured, null, 2)}\n`);
}

const pages: [string, string, (page: import('playwright-core').Page) => Promise<void>][] = [
  ['home', '/sv/', async () => {}],
  ['reading page', '/sv/bostader/fordjupning/', async () => {}],
  ...scriptLangs.filter(([, lang]) => lang !== 'sv').map(([, lang]) => [readingPage(lang), `/${lang}/bostader/fordjupning/`, async () => {}] as const),
  ['manus', '/sv/sjuk-och-halsovard/handledarmanus/', async () => {}],
  ['deck', '/sv/sjuk-och-halsovard/bildspel/', async (page) => { await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady()); }],
  ['deck (ar)', '/ar/sjuk-och-halsovard/bildspel/', async (page) => { await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady()); }],
  ['search in use', '/sv/sok/?q=hyreskontrakt', async (page) => { await page.waitForSelector('#search-results li'); }],
];

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string, url: string): Kind =>
  type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') || url.endsWith('.js') ? 'js' : type.includes('font') || /\.woff2?$/.test(url) ? 'font' : 'other';
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

const { server, origin } = await serveOrigin();
const browser = await launchChromium();
console.log('\nPage weight as Chromium loads it (KB: raw / gzip / brotli)');
console.log(`${'page'.padEnd(20)}${['html', 'css', 'js', 'font', 'other'].map((k) => k.padStart(26)).join('')}${'total gzip'.padStart(13)}${'gzip w/o fonts'.padStart(16)}`);
const results: Record<string, { gzip: number; gzipNoFonts: number; js: number; fonts: Record<string, number> }> = {};
for (const [name, path, settle] of pages) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sums: Record<Kind, [number, number, number]> = { html: [0, 0, 0], css: [0, 0, 0], js: [0, 0, 0], font: [0, 0, 0], other: [0, 0, 0] };
  const pending: Promise<void>[] = [];
  const fonts: Record<string, number> = {};
  page.on('response', (response) => {
    pending.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
      sums[kind][0] += body.length;
      sums[kind][1] += gzipSync(body, { level: 9 }).length;
      sums[kind][2] += brotliCompressSync(body).length;
      if (kind === 'font') fonts[new URL(response.url()).pathname.split('/').pop()!] = body.length;
    })());
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await settle(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const gzip = Object.values(sums).reduce((s, v) => s + v[1], 0);
  results[name] = { gzip, gzipNoFonts: gzip - sums.font[1], js: sums.js[0], fonts };
  console.log(`${name.padEnd(20)}${(['html', 'css', 'js', 'font', 'other'] as Kind[]).map((k) => `${kb(sums[k][0])} /${kb(sums[k][1])} /${kb(sums[k][2])}`).join('')}${kb(gzip).padStart(13)}${kb(gzip - sums.font[1]).padStart(16)}`);
  await context.close();
}

// Reading without JavaScript: the text must be there with scripts off.
const noJs = await browser.newContext({ javaScriptEnabled: false });
const noJsPage = await noJs.newPage();
await noJsPage.goto(`${origin}/sv/bostader/fordjupning/`);
const paragraphs = await noJsPage.locator('article p').count();
await browser.close();
server.close();

console.log('\nFonts of a reading page in each script\'s language (KB as served)');
const fontKb = (lang: string) => Object.values(results[readingPage(lang)].fonts).reduce((a, b) => a + b, 0) / 1024;
for (const [script, lang] of scriptLangs) {
  const { fonts } = results[readingPage(lang)];
  console.log(`  ${script} (${lang})${fontKb(lang).toFixed(1).padStart(8)}  ${Object.entries(fonts).map(([file, bytes]) => `${file.replace(/\.[\w-]+\.woff2$/, '')} ${(bytes / 1024).toFixed(1)}`).join(', ')}`);
}

// The builds bench measured: cold, and again after an edit of one fördjupning.
if (!existsSync(benchBuildsFile)) {
  console.error(`\nNo build times yet: run npm run bench without KIT_SKIP_BUILD (${benchBuildsFile}).`);
  process.exit(1);
}
const builds = JSON.parse(readFileSync(benchBuildsFile, 'utf8')) as BuildTimes;
const buildBudgets = { coldSeconds: 120, incrementalSeconds: 30, projectedSeconds: 240 };
console.log(`\nBuild time per stage (s): cold (empty caches), and after an edit of ${builds.edited}; measured ${builds.incremental.finished}`);
for (const stage of Object.keys(builds.cold.times)) console.log(`  ${stage.padEnd(10)}${(builds.cold.times[stage] / 1000).toFixed(1).padStart(7)}${((builds.incremental.times[stage] ?? 0) / 1000).toFixed(1).padStart(7)}`);
// The whole build, from `npm run build` to its end (the content check runs beside Astro).
console.log(`  ${'whole'.padEnd(10)}${buildSeconds(builds.cold).toFixed(1).padStart(7)}${buildSeconds(builds.incremental).toFixed(1).padStart(7)}`);

const pdfs = readdirSync('dist/pdf', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).map((f) => ({ f, size: statSync(join('dist/pdf', f)).size }));
// The slide handouts, one per session, as kit.json lists them.
const catalog = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { languages: unknown[]; points: { documents: { lang: string; textLang: string; kind: string; handouts?: { pdf: string }[] }[] }[] };
const handoutFiles = new Set(catalog.points.flatMap((p) => p.documents.flatMap((d) => d.handouts ?? []).map((h) => new URL(h.pdf, 'http://kit.invalid').pathname.replace(/^\/pdf\//, ''))));
const handouts = pdfs.filter((p) => handoutFiles.has(p.f.replace(/\\/g, '/')));
const largestHandout = handouts.reduce((a, b) => (b.size > a.size ? b : a));
console.log(`\nPDFs: ${pdfs.length}, ${kb(pdfs.reduce((s, p) => s + p.size, 0)).trim()} KB in all; largest handout ${largestHandout.f} ${kb(largestHandout.size).trim()} KB`);
const office = readdirSync('dist/office', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(pptx|docx)$/.test(f)).map((f) => ({ f, size: statSync(join('dist/office', f)).size }));
for (const ext of ['pptx', 'docx']) {
  const files = office.filter((o) => o.f.endsWith(ext));
  if (files.length) console.log(`${ext.toUpperCase()}: ${files.length}, ${kb(files.reduce((s, o) => s + o.size, 0)).trim()} KB in all; largest ${kb(Math.max(...files.map((o) => o.size))).trim()} KB`);
}

const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
console.log('\nBudgets');
const cold = buildSeconds(builds.cold);
const rebuilt = builds.incremental;
console.log(`  cold build ≤ ${buildBudgets.coldSeconds} s: ${cold.toFixed(1)} s (${builds.cold.pdf?.printed ?? 0} PDFs, ${builds.cold.pdf?.pool ?? 0} at a time; ${builds.cold.office?.made ?? 0} Office files), ${verdict(cold <= buildBudgets.coldSeconds)}`);
console.log(`  rebuild after editing one fördjupning ≤ ${buildBudgets.incrementalSeconds} s: ${buildSeconds(rebuilt).toFixed(1)} s (${rebuilt.pdf?.printed ?? 0} of ${rebuilt.pdf?.total ?? 0} PDFs printed, ${rebuilt.office?.made ?? 0} of ${rebuilt.office?.total ?? 0} Office files made), ${verdict(buildSeconds(rebuilt) <= buildBudgets.incrementalSeconds)}`);
// The projection scales the PDF and Office stages by the translations still missing (none: the cold build itself).
const translated = catalog.points.flatMap((p) => p.documents.filter((d) => d.lang !== 'sv' && d.lang === d.textLang && d.kind !== 'handledarmanus')).length;
const expected = catalog.points.length * (catalog.languages.length - 1) * 2;
const scale = translated ? Math.max(1, expected / translated) : 1;
const projected = cold + ((builds.cold.times.pdf ?? 0) + (builds.cold.times.office ?? 0)) * (scale - 1) / 1000;
console.log(`  projected, all ${catalog.points.length} points in ${catalog.languages.length} languages ≤ ${buildBudgets.projectedSeconds} s: ${projected.toFixed(1)} s (${translated} of ${expected} translated fördjupningar and bildspel present), ${verdict(projected <= buildBudgets.projectedSeconds)}`);
console.log(`  reading page ≤ ${budgets.readingKbGzipNoFonts} KB gzip without fonts: ${kb(results['reading page'].gzipNoFonts).trim()} KB, ${verdict(results['reading page'].gzipNoFonts / 1024 <= budgets.readingKbGzipNoFonts)}`);
console.log(`  reading page needs 0 JS to read: ${paragraphs} paragraphs readable with JavaScript off (${results['reading page'].js} bytes of JS load anyway, for offline use), ${verdict(paragraphs > 0)}`);
console.log(`  deck ≤ ${budgets.deckKbGzip} KB gzip: ${kb(results.deck.gzip).trim()} KB, ${verdict(results.deck.gzip / 1024 <= budgets.deckKbGzip)}`);
// The Office stage may add at most a fifth to the time of the build without it.
if (builds.cold.times.office !== undefined) {
  const added = builds.cold.times.office / (cold * 1000 - builds.cold.times.office);
  console.log(`  Office stage adds ≤ ${budgets.officeShare * 100} % to the build: ${(added * 100).toFixed(1)} %, ${verdict(added <= budgets.officeShare)}`);
}
for (const [lang, limit] of Object.entries(budgets.readingFontsKb)) console.log(`  reading page (${lang}) fonts ≤ ${limit} KB: ${fontKb(lang).toFixed(1)} KB, ${verdict(fontKb(lang) <= limit)}`);
console.log(`  handout PDF ≤ ${budgets.handoutPdfKb} KB: largest ${kb(largestHandout.size).trim()} KB, ${verdict(largestHandout.size / 1024 <= budgets.handoutPdfKb)}`);
