// The build times `npm run bench` reports: a cold build (empty PDF and Office caches), a rebuild after an author edits
// one fördjupning, and the projection to every point in every language. The edit is a sentence added to a Swedish
// fördjupning for the cold build and taken out again for the rebuild, so the site ends built from the true text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportFile } from '../src/integration/kit.ts';

export interface BuildReport {
  finished: string;
  times: Record<string, number>;
  /** Milliseconds from start to end of `npm run build` (scripts/build.ts). */
  total?: number;
  pdf?: { total: number; printed: number; reused: number; pool: number };
  office?: { total: number; made: number };
}
export interface BuildTimes { cold: BuildReport; incremental: BuildReport; edited: string }

export const benchBuildsFile = 'node_modules/.cache/kit/bench-builds.json';
const edited = 'src/content/kurs/sv/bostader/fordjupning.mdx';

/** The whole build's time; the content check overlaps Astro, so it is less than the stages' sum. */
export const buildSeconds = (report: BuildReport) => (report.total ?? Object.values(report.times).reduce((a, b) => a + b, 0)) / 1000;

function build(env: NodeJS.ProcessEnv): BuildReport {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
  return JSON.parse(readFileSync(buildReportFile, 'utf8')) as BuildReport;
}

export function measureBuilds(): BuildTimes {
  const caches = mkdtempSync(join(tmpdir(), 'kit-bench-'));
  const env = { ...process.env, KIT_CACHE: '', KIT_PDF_CACHE: join(caches, 'pdf'), KIT_OFFICE_CACHE: join(caches, 'office') };
  const original = readFileSync(edited, 'utf8');
  const restore = () => writeFileSync(edited, original);
  process.once('SIGINT', () => { restore(); process.exit(130); });
  try {
    writeFileSync(edited, `${original.trimEnd()}\n\nDen här meningen lade bänken till.\n`);
    console.log(`Cold build (empty caches in ${caches}) …`);
    const cold = build(env);
    restore();
    console.log(`Rebuild after an edit of ${edited} …`);
    const incremental = build(env);
    return { cold, incremental, edited };
  } finally {
    restore();
    rmSync(caches, { recursive: true, force: true });
  }
}
