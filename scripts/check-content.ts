// Validates the course content; exits 1 with "file: field: message" lines when something is wrong.
// Usage: node scripts/check-content.ts [project-root]
import { formatProblems } from '../src/lib/validate.ts';
import { loadCourse } from './content.ts';
import { getProfile, profilePath } from '../src/data/profile.ts';

const { points, files, problems } = loadCourse(process.argv[2] ?? process.cwd());
if (problems.length > 0) {
  console.error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`content ok: ${points.length} points, ${files.length} documents`);
// The municipality profile the build would use (KIT_PROFILE), checked against its schema too.
try {
  console.log(`profile ok: ${getProfile().name} (${profilePath()})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
