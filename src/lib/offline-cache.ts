// The service worker's pure parts (scripts/service-worker.ts writes them into dist/sw.js as they are, so every
// function here must stand alone: no imports, no outside names) and the build's list of what a point needs offline.

/** The cache key of a URL: origin and path. A static site serves the same file whatever the query string says. */
export function cacheKey(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

/**
 * Which entries to drop, oldest (least recently used) first, so that at most `limits.entries` entries and
 * `limits.bytes` bytes are left. `entries` are in use order, oldest first.
 */
export function trimPlan(entries: { key: string; bytes: number }[], limits: { entries: number; bytes: number }): string[] {
  let count = entries.length;
  let bytes = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  const drop: string[] = [];
  for (const entry of entries) {
    if (count <= limits.entries && bytes <= limits.bytes) break;
    drop.push(entry.key);
    count -= 1;
    bytes -= entry.bytes;
  }
  return drop;
}

/**
 * The site's own files a page, stylesheet or script loads: every /_astro/… path in it, files a page names in
 * src/href of script, link and img, and (in scripts) chunks imported as ./x.js. Paths are returned absolute.
 */
export function assetRefs(text: string, kind: 'html' | 'css' | 'js', path: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\/_astro\/[\w.@%-]+\.[a-z0-9]+/g)) found.add(match[0]);
  if (kind === 'html') {
    for (const match of text.matchAll(/<(?:script|img|source)\b[^>]*\ssrc="(\/[^"?#]*)"|<link\b[^>]*\shref="(\/[^"?#]*)"/g)) {
      const ref = match[1] ?? match[2];
      if (ref && /\.[a-z0-9]+$/i.test(ref)) found.add(ref);
    }
  }
  if (kind === 'js' || kind === 'css') {
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of text.matchAll(/["'(]\.\/([\w.@%-]+\.(?:js|css|woff2?|svg|png|webp))["')]/g)) found.add(dir + match[1]);
  }
  return [...found].sort();
}

/** The file a point's offline list is written to and read from. */
export const offlineManifestUrl = (lang: string, point: string) => `/offline/${lang}/${point}.json`;

export interface OfflineManifest {
  /** The build's cache version: a new build, a new version. */
  version: string;
  /** What a person sees: the kit's version and the build. */
  label: string;
  urls: string[];
  bytes: number;
}
