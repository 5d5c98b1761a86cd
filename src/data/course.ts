// Loads the content collections once per build, validates them across files, and hands pages the course model.
import { getCollection } from 'astro:content';
import { knownIcons } from './icons.ts';
import { langCodes, sourceLang } from '../i18n/languages.ts';
import { buildCourseModel, presentFor, type CourseModel } from '../lib/course-model.ts';
import { formatProblems, validateCourse, type ContentFile } from '../lib/validate.ts';
import { getProfile } from './profile.ts';
import { loadLibrary } from './library.ts';

let loaded: Promise<CourseModel> | undefined;

async function load(): Promise<CourseModel> {
  const points = (await getCollection('points')).map((entry) => entry.data);
  const kinds = ['handledarmanus', 'bildspel', 'fordjupning'] as const;
  const files: ContentFile[] = [];
  for (const kind of kinds) {
    for (const entry of await getCollection(kind)) files.push({ file: entry.id, data: entry.data, body: entry.body ?? '' });
  }
  const { library, problems } = loadLibrary();
  problems.push(...validateCourse(points, files, langCodes, sourceLang, knownIcons, library));
  if (problems.length > 0) throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  const profile = getProfile();
  return buildCourseModel(points, files, sourceLang, presentFor(profile, library), library);
}

export function getCourse(): Promise<CourseModel> {
  loaded ??= load();
  return loaded;
}
