// Chromium prints a page from a temporary local server and writes that server's address into every link of the PDF.
// These functions say where such a link must point in the published PDF: at the published site (KIT_SITE), or,
// without one, at a path relative to the PDF itself, so the links work on any host and inside the zips.

/** The relative path from the file at `fromFile` (e.g. "/pdf/sv/x.pdf") to `to` (e.g. "/sv/bostader/bildspel/"). */
export function relativePath(fromFile: string, to: string): string {
  const from = fromFile.split('/').slice(1, -1);
  const target = to.split('/').slice(1);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common += 1;
  const path = [...Array(from.length - common).fill('..'), ...target.slice(common)].join('/');
  return path === '' ? './' : path;
}

/**
 * Where `href`, as Chromium printed it from `buildOrigin`, points in the PDF published at `pdfPath`: unchanged if it
 * leads elsewhere (an authority's site), else `site` + path when the site's address is known, else a relative path.
 */
export function publishedLink(href: string, buildOrigin: string, pdfPath: string, site?: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.origin !== buildOrigin) return href;
  const rest = url.search + url.hash;
  return site ? new URL(url.pathname + rest, site).href : relativePath(pdfPath, url.pathname) + rest;
}
