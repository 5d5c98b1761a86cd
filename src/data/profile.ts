// Loads the municipality profile the build is for: KIT_PROFILE=<id> (a file in src/content/profiles) or a path to a YAML file.
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { profileSchema, type Profile } from '../lib/profile.ts';

export function profilePath(setting = process.env.KIT_PROFILE ?? 'ostersund'): string {
  return setting.endsWith('.yaml') ? setting : `src/content/profiles/${setting}.yaml`;
}

let loaded: Profile | undefined;

export function getProfile(): Profile {
  if (loaded) return loaded;
  const path = profilePath();
  if (!existsSync(path)) throw new Error(`${path}: no such municipality profile (KIT_PROFILE=${process.env.KIT_PROFILE ?? ''})`);
  const result = profileSchema.safeParse(yaml.load(readFileSync(path, 'utf8')));
  if (!result.success) {
    throw new Error(result.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(file)'}: ${issue.message}`).join('\n'));
  }
  loaded = result.data;
  return loaded;
}
