// The press as an Astro integration (the way Starlight is built): astro.config.mjs registers kit(), and everything
// after Astro's pages — search index, PDFs, Office files, service worker, downloads — runs from `astro:build:done` on
// the folder Astro wrote (so KIT_OUT_DIR holds for every stage); the font subsets the pages' CSS names are made
// first, in `astro:config:setup`. Stage times go to node_modules/.cache/kit, not the site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../../scripts/search-index.ts';
import { printPdfs, type PdfReport } from '../../scripts/pdf.ts';
import { makeOfficeFiles, type OfficeReport } from '../../scripts/office.ts';
import { makeDownloads } from '../../scripts/downloads.ts';
import { writeServiceWorker } from '../../scripts/service-worker.ts';
import { pdfDecision } from '../../scripts/pdf-decision.ts';
import { subsetFonts } from '../../scripts/fonts.ts';
import { pdfsPrinted } from '../data/press.ts';

export const buildReportFile = 'node_modules/.cache/kit/build-report.json';

export default function kit(): AstroIntegration {
  let astroStart = 0;
  let fontsMs = 0;
  return {
    name: 'kursverktyg',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // The font subsets first (scripts/fonts.ts): src/styles/fonts.css points at them, in the dev server as in a build.
        const fontsStart = performance.now();
        await subsetFonts();
        fontsMs = Math.round(performance.now() - fontsStart);
        // Decided before the pages render, so they say "not printed" instead of linking to PDFs that will not exist.
        if (command !== 'build') return;
        const printing = pdfDecision();
        if (!printing.print) {
          process.env.KIT_PDF = '0';
          logger.warn(`PDFs: not printed in this build. ${printing.reason}`);
        }
      },
      'astro:build:start': () => {
        astroStart = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const times: Record<string, number> = { fonts: fontsMs, astro: Math.round(performance.now() - astroStart) };
        // KIT_PRESS=0: Astro's pages only (a second build in the tests, a quick look at the HTML).
        if (process.env.KIT_PRESS === '0') return;
        const site = fileURLToPath(dir).replace(/[\\/]$/, '');
        let pdf: PdfReport | undefined;
        let office: OfficeReport | undefined;
        const stage = async (name: string, run: () => unknown) => {
          const start = performance.now();
          logger.info(`▶ ${name}`);
          await run();
          times[name] = Math.round(performance.now() - start);
          logger.info(`✔ ${name} (${(times[name] / 1000).toFixed(1)} s)`);
        };
        // One after the other: run at once they gained nothing on 2 cores (Chromium alone keeps about one and a half
        // busy: cold build 390.4 s at once, 388.8 s in turn), and each stage's time stays its own.
        await stage('pagefind', () => buildSearchIndex(site));
        if (pdfsPrinted()) await stage('pdf', async () => { pdf = await printPdfs(site); });
        await stage('office', async () => { office = await makeOfficeFiles(site); });
        // The service worker goes in before the site is zipped, so the zipped site works offline too.
        await stage('offline', () => writeServiceWorker(site));
        await stage('downloads', () => makeDownloads(site));
        mkdirSync('node_modules/.cache/kit', { recursive: true });
        writeFileSync(buildReportFile, `${JSON.stringify({ finished: new Date().toISOString(), site, times, pdf, office }, null, 2)}\n`);
      },
    },
  };
}
