// Finds a Chromium to drive with playwright-core: $CHROMIUM_PATH first, then the usual install locations.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No Chromium found. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH. Looked in: ${candidates.join(', ')}`);
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

/** The browser to print with, or undefined when there is none (a CHROMIUM_PATH that does not exist is still an error). */
export function findChromium(): string | undefined {
  try {
    return chromiumPath();
  } catch (error) {
    if (process.env.CHROMIUM_PATH) throw error;
    return undefined;
  }
}
