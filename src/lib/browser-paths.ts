// Where a Chromium-family browser is usually installed, per platform: the kit prints PDFs with the browser people
// already have (a coordinator's Windows laptop has Edge and nothing else). scripts/browser.ts checks which exists.
import { posix, win32 } from 'node:path';

export interface BrowserSearch {
  /** process.platform: 'win32', 'darwin', 'linux', … */
  platform: string;
  /** Environment variables: CHROMIUM_PATH, and where Windows and macOS keep programs (ProgramFiles, LOCALAPPDATA, HOME). */
  env: Record<string, string | undefined>;
}

/** An environment variable, looked up without regard to case as Windows does. */
function variable(env: BrowserSearch['env'], name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : env[key]?.trim();
  return value || undefined;
}

const windowsPrograms = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
];
const macApps = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Chromium.app/Contents/MacOS/Chromium',
];
const linuxPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
];

/** Paths to try, in order: $CHROMIUM_PATH first, then the platform's usual install locations. */
export function browserCandidates({ platform, env }: BrowserSearch): string[] {
  const fromEnv = variable(env, 'CHROMIUM_PATH');
  let found: string[];
  if (platform === 'win32') {
    // From the environment, not a hard-coded C:\ : Windows may live on another drive or in another language.
    const roots = ['ProgramFiles', 'ProgramFiles(x86)', 'LOCALAPPDATA'].map((name) => variable(env, name)).filter((root) => root !== undefined);
    found = windowsPrograms.flatMap((parts) => roots.map((root) => win32.join(root, ...parts)));
  } else if (platform === 'darwin') {
    const home = variable(env, 'HOME');
    const folders = ['/Applications', ...(home ? [posix.join(home, 'Applications')] : [])];
    found = folders.flatMap((folder) => macApps.map((app) => posix.join(folder, app)));
  } else {
    found = linuxPaths;
  }
  return [...new Set([...(fromEnv ? [fromEnv] : []), ...found])];
}

/** What to tell someone whose machine has no browser the kit can print with. */
export function noBrowserMessage(looked: readonly string[]): string {
  return 'No Chromium, Google Chrome or Microsoft Edge found. '
    + 'On Debian/Ubuntu install one with: sudo apt-get install chromium. '
    + 'On Windows and macOS the kit finds Microsoft Edge or Google Chrome where they are normally installed. '
    + 'Or set CHROMIUM_PATH to the browser program. '
    + `Looked in: ${looked.join(', ')}`;
}
