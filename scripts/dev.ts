// `npm run dev`: Astro's dev server with live reload for authors editing MDX. No PDFs: the pages say so instead of
// linking to files the dev server does not make. Content problems are printed first (the dev server would skip a
// broken file silently).
import { spawnSync } from 'node:child_process';
import { dev } from 'astro';

spawnSync(process.execPath, ['scripts/check-content.ts'], { stdio: 'inherit' });
process.env.KIT_PDF = '0';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await dev({ root: process.cwd(), server: { port: Number(process.env.PORT ?? 4321) } });
