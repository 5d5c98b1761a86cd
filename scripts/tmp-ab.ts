import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { serveOrigin } from './serve.ts';
import { pdfJobs, publishLinks } from './pdf.ts';
const jobs = pdfJobs(JSON.parse(readFileSync(join('dist', 'kit.json'), 'utf8'))).filter((_, i) => i % 18 === 5);
const variants: Record<string, Record<string, unknown>> = {
  full: { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true },
  noOutline: { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: false },
};
const { server, origin } = await serveOrigin('dist');
const browser = await launchChromium();
const pool = Number(process.env.POOL ?? 1);
for (const [name, opts] of Object.entries(variants)) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const t0 = performance.now();
  let next = 0; let lib = 0; let pdfMs = 0; let gotoMs = 0;
  await Promise.all(Array.from({ length: pool }, async () => {
    const page = await context.newPage();
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      let t = performance.now();
      await page.goto(origin + job.page, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      gotoMs += performance.now() - t; t = performance.now();
      const pdf = await page.pdf(opts as never);
      pdfMs += performance.now() - t; t = performance.now();
      await publishLinks(pdf, origin, job.pdf, undefined);
      lib += performance.now() - t;
    }
  }));
  console.log(name, `pool ${pool}`, `${jobs.length} jobs`, `wall ${((performance.now() - t0) / 1000).toFixed(1)} s`, `goto ${(gotoMs / 1000).toFixed(1)} pdf ${(pdfMs / 1000).toFixed(1)} lib ${(lib / 1000).toFixed(1)}`);
  await context.close();
}
await browser.close(); server.close();
