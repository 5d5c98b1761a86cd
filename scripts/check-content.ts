// Validates the course content and the municipality profile (KIT_PROFILE); exits 1 with "file: field: message"
// lines when something is wrong. Usage: node scripts/check-content.ts [project-root]
import { loadProfile, profilePath } from '../src/data/profile.ts';
import { formatProblems } from '../src/lib/validate.ts';
import { loadCourse } from './content.ts';

const root = process.argv[2] ?? process.cwd();
const { points, files, problems } = loadCourse(root);
const profile = loadProfile(profilePath(), root);
problems.push(...profile.problems);
if (problems.length > 0) {
  console.error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`content ok: ${points.length} points, ${files.length} documents, profile ${profile.profile!.id}`);
