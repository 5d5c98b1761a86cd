// The fact register and the pictures, read from disk. Both the build's content check (scripts/content.ts) and the
// pages use this one loader, so a fact or drawing that the check accepts is the one the pages show.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { drawMap, maps } from '../lib/map.ts';
import { drawingProblems, parsePicture } from '../lib/pictures.ts';
import type { ContentLibrary } from '../lib/references.ts';
import { drawingSchema, factSchema, factTranslationSchema, pointTextSchema, type Drawing, type Fact, type FactTranslation, type PointText } from '../lib/schema.ts';
import { langCodes, sourceLang } from '../i18n/languages.ts';
import { factTranslationKey } from '../lib/facts.ts';
import type { Problem } from '../lib/validate.ts';
import { termbaseSchema, type Termbase } from '../lib/termbase.ts';

const require = createRequire(import.meta.url);

interface IconSet { icons: Record<string, { body: string; width?: number; height?: number }>; width?: number; height?: number }
let openmojiSet: IconSet | undefined;
const openmoji = () => (openmojiSet ??= JSON.parse(readFileSync(require.resolve('@iconify-json/openmoji/icons.json'), 'utf8')) as IconSet);

/** A YAML file's data, or a problem naming the file when it is not valid YAML. */
function readYaml(root: string, file: string, problems: Problem[]): unknown {
  try {
    return yaml.load(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(file)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

export interface LoadedLibrary {
  library: ContentLibrary;
  problems: Problem[];
}

export function loadLibrary(root = process.cwd()): LoadedLibrary {
  const problems: Problem[] = [];
  const facts = new Map<string, Fact>();
  const drawings = new Map<string, Drawing>();
  const factDir = 'src/content/fakta';
  for (const name of yamlFiles(join(root, factDir))) {
    const file = `${factDir}/${name}`;
    const id = name.slice(0, -5);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push({ file, field: '(file name)', message: 'must be kebab-case: a-z, 0-9 and -' });
    const data = readYaml(root, file, problems);
    if (data === undefined) continue;
    const result = factSchema.safeParse(data);
    if (result.success) facts.set(id, { ...result.data, id });
    else problems.push(...result.error.issues.map((i) => ({ file, field: i.path.join('.') || '(file)', message: i.message })));
  }
  // Translations of facts: src/content/fakta/<lang>/<id>.yaml, the same file name as the Swedish fact.
  const factTranslations = new Map<string, FactTranslation>();
  for (const lang of langCodes.filter((l) => l !== sourceLang)) {
    for (const name of yamlFiles(join(root, factDir, lang))) {
      const file = `${factDir}/${lang}/${name}`;
      const id = name.slice(0, -5);
      if (!facts.has(id)) problems.push({ file, field: '(file name)', message: `translates ${factDir}/${id}.yaml, which does not exist` });
      const data = readYaml(root, file, problems);
      if (data === undefined) continue;
      const result = factTranslationSchema.safeParse(data);
      if (result.success) factTranslations.set(factTranslationKey(lang, id), { ...result.data, id, lang });
      else problems.push(...result.error.issues.map((i) => ({ file, field: i.path.join('.') || '(file)', message: i.message })));
    }
  }
  // Termbases: src/content/termer/<lang>.yaml. A language without one is simply not checked for names and terms.
  const termbases = new Map<string, Termbase>();
  const termDir = 'src/content/termer';
  for (const name of yamlFiles(join(root, termDir))) {
    const file = `${termDir}/${name}`;
    const lang = name.slice(0, -5);
    if (!langCodes.includes(lang as never) || lang === sourceLang) {
      problems.push({ file, field: '(file name)', message: `must be <language>.yaml for one of ${langCodes.filter((l) => l !== sourceLang).join(', ')}` });
      continue;
    }
    const data = readYaml(root, file, problems);
    if (data === undefined) continue;
    const result = termbaseSchema.safeParse(data);
    if (!result.success) problems.push(...result.error.issues.map((i) => ({ file, field: i.path.join('.') || '(file)', message: i.message })));
    else if (result.data.lang !== lang) problems.push({ file, field: 'lang', message: `is "${result.data.lang}" but the file is ${lang}.yaml` });
    else termbases.set(lang, result.data);
  }
  // A point's texts in another language: src/content/kurs/<lang>/<point>/punkt.yaml, beside its documents.
  const pointTexts = new Map<string, PointText>();
  for (const lang of langCodes.filter((l) => l !== sourceLang)) {
    const langDir = join(root, 'src/content/kurs', lang);
    for (const point of existsSync(langDir) ? readdirSync(langDir).sort() : []) {
      const file = `src/content/kurs/${lang}/${point}/punkt.yaml`;
      if (!existsSync(join(root, file))) continue;
      const data = readYaml(root, file, problems);
      if (data === undefined) continue;
      const result = pointTextSchema.safeParse(data);
      if (result.success) pointTexts.set(`${lang}/${point}`, { ...result.data, lang, point });
      else problems.push(...result.error.issues.map((i) => ({ file, field: i.path.join('.') || '(file)', message: i.message })));
    }
  }
  const drawingDir = 'src/content/bilder';
  for (const name of yamlFiles(join(root, drawingDir))) {
    const file = `${drawingDir}/${name}`;
    const id = name.slice(0, -5);
    const data = readYaml(root, file, problems);
    if (data === undefined) continue;
    const result = drawingSchema.safeParse(data);
    if (!result.success) {
      problems.push(...result.error.issues.map((i) => ({ file, field: i.path.join('.') || '(file)', message: i.message })));
      continue;
    }
    const svgFile = `${drawingDir}/${id}.svg`;
    if (!existsSync(join(root, svgFile))) {
      problems.push({ file, field: '(file)', message: `no drawing ${svgFile} beside it` });
      continue;
    }
    const svgProblems = drawingProblems(readFileSync(join(root, svgFile), 'utf8'));
    problems.push(...svgProblems.map((message) => ({ file: svgFile, field: '(svg)', message })));
    if (svgProblems.length === 0) drawings.set(id, { ...result.data, id });
  }
  return { library: { facts, factTranslations, termbases, drawings, openmoji: new Set(Object.keys(openmoji().icons)), maps: new Set(Object.keys(maps)), pointTexts }, problems };
}

const svgCache = new Map<string, string>();

/** The SVG file a picture is served as: an OpenMoji, a map drawn from Natural Earth, or one of the kit's drawings. */
export function pictureSvg(src: string, root = process.cwd()): string {
  if (svgCache.has(src)) return svgCache.get(src)!;
  const { set, name } = parsePicture(src);
  let svg: string;
  if (set === 'openmoji') {
    const data = openmoji();
    const icon = data.icons[name];
    if (!icon) throw new Error(`no OpenMoji "${name}"`);
    svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${icon.width ?? data.width ?? 72} ${icon.height ?? data.height ?? 72}">${icon.body}</svg>`;
  } else if (set === 'karta') {
    const spec = maps[name];
    if (!spec) throw new Error(`no map "${name}"`);
    svg = drawMap(spec, JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${spec.resolution}.json`), 'utf8')));
  } else {
    svg = readFileSync(join(root, 'src/content/bilder', `${name}.svg`), 'utf8');
  }
  svgCache.set(src, svg);
  return svg;
}

let cached: LoadedLibrary | undefined;
/** The library for the pages, loaded once per build (the course model has already validated it). */
export function getLibrary(): ContentLibrary {
  cached ??= loadLibrary();
  return cached.library;
}
