// The kit's current release, from CHANGELOG.md.
import changelog from '../../CHANGELOG.md?raw';
import { parseChangelog } from '../lib/changelog.ts';

export const releases = parseChangelog(changelog);
export const release = releases[0];
export const changelogMarkdown = changelog;
