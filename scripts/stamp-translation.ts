// Records that a translation translates the current Swedish source: writes the source's hash into `translation.sourceHash`.
// Run it after translating or updating a translation: npm run translation:stamp -- src/content/kurs/ar/bostader/fordjupning.mdx
import { readFileSync, writeFileSync } from 'node:fs';
import { sourceLang } from '../src/i18n/languages.ts';
import { requireContentPath, contentPath } from '../src/lib/paths.ts';
import type { DocumentKind } from '../src/lib/schema.ts';
import { sourceHash } from '../src/lib/translation.ts';
import { loadCourse } from './content.ts';
import { factHash } from '../src/lib/facts.ts';
import { pointSource, pointTextHash } from '../src/lib/point-text.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run translation:stamp -- <translation.mdx> [...]');
  process.exit(2);
}
const course = loadCourse();
for (const file of files) {
  // A fact's translation: src/content/fakta/<lang>/<id>.yaml gets the hash of the Swedish claim.
  const factFile = file.replace(/\\/g, '/').match(/src\/content\/fakta\/([a-z]+)\/([a-z0-9-]+)\.yaml$/);
  if (factFile) {
    const fact = course.library.facts.get(factFile[2]);
    if (!fact) throw new Error(`${file}: no Swedish fact src/content/fakta/${factFile[2]}.yaml`);
    const text = readFileSync(file, 'utf8');
    if (!/^ {2}sourceHash: .*$/m.test(text)) throw new Error(`${file}: no translation.sourceHash line to update`);
    writeFileSync(file, text.replace(/^ {2}sourceHash: .*$/m, `  sourceHash: "${factHash(fact)}"`));
    console.log(`${file}: sourceHash ${factHash(fact)}`);
    continue;
  }
  // A point's texts: src/content/kurs/<lang>/<point>/punkt.yaml gets the hash of the point's Swedish subtopics, visit
  // and handledarmanus step titles.
  const pointFile = file.replace(/\\/g, '/').match(/src\/content\/kurs\/([a-z]+)\/([a-z0-9-]+)\/punkt\.yaml$/);
  if (pointFile) {
    const point = course.points.find((p) => p.slug === pointFile[2]);
    if (!point) throw new Error(`${file}: no point "${pointFile[2]}" in src/content/points`);
    const hash = pointTextHash(pointSource(point, course.files, sourceLang));
    const text = readFileSync(file, 'utf8');
    if (!/^ {2}sourceHash: .*$/m.test(text)) throw new Error(`${file}: no translation.sourceHash line to update`);
    writeFileSync(file, text.replace(/^ {2}sourceHash: .*$/m, `  sourceHash: "${hash}"`));
    console.log(`${file}: sourceHash ${hash}`);
    continue;
  }
  const where = requireContentPath(file);
  if (where.lang === sourceLang) throw new Error(`${file}: not a translation, but the ${sourceLang} source`);
  const source = course.files.find((f) => f.file === contentPath(sourceLang, where.point, where.kind as DocumentKind));
  if (!source) throw new Error(`${file}: its Swedish source does not exist`);
  const hash = sourceHash(source.data as never, source.body);
  const text = readFileSync(file, 'utf8');
  if (!/^ {2}sourceHash: .*$/m.test(text)) throw new Error(`${file}: no translation.sourceHash line to update`);
  writeFileSync(file, text.replace(/^ {2}sourceHash: .*$/m, `  sourceHash: "${hash}"`));
  console.log(`${file}: sourceHash ${hash}`);
}
