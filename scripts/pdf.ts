// Prints the PDFs listed in dist/kit.json with Chromium: fördjupning and handledarmanus pages, slide handouts (one per
// session), interpreter packs and evaluation forms. A few pages print at once; a PDF whose inputs did not change since
// an earlier build comes from the cache instead.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { FileCache } from './build-cache.ts';
import { serveOrigin } from './serve.ts';
import { publishedLink } from '../src/lib/pdf-links.ts';
import { pdfCacheKey, printPoolSize, referencedPaths, stylesheetPaths } from '../src/lib/pdf-cache.ts';

interface CatalogDocument { kind: string; lang: string; textLang: string; url: string; pdf?: string; handouts?: { url: string; pdf: string }[] }
interface Catalog { points: { documents: CatalogDocument[]; tools: { url: string; pdf: string }[] }[] }

/** One job per PDF: the page to print and where the PDF goes (only documents in their own language). */
export function pdfJobs(catalog: Catalog): { page: string; pdf: string }[] {
  // kit.json's addresses are absolute when the site's address is known, else relative to the site's root.
  const path = (url: string) => new URL(url, 'http://kit.invalid').pathname;
  return catalog.points.flatMap((point) => [
    // A bildspel is printed as one handout per session; the other documents as themselves.
    ...point.documents.filter((doc) => doc.lang === doc.textLang)
      .flatMap((doc) => doc.handouts ?? [{ url: doc.url, pdf: doc.pdf! }]).map((job) => ({ page: path(job.url), pdf: path(job.pdf) })),
    ...point.tools.map((tool) => ({ page: path(tool.url), pdf: path(tool.pdf) })),
  ]);
}

export interface PdfReport { total: number; printed: number; reused: number; pool: number }

export async function printPdfs(site = 'dist'): Promise<PdfReport> {
  const jobs = pdfJobs(JSON.parse(readFileSync(join(site, 'kit.json'), 'utf8')));
  const { server, origin } = await serveOrigin(site);
  const browser = await launchChromium();
  const cache = new PdfCache(site, { press: pressVersion(), chromium: browser.version(), site: process.env.KIT_SITE ?? '', print: printOptions });
  const pool = printPoolSize(availableParallelism(), process.env.KIT_PDF_POOL);
  let done = 0;
  let reused = 0;
  try {
    // Service workers off: printing must not install the offline cache once per page.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(pool, jobs.length) }, async () => {
      const page = await context.newPage();
      for (let job = jobs[next++]; job; job = jobs[next++]) {
        const start = performance.now();
        const out = join(site, job.pdf);
        mkdirSync(dirname(out), { recursive: true });
        const key = cache.key(job);
        const cached = cache.get(key);
        if (cached) {
          writeFileSync(out, cached);
          reused += 1;
        } else {
          await page.goto(origin + job.page, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          // Size, margins and the running header and footer come from the page's print CSS (@page).
          const pdf = await publishLinks(await printOnce(page), origin, job.pdf, process.env.KIT_SITE);
          writeFileSync(out, pdf);
          cache.put(key, pdf);
        }
        done += 1;
        console.log(`[${done}/${jobs.length}] ${job.pdf} ${cached ? '(unchanged, from the cache)' : `← ${job.page}`} (${Math.round(statSync(out).size / 1024)} KB, ${((performance.now() - start) / 1000).toFixed(1)} s)`);
      }
    }));
  } finally {
    await browser.close();
    server.close();
  }
  cache.prune();
  console.log(`${jobs.length} PDFs: ${jobs.length - reused} printed (${pool} at a time), ${reused} unchanged from the cache (${cache.dir})`);
  return { total: jobs.length, printed: jobs.length - reused, reused, pool };
}

const printOptions = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;

/** The code that turns a page into the published PDF: a change to it must reprint everything. */
function pressVersion(): string {
  return createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update(readFileSync(fileURLToPath(new URL('../src/lib/pdf-links.ts', import.meta.url)))).digest('hex');
}

/** Printed PDFs kept between builds (scripts/build-cache.ts), keyed by everything that shapes them
 * (src/lib/pdf-cache.ts). */
class PdfCache extends FileCache {
  private readonly fileHashes = new Map<string, string>();
  private readonly site: string;
  private readonly settings: Record<string, unknown>;
  constructor(site: string, settings: Record<string, unknown>) {
    super('kit-pdf', 'pdf', 'KIT_PDF_CACHE');
    this.site = site;
    this.settings = settings;
  }

  key(job: { page: string; pdf: string }): string {
    const html = readFileSync(this.sitePath(job.page.endsWith('/') ? `${job.page}index.html` : job.page), 'utf8');
    const files: Record<string, string> = {};
    const visit = (path: string) => {
      if (path in files) return;
      files[path] = this.hashFile(path);
      if (path.endsWith('.css') && files[path] !== 'missing') for (const inner of stylesheetPaths(readFileSync(this.sitePath(path), 'utf8'), path)) visit(inner);
    };
    for (const path of referencedPaths(html, job.page)) if (!/\.(pdf|ics|zip|pptx|docx)$/.test(path) && !path.endsWith('/')) visit(path);
    return pdfCacheKey({ html, files, settings: { ...this.settings, pdf: job.pdf } });
  }

  private sitePath(path: string) {
    return join(this.site, decodeURIComponent(path));
  }

  private hashFile(path: string): string {
    let hash = this.fileHashes.get(path);
    if (!hash) {
      const file = this.sitePath(path);
      hash = existsSync(file) && statSync(file).isFile() ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing';
      this.fileHashes.set(path, hash);
    }
    return hash;
  }
}

/** Chromium now and then answers "Printing failed" on a busy machine; a second try prints the same page. */
async function printOnce(page: Page, tries = 2): Promise<Buffer> {
  try {
    return await page.pdf(printOptions);
  } catch (error) {
    if (tries <= 1) throw error;
    console.warn(`  retrying ${page.url()}: ${(error as Error).message}`);
    return printOnce(page, tries - 1);
  }
}

/** Points the PDF's links at the published site instead of the build server (src/lib/pdf-links.ts). Object streams
 * pack the tag tree's many small objects, which keeps handouts under their size budget. */
export async function publishLinks(pdf: Uint8Array, buildOrigin: string, pdfPath: string, site?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i += 1) {
      const action = annots!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      if (!action || !uri) continue;
      const href = publishedLink(uri.decodeText(), buildOrigin, pdfPath, site);
      // A URI is 7-bit ASCII (URL and path are percent-encoded); hex keeps parentheses and backslashes literal.
      action.set(PDFName.of('URI'), PDFHexString.of(Buffer.from(href, 'latin1').toString('hex')));
    }
  }
  return doc.save({ useObjectStreams: true, updateFieldAppearances: false });
}
