// The built site as files: every internal link resolves, the W3C validator finds no errors, kit.json is complete,
// the subset fonts hold every character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { langCodes } from '../../src/i18n/languages.ts';
import { codePointsOf, drawsGlyph, inRanges, parseFontFaces } from '../../src/lib/font-subsets.ts';
import { fontCodePoints } from './font-cmap.ts';
import { base } from './helpers.ts';
import { kitConfig } from '../../kit.config.ts';

const dist = 'dist';
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));

/** The file a site path is served from, as a static server (and sirv) would. */
function fileFor(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
    const file = join(dist, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

test('every internal link, script, stylesheet and image in the built site resolves', () => {
  const broken: string[] = [];
  const fragmentsChecked = new Map<string, string>();
  let count = 0;
  for (const file of htmlFiles) {
    const html = readFileSync(file, 'utf8');
    const pagePath = `/${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
    for (const [, attr] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:|data:)/.test(attr)) continue;
      const url = new URL(attr.replace(/&amp;/g, '&'), `http://site${pagePath}`);
      count += 1;
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${attr}`);
        continue;
      }
      // In-page anchors (#ord-…, #session-1) must exist on the target page; reveal's #/slide routes are ids too.
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.replace(/^#\/?/, ''));
        if (!fragmentsChecked.has(target)) fragmentsChecked.set(target, readFileSync(target, 'utf8'));
        if (id && !fragmentsChecked.get(target)!.includes(`id="${id}"`)) broken.push(`${file}: ${attr} (no id "${id}")`);
      }
    }
  }
  assert.ok(count > 1000, `checked ${count} links`);
  assert.deepEqual(broken, []);
});

test('the W3C Nu validator (vnu-jar) finds no errors in any page', () => {
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  let output = '';
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...htmlFiles], { encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = String((error as { stderr?: string }).stderr ?? error);
  }
  assert.equal(output.trim(), '', output.split('\n').slice(0, 30).join('\n'));
});

interface CatalogDocument { kind: string; lang: string; textLang: string; status: string; url: string; pdf?: string; handouts?: { url: string; pdf: string }[]; sourceHash: string; translatedFromHash: string | null; reviewed: string; lix?: number }
const catalog = JSON.parse(readFileSync(join(dist, 'kit.json'), 'utf8')) as {
  totalHours: number;
  languages: { code: string }[];
  points: { number: number; slug: string; hours: number; title: Record<string, string>; documents: CatalogDocument[] }[];
};

test('kit.json lists 15 points, 85.5 hours, every language, and the slice in every language', () => {
  assert.equal(catalog.points.length, 15);
  assert.equal(catalog.totalHours, 85.5);
  assert.deepEqual(catalog.languages.map((l) => l.code), langCodes);
  for (const slug of ['bostader', 'sjuk-och-halsovard']) {
    const point = catalog.points.find((p) => p.slug === slug)!;
    for (const lang of langCodes) {
      for (const kind of ['bildspel', 'fordjupning']) {
        const doc = point.documents.find((d) => d.lang === lang && d.kind === kind)!;
        assert.ok(doc, `${slug} ${kind} ${lang}`);
        assert.equal(doc.textLang, lang, `${slug} ${kind} exists in ${lang}`);
        assert.ok(['source', 'machine', 'reviewed'].includes(doc.status), `${slug} ${kind} ${lang} is ${doc.status}`);
        if (lang !== 'sv') assert.equal(doc.translatedFromHash, doc.sourceHash, `${slug} ${kind} ${lang} translates the current source`);
      }
    }
  }
});

test('every URL in kit.json is served by the built site', async () => {
  const urls = catalog.points.flatMap((p) => p.documents.flatMap((d) => [d.url, ...(d.pdf ? [d.pdf] : []), ...(d.handouts ?? []).flatMap((h) => [h.url, h.pdf])]));
  assert.ok(urls.length > 50);
  for (const url of new Set(urls)) {
    const path = new URL(url, base).pathname;
    const response = await fetch(new URL(path, base));
    assert.equal(response.status, 200, path);
  }
});

test('every Swedish fördjupning has LIX under 30 and every handledarmanus under 45, as kit.json reports', () => {
  const sv = catalog.points.flatMap((p) => p.documents.filter((d) => d.lang === 'sv' && d.lix !== undefined).map((d) => ({ ...d, slug: p.slug })));
  assert.ok(sv.length >= 4);
  for (const doc of sv) {
    const limit = kitConfig.lix[doc.kind as keyof typeof kitConfig.lix];
    assert.ok(doc.lix! < limit, `${doc.slug} ${doc.kind}: LIX ${doc.lix} ≥ ${limit}`);
  }
});

test('every character of every page is in the subset of the font file its unicode-range sends it to', async () => {
  // The @font-face rules as built (dist/_astro/*.css), each with the characters its served file has.
  const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, '_astro', f), 'utf8'));
  const faces = [...new Map(css.flatMap(parseFontFaces).map((face) => [face.url, face])).values()];
  assert.equal(faces.length, parseFontFaces(readFileSync('src/styles/fonts.css', 'utf8')).length, 'every face of fonts.css is built');
  const glyphs = new Map<string, Set<number>>();
  // Vite inlines a file under 4 KB as a data: URL.
  for (const face of faces) glyphs.set(face.url, await fontCodePoints(face.url.startsWith('data:') ? Buffer.from(face.url.split(',')[1], 'base64') : readFileSync(fileFor(face.url)!)));
  const missing = new Map<string, string>();
  let checked = 0;
  for (const file of htmlFiles) {
    // All of it: markup is ASCII, attribute values (alt, title) are shown too, inline data feeds the scripts' text.
    for (const cp of codePointsOf(readFileSync(file, 'utf8'))) {
      if (!drawsGlyph(cp)) continue;
      for (const face of faces.filter((f) => inRanges(cp, f.ranges))) {
        checked++;
        const key = `U+${cp.toString(16).toUpperCase()} ${face.url.startsWith('data:') ? `${face.family} ${face.weight} (inlined)` : face.url.split('/').pop()}`;
        if (!glyphs.get(face.url)!.has(cp) && !missing.has(key)) missing.set(key, file);
      }
    }
  }
  assert.ok(checked > 1000);
  assert.deepEqual([...missing].map(([key, file]) => `${key} (${file})`), []);
});
