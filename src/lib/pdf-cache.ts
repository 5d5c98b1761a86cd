// What shapes a printed PDF, so the build reprints only pages whose inputs changed: the page's HTML, every local
// file it pulls in (stylesheets, scripts, pictures, and the fonts and pictures those stylesheets name), and the print
// settings. Pure: the caller reads files and hashes.
import { createHash } from 'node:crypto';

/** Local files an HTML page loads: `src` and `srcset` values, `<link href>` (stylesheets, icons) and inline style
 * url()s, resolved against the page's own path. Links a reader follows (`<a href>`, e.g. to kit.json, which changes
 * with every text) are not inputs; nor are addresses with a scheme or another host, or anchors. */
export function referencedPaths(html: string, pagePath: string): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    const url = value.trim().replace(/&amp;/g, '&');
    if (!url || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return;
    found.add(new URL(url, `http://kit.invalid${pagePath}`).pathname);
  };
  for (const [, value] of html.matchAll(/\ssrc\s*=\s*"([^"]*)"/gi)) add(value);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) add(/\shref\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '');
  for (const [, list] of html.matchAll(/\ssrcset\s*=\s*"([^"]*)"/gi)) for (const part of list.split(',')) add(part.trim().split(/\s+/)[0] ?? '');
  for (const url of cssUrls(html)) add(url);
  return [...found].sort();
}

/** url() references in a stylesheet (or a style attribute), quoted or not; data: URLs are left out by the caller. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]);
}

/** Resolves a stylesheet's url() references against the stylesheet's own path. */
export function stylesheetPaths(css: string, cssPath: string): string[] {
  return cssUrls(css).filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#')).map((url) => new URL(url, `http://kit.invalid${cssPath}`).pathname);
}

export interface PdfInputs {
  /** The page's HTML. */
  html: string;
  /** Every local file that shapes it, with the hash of its content. A missing file hashes as "missing". */
  files: Record<string, string>;
  /** Everything else that changes the PDF: print options, where links point, the PDF's own path. */
  settings: Record<string, unknown>;
}

/** One key for one PDF: equal keys mean an identical PDF. */
export function pdfCacheKey(inputs: PdfInputs): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(Object.entries(inputs.settings).sort(([a], [b]) => a.localeCompare(b))));
  for (const path of Object.keys(inputs.files).sort()) hash.update(`\n${path}\0${inputs.files[path]}`);
  hash.update('\n\n');
  hash.update(inputs.html);
  return hash.digest('hex');
}

/** The number of pages to print at once: one per processor, at least one, at most four (memory, not CPU, limits
 * Chromium beyond that). */
export function printPoolSize(processors: number, override?: string): number {
  const asked = Number(override);
  if (override && Number.isInteger(asked) && asked > 0) return Math.min(asked, 8);
  return Math.max(1, Math.min(4, Math.floor(processors)));
}
