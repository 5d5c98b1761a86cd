// Validates the course content and the municipality profile (KIT_PROFILE); exits 1 with "file: field: message"
// lines when something is wrong. Usage: node scripts/check-content.ts [project-root]
import { loadProfile, profilePath } from '../src/data/profile.ts';
import { formatProblems } from '../src/lib/validate.ts';
import { factWarnings } from '../src/lib/facts.ts';
import { loadCourse } from './content.ts';

const root = process.argv[2] ?? process.cwd();
const { points, files, library, problems } = loadCourse(root);
const profile = loadProfile(profilePath(), root);
problems.push(...profile.problems);
// Warnings do not stop the build: a fact to re-check is still the best text we have.
const today = process.env.KIT_TODAY ? new Date(process.env.KIT_TODAY) : new Date();
for (const warning of factWarnings(library.facts.values(), today)) console.warn(`warning: src/content/fakta/${warning.id}.yaml: ${warning.message}`);
if (problems.length > 0) {
  console.error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`content ok: ${points.length} points, ${files.length} documents, ${library.facts.size} facts, ${library.drawings.size} drawings`);
console.log(`profile ok: ${profile.profile!.name} (${profilePath()})`);
