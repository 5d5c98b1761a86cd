// Loads the municipality profile the build is for: KIT_PROFILE=<id> (a file in src/content/profiles) or a path to a YAML file.
// `npm run check` and the build both go through loadProfile(), so a bad profile stops either with `file: field: message`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { kitConfig } from '../../kit.config.ts';
import { logoProblems, profileSchema, type Profile } from '../lib/profile.ts';
import { formatProblems, type Problem } from '../lib/validate.ts';

export function profilePath(setting = process.env.KIT_PROFILE ?? kitConfig.profile): string {
  return setting.endsWith('.yaml') ? setting : `src/content/profiles/${setting}.yaml`;
}

/** The profile at `path` and everything wrong with it, its logo file included (paths relative to `root`). */
export function loadProfile(path = profilePath(), root = process.cwd()): { profile?: Profile; problems: Problem[] } {
  const file = relative(root, resolve(root, path)).replace(/\\/g, '/');
  if (!existsSync(resolve(root, path))) return { problems: [{ file, field: '(file)', message: `no such municipality profile (KIT_PROFILE=${process.env.KIT_PROFILE ?? ''})` }] };
  let data: unknown;
  try {
    data = yaml.load(readFileSync(resolve(root, path), 'utf8'));
  } catch (error) {
    return { problems: [{ file, field: '(file)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const result = profileSchema.safeParse(data);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || '(file)', message: issue.message })) };
  }
  const problems: Problem[] = [];
  const logo = result.data.logo;
  if (logo) {
    const full = resolve(root, logo);
    if (relative(root, full).startsWith('..')) problems.push({ file, field: 'logo', message: 'must be a file inside the project' });
    else if (!existsSync(full) || !statSync(full).isFile()) problems.push({ file, field: 'logo', message: `no file ${logo}` });
    else for (const message of logoProblems(logo, readFileSync(full))) problems.push({ file, field: 'logo', message: `${logo}: ${message}` });
  }
  return { profile: problems.length ? undefined : result.data, problems };
}

let loaded: Profile | undefined;

export function getProfile(): Profile {
  if (loaded) return loaded;
  const { profile, problems } = loadProfile();
  if (!profile) throw new Error(formatProblems(problems));
  loaded = profile;
  return loaded;
}

/** Where the built site serves the profile's logo (src/pages/logo.[ext].ts writes it), or undefined. */
export function logoUrl(profile: Profile): string | undefined {
  return profile.logo ? `/logo${extname(profile.logo)}` : undefined;
}
