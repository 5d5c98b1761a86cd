// The fonts stage, before Astro: subsets every font file src/styles/fonts.css declares to the characters the site's
// text uses within that file's unicode-range, into .cache/fonts/. Vite then hashes the subsets into dist/_astro, so a
// file's URL changes with its characters. The text is everything that becomes page text: the course and the profile
// the build is for, UI strings, templates and scripts, and what Intl writes for dates and numbers in every language.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import subsetFont from 'subset-font';
import { langCodes } from '../src/i18n/languages.ts';
import { profilePath } from '../src/data/profile.ts';
import { charactersFor, codePointsOf, intlSamples, parseFontFaces, subsetDir } from '../src/lib/font-subsets.ts';

const fontsCss = 'src/styles/fonts.css';
const textFolders = ['src', 'scripts'];
const textFiles = ['ANPASSA.md', 'CHANGELOG.md'];
const textExtensions = new Set(['.mdx', '.md', '.yaml', '.yml', '.json', '.ts', '.astro', '.css', '.svg', '.html', '.txt']);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((f) => join(folder, f)).filter((f) => textExtensions.has(extname(f)));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The Fontsource file a subset is made from: the file of the same name in one of the @fontsource packages. */
function fontSource(name: string): string {
  const found = readdirSync('node_modules/@fontsource').map((pkg) => join('node_modules/@fontsource', pkg, 'files', name)).filter((f) => existsSync(f));
  if (found.length !== 1) fail(`${fontsCss}: src: ${found.length ? 'more than one' : 'no'} Fontsource file named ${name}`);
  return found[0];
}

/** Every character the site can show: its text files, the profile the build is for, Intl's dates and numbers. */
export function siteCodePoints(profile = profilePath()): { codePoints: Set<number>; files: number } {
  const sources = [...textFolders.flatMap(filesUnder), ...textFiles, profile];
  const codePoints = new Set<number>();
  for (const file of sources) for (const cp of codePointsOf(readFileSync(file, 'utf8'))) codePoints.add(cp);
  for (const lang of langCodes) for (const cp of codePointsOf(intlSamples(lang))) codePoints.add(cp);
  return { codePoints, files: sources.length };
}

export async function subsetFonts(): Promise<void> {
  let faces;
  try {
    faces = parseFontFaces(readFileSync(fontsCss, 'utf8'));
  } catch (error) {
    fail(`${fontsCss}: @font-face: ${(error as Error).message}`);
  }
  const { codePoints, files } = siteCodePoints();

  mkdirSync(subsetDir, { recursive: true });
  const manifest = join(subsetDir, 'made.json');
  const made = (existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {}) as Record<string, string>;
  let before = 0;
  let after = 0;
  for (const face of faces) {
    const name = basename(face.url);
    if (!face.url.includes(`${subsetDir}/`)) fail(`${fontsCss}: src: ${face.url} is not in ${subsetDir}/ (the subsets this stage makes)`);
    const full = readFileSync(fontSource(name));
    const characters = charactersFor(face.ranges, codePoints);
    const target = join(subsetDir, name);
    // The same font and characters make the same subset: a rebuild that changes no character skips HarfBuzz.
    const key = createHash('sha256').update(full).update(characters).digest('hex');
    let subset: Buffer;
    if (made[name] === key && existsSync(target)) subset = readFileSync(target);
    else {
      // HarfBuzz keeps the layout features (Arabic joining, marks, ligatures) and the glyphs they reach.
      subset = await subsetFont(full, characters, { targetFormat: 'woff2' });
      writeFileSync(target, subset);
      made[name] = key;
    }
    before += full.length;
    after += subset.length;
    console.log(`  ${name.padEnd(48)}${String([...characters].length).padStart(5)} chars ${(full.length / 1024).toFixed(1).padStart(7)} → ${(subset.length / 1024).toFixed(1).padStart(6)} KB`);
  }
  writeFileSync(manifest, `${JSON.stringify(made, null, 2)}\n`);
  console.log(`  ${faces.length} font files from ${files} text files: ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KB`);
}
