// Prints every translation's state per language × point × document (missing, machine draft, reviewed, outdated) with
// counts, the fact translations, and where UI strings and content deviate from the termbase (a report, not a failure).
import { readFileSync, existsSync } from 'node:fs';
import { langCodes, sourceLang } from '../src/i18n/languages.ts';
import { buildCourseModel } from '../src/lib/course-model.ts';
import { parseContentPath } from '../src/lib/paths.ts';
import { reportStatuses, statusReport, termDeviations } from '../src/lib/translation-report.ts';
import { loadCourse } from './content.ts';

const { points, files, library } = loadCourse();
const course = buildCourseModel(points, files, sourceLang, undefined, library);
const languages = langCodes.filter((l) => l !== sourceLang);
const report = statusReport(course, languages, library);

const rows: string[][] = [['point', 'document', ...languages]];
for (const row of report.rows) rows.push([`${row.number} ${row.point}`, row.kind, ...languages.map((l) => row.status[l])]);
rows.push(['', '', ...languages.map(() => '')]);
for (const status of reportStatuses) rows.push(['documents', status, ...languages.map((l) => String(report.documents[l][status]))]);
for (const status of reportStatuses) rows.push(['facts', status, ...languages.map((l) => String(report.facts[l][status]))]);
// A point's sub-topics, visit and step titles (kurs/<lang>/<point>/punkt.yaml).
const pointTexts = (lang: string, status: string) => course.points.filter((p) => course.pointText(lang, p.slug).status === status).length;
for (const status of reportStatuses) rows.push(['point texts', status, ...languages.map((l) => String(pointTexts(l, status)))]);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));

const readJson = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
for (const lang of languages) {
  const termbase = library.termbases.get(lang);
  if (!termbase) {
    console.log(`\n${lang}: no termbase (src/content/termer/${lang}.yaml); terms not checked`);
    continue;
  }
  const own = files.filter((f) => parseContentPath(f.file)?.lang === lang);
  const deviations = termDeviations(termbase.terms, own, { file: `src/i18n/${lang}.json`, own: readJson(`src/i18n/${lang}.json`) });
  console.log(`\n${lang}: termbase ${termbase.terms.length} terms; ${deviations.length} place(s) not using its rendering`);
  for (const d of deviations) console.log(`  ${d.file}: ${d.field}: "${d.term.sv}" should be "${d.term.rendering}"; uses "${d.found.length > 60 ? `${d.found.slice(0, 57)}…` : d.found}"`);
}
