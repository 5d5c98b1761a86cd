// Reads the course from disk the way Astro does (YAML front matter, zod schemas), for scripts that run outside Astro.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { knownIcons } from '../src/data/icons.ts';
import { langCodes, sourceLang } from '../src/i18n/languages.ts';
import { parseContentPath } from '../src/lib/paths.ts';
import { lintContent } from '../src/lib/content-lint.ts';
import { documentSchemas, pointSchema, type DocumentKind, type Point } from '../src/lib/schema.ts';
import { validateCourse, type ContentFile, type Problem } from '../src/lib/validate.ts';
import { loadLibrary } from '../src/data/library.ts';
import { lixProblems } from '../src/lib/readability.ts';
import { kitConfig } from '../kit.config.ts';
import type { ContentLibrary } from '../src/lib/references.ts';

export function splitFrontMatter(source: string): { frontMatter: string; body: string } {
  const match = source.replace(/\r\n/g, '\n').match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  return match ? { frontMatter: match[1], body: match[2] } : { frontMatter: '', body: source };
}

function issues(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || '(front matter)', message: issue.message }));
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(dir, name));
}

export interface LoadedCourse {
  points: Point[];
  files: ContentFile[];
  library: ContentLibrary;
  problems: Problem[];
}

/** Loads and validates everything under `root`/src/content. */
export function loadCourse(root = process.cwd()): LoadedCourse {
  const problems: Problem[] = [];
  const points: Point[] = [];
  const files: ContentFile[] = [];
  const rel = (path: string) => relative(root, path).replace(/\\/g, '/');

  for (const path of filesUnder(join(root, 'src/content/points'), '.yaml')) {
    const source = readFileSync(path, 'utf8');
    problems.push(...lintContent(rel(path), source));
    const result = pointSchema.safeParse(yaml.load(source));
    if (result.success) points.push(result.data);
    else problems.push(...issues(rel(path), result.error));
  }
  // The other YAML a translator or a municipality edits (facts, termbases, credits, point texts): the same lint, as
  // their text reaches pages and PDFs too.
  for (const dir of ['src/content/fakta', 'src/content/termer', 'src/content/bilder', 'src/content/kurs']) {
    for (const path of filesUnder(join(root, dir), '.yaml')) problems.push(...lintContent(rel(path), readFileSync(path, 'utf8')));
  }
  for (const path of filesUnder(join(root, 'src/content/kurs'), '.mdx')) {
    const file = rel(path);
    const source = readFileSync(path, 'utf8');
    problems.push(...lintContent(file, source));
    const { frontMatter, body } = splitFrontMatter(source);
    let data: unknown;
    try {
      data = yaml.load(frontMatter);
    } catch (error) {
      problems.push({ file, field: '(front matter)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const kind = parseContentPath(file)?.kind as DocumentKind;
    const schema = documentSchemas[kind];
    if (!schema) {
      files.push({ file, data: data as never, body });
      continue;
    }
    const result = schema.safeParse(data);
    if (result.success) files.push({ file, data: result.data, body });
    else problems.push(...issues(file, result.error));
  }
  const { library, problems: libraryProblems } = loadLibrary(root);
  problems.push(...libraryProblems);
  problems.push(...validateCourse(points, files, langCodes, sourceLang, knownIcons, library));
  problems.push(...lixProblems(files, kitConfig.lix, sourceLang));
  return { points, files, library, problems };
}
