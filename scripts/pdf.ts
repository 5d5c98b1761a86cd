// Prints the PDFs listed in dist/kit.json with Chromium: fördjupning and handledarmanus pages, slide handouts,
// interpreter packs and evaluation forms.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from './browser.ts';
import { serveOrigin } from './serve.ts';

interface CatalogDocument { kind: string; lang: string; textLang: string; url: string; pdf: string; handout?: string }
interface Catalog { points: { documents: CatalogDocument[]; tools: { url: string; pdf: string }[] }[] }

/** One job per PDF: the page to print and where the PDF goes (only documents in their own language). */
export function pdfJobs(catalog: Catalog): { page: string; pdf: string }[] {
  const path = (url: string) => new URL(url, 'http://localhost/').pathname;
  return catalog.points.flatMap((point) => [
    ...point.documents.filter((doc) => doc.lang === doc.textLang).map((doc) => ({ page: path(doc.handout ?? doc.url), pdf: path(doc.pdf) })),
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
      await page.pdf({
        path: out,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:8px;inline-size:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      });
      n += 1;
      console.log(`[${n}/${jobs.length}] ${job.pdf} ← ${job.page} (${Math.round(statSync(out).size / 1024)} KB, ${((performance.now() - start) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
