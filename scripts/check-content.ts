// Validates the course content; exits 1 with "file: field: message" lines when something is wrong.
// Usage: node scripts/check-content.ts [project-root]
import { formatProblems } from '../src/lib/validate.ts';
import { factWarnings } from '../src/lib/facts.ts';
import { loadCourse } from './content.ts';

const { points, files, library, problems } = loadCourse(process.argv[2] ?? process.cwd());
// Warnings do not stop the build: a fact to re-check is still the best text we have.
const today = process.env.KIT_TODAY ? new Date(process.env.KIT_TODAY) : new Date();
for (const warning of factWarnings(library.facts.values(), today)) console.warn(`warning: src/content/fakta/${warning.id}.yaml: ${warning.message}`);
if (problems.length > 0) {
  console.error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`content ok: ${points.length} points, ${files.length} documents, ${library.facts.size} facts, ${library.drawings.size} drawings`);
