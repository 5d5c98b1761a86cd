// Screenshots of built pages, for looking at them: npx node scripts/screenshot.ts /sv/ /ar/bostader/fordjupning/ [--width=390] [--full]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.ts';
import { serveOrigin } from './serve.ts';

const args = process.argv.slice(2);
const width = Number(args.find((a) => a.startsWith('--width='))?.slice(8) ?? 1280);
const full = args.includes('--full');
const out = process.env.SCREENSHOT_DIR ?? 'screenshots';
mkdirSync(out, { recursive: true });
const { server, origin } = await serveOrigin();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height: Math.round(width * 0.75) } });
for (const path of args.filter((a) => !a.startsWith('--'))) {
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`;
  await page.screenshot({ path: file, fullPage: full });
  console.log(file);
}
await browser.close();
server.close();
