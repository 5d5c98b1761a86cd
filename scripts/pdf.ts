// Prints the PDFs listed in dist/kit.json with Chromium: fördjupning and handledarmanus pages, slide handouts (one per session),
// interpreter packs and evaluation forms.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveOrigin } from './serve.ts';
import { publishedLink } from '../src/lib/pdf-links.ts';

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

export async function printPdfs(site = 'dist') {
  const jobs = pdfJobs(JSON.parse(readFileSync(join(site, 'kit.json'), 'utf8')));
  const { server, origin } = await serveOrigin(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let n = 0;
    for (const job of jobs) {
      const start = performance.now();
      await page.goto(origin + job.page, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const out = join(site, job.pdf);
      mkdirSync(dirname(out), { recursive: true });
      // Size, margins and the running header and footer come from the page's print CSS (@page).
      const pdf = await printOnce(page);
      writeFileSync(out, await publishLinks(pdf, origin, job.pdf, process.env.KIT_SITE));
      n += 1;
      console.log(`[${n}/${jobs.length}] ${job.pdf} ← ${job.page} (${Math.round(statSync(out).size / 1024)} KB, ${((performance.now() - start) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** Chromium now and then answers "Printing failed" on a busy machine; a second try prints the same page. */
async function printOnce(page: Page, tries = 2): Promise<Buffer> {
  try {
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
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
