// `npm run build`: checks the content, then runs Astro, whose kit integration (src/integration/kit.ts) indexes,
// prints the PDFs, makes the Office files, the service worker and the downloads. Adds the content check's time to
// the integration's report for `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build as astroBuild } from 'astro';
import { buildReportFile } from '../src/integration/kit.ts';

const start = performance.now();
console.log('\n▶ content');
const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { stdio: 'inherit' });
if (check.status !== 0) process.exit(check.status ?? 1);
const content = Math.round(performance.now() - start);
console.log(`✔ content (${(content / 1000).toFixed(1)} s)`);

// Astro runs in this process, on the Node 22 that `npm run` puts first on PATH (the `node` devDependency).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await astroBuild({ root: process.cwd() });

if (existsSync(buildReportFile)) {
  const report = JSON.parse(readFileSync(buildReportFile, 'utf8'));
  report.times = { content, ...report.times };
  writeFileSync(buildReportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nBuilt ${report.site} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  if (!report.pdf) console.log('The PDFs were not printed in this build (see the warning above).');
}
