// Finds a Chromium-family browser to drive with playwright-core: $CHROMIUM_PATH first, then the usual install
// locations of Chromium, Chrome and Edge (src/lib/browser-paths.ts).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { browserCandidates, noBrowserMessage } from '../src/lib/browser-paths.ts';

/** The browser to print with, or undefined when there is none (the build then skips the PDFs). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string | undefined {
  // A CHROMIUM_PATH that is set but wrong is a mistake to report, not a reason to quietly use another browser.
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  return browserCandidates({ platform, env }).find((path) => existsSync(path));
}

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(noBrowserMessage(browserCandidates({ platform: process.platform, env: process.env })));
  return found;
}

// No background traffic: the machine may have no network, and the kit must make no request off its own origin.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}
