// Prints every translation's state: machine draft, reviewed, outdated (the Swedish text changed) or missing.
import { langCodes, sourceLang } from '../src/i18n/languages.ts';
import { buildCourseModel } from '../src/lib/course-model.ts';
import { documentKinds } from '../src/lib/schema.ts';
import { loadCourse } from './content.ts';

const { points, files } = loadCourse();
const course = buildCourseModel(points, files, sourceLang);
const rows: string[][] = [['point', 'document', ...langCodes]];
for (const point of course.points) {
  for (const kind of documentKinds) {
    if (!course.resolve(sourceLang, point.slug, kind)) continue;
    rows.push([point.slug, kind, ...langCodes.map((lang) => course.resolve(lang, point.slug, kind)!.status)]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
