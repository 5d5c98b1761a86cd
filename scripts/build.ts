// `npm run build`: checks the content while Astro builds, and stops with the check's "file: field: message" lines
// when it fails; Astro's kit integration (src/integration/kit.ts) indexes, prints the PDFs, makes the Office files,
// the service worker and the downloads. Adds the content check's time and the whole build's to the integration's
// report for `npm run bench`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build as astroBuild } from 'astro';
import { buildReportFile } from '../src/integration/kit.ts';

const start = performance.now();
console.log('\n▶ content');
// The check runs beside Astro (it is one process on one core); its lines are shown together when it is done.
const check = spawn(process.execPath, ['scripts/check-content.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
const output: { stream: NodeJS.WriteStream; chunk: Buffer }[] = [];
check.stdout.on('data', (chunk: Buffer) => output.push({ stream: process.stdout, chunk }));
check.stderr.on('data', (chunk: Buffer) => output.push({ stream: process.stderr, chunk }));
let content = 0;
const checked = new Promise<void>((resolve) => {
  check.on('close', (status) => {
    for (const { stream, chunk } of output) stream.write(chunk);
    if (status !== 0) process.exit(status ?? 1);
    content = Math.round(performance.now() - start);
    console.log(`✔ content (${(content / 1000).toFixed(1)} s)`);
    resolve();
  });
});

// Astro runs in this process, on the Node 22 that `npm run` puts first on PATH (the `node` devDependency).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A content problem also stops Astro; the check's own report is the one to show, so wait for it first.
const built = astroBuild({ root: process.cwd() }).then(() => undefined, (error: unknown) => error);
await checked;
const failed = await built;
if (failed) throw failed;

if (existsSync(buildReportFile)) {
  const report = JSON.parse(readFileSync(buildReportFile, 'utf8'));
  report.times = { content, ...report.times };
  report.total = Math.round(performance.now() - start);
  writeFileSync(buildReportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nBuilt ${report.site} in ${(report.total / 1000).toFixed(1)} s`);
  if (!report.pdf) console.log('The PDFs were not printed in this build (see the warning above).');
}
