// Shared by the e2e tests: one Chromium per test file, pages that record console errors and off-origin requests.
import { after, before } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';

export const base = process.env.KIT_BASE_URL ?? 'http://127.0.0.1:4321';
export const origin = new URL(base).origin;

/** Page kinds × the languages every e2e test covers at least. */
export const coreLangs = ['sv', 'ar', 'ti'] as const;
export const pageKinds = {
  home: (lang: string) => `/${lang}/`,
  overview: (lang: string) => `/${lang}/kurs/`,
  point: (lang: string) => `/${lang}/bostader/`,
  fordjupning: (lang: string) => `/${lang}/bostader/fordjupning/`,
  handledarmanus: (lang: string) => `/${lang}/sjuk-och-halsovard/handledarmanus/`,
  bildspel: (lang: string) => `/${lang}/sjuk-och-halsovard/bildspel/`,
  handout: (lang: string) => `/${lang}/bostader/bildspel/utskrift/`,
  sessionHandout: (lang: string) => `/${lang}/bostader/bildspel/utskrift/pass-2/`,
  search: (lang: string) => `/${lang}/sok/?q=1177`,
  planner: (lang: string) => `/${lang}/planerare/?start=2027-01-11&day=2&day=4&order=4,8,9&visits=4;120;Besök`,
  tally: (lang: string) => `/${lang}/utvardering/`,
  evaluation: (lang: string) => `/${lang}/bostader/utvardering/`,
  pictureCards: (lang: string) => `/${lang}/bostader/bildkort/`,
  interpreterPack: (lang: string) => `/${lang}/sjuk-och-halsovard/tolk/`,
  downloads: (lang: string) => `/${lang}/nedladdning/`,
  statement: (lang: string) => `/${lang}/tillganglighet/`,
  about: (lang: string) => `/${lang}/om/`,
  guide: (lang: string) => `/${lang}/anpassa/`,
  changelog: (lang: string) => `/${lang}/andringar/`,
} as const;

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  offOrigin: string[];
  failed: string[];
}

let browser: Browser;
export function useBrowser() {
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
}

export async function openPage(path: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const watched: WatchedPage = { page, consoleErrors: [], offOrigin: [], failed: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(String(error)));
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) watched.offOrigin.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  return watched;
}

export async function closePage(watched: WatchedPage) {
  await watched.page.context().close();
}
