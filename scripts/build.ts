// Builds everything: checks content, runs Astro, indexes with Pagefind, prints PDFs, packs downloads, writes the
// service worker. Times each stage for `npm run bench`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { build as astroBuild } from 'astro';
import { subsetFonts } from './fonts.ts';
import { buildSearchIndex } from './search-index.ts';
import { printPdfs } from './pdf.ts';
import { makeOfficeFiles } from './office.ts';
import { makeDownloads } from './downloads.ts';
import { writeServiceWorker } from './service-worker.ts';

const times: Record<string, number> = {};

async function stage(name: string, run: () => void | Promise<void>) {
  const start = performance.now();
  console.log(`\n▶ ${name}`);
  await run();
  times[name] = Math.round(performance.now() - start);
  console.log(`✔ ${name} (${(times[name] / 1000).toFixed(1)} s)`);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await stage('content', () => run(process.execPath, ['scripts/check-content.ts']));
await stage('fonts', subsetFonts);
// Astro runs in this process, on the Node 22 that `npm run` puts first on PATH (the `node` devDependency).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await stage('astro', () => astroBuild({ root: process.cwd() }));
await stage('pagefind', buildSearchIndex);
await stage('pdf', printPdfs);
await stage('office', () => makeOfficeFiles());
// The service worker goes in before the site is zipped, so the zipped site works offline too.
await stage('offline', () => writeServiceWorker());
await stage('downloads', () => makeDownloads());
writeFileSync('dist/build-times.json', `${JSON.stringify(times, null, 2)}\n`);
console.log(`\nBuilt dist/ in ${(Object.values(times).reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`);
