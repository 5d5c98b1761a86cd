// CHANGELOG.md → releases; the newest one is the kit's version and date.

export interface Release {
  version: string;
  date: string;
  /** The release's Markdown, without its heading. */
  notes: string;
}

export function parseChangelog(markdown: string): Release[] {
  const releases: Release[] = [];
  const parts = markdown.replace(/\r\n/g, '\n').split(/^## /m).slice(1);
  for (const part of parts) {
    const [heading, ...rest] = part.split('\n');
    const match = heading.match(/^(\d+\.\d+\.\d+)\s+[–-]\s+(\d{4}-\d{2}-\d{2})\s*$/);
    if (!match) throw new Error(`CHANGELOG.md: "## ${heading}" must read "## <version> – <YYYY-MM-DD>"`);
    releases.push({ version: match[1], date: match[2], notes: rest.join('\n').trim() });
  }
  if (releases.length === 0) throw new Error('CHANGELOG.md has no release');
  return releases;
}
