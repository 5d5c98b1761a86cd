// What the download page offers. The files are made after the build (scripts/downloads.ts), which also writes their
// sizes and SHA-256 sums into the download pages.

export type DownloadKind = 'pdfs' | 'office' | 'site' | 'source' | 'checksums';

export interface DownloadFile {
  file: string;
  kind: DownloadKind;
  lang?: string;
}

export const siteZip = 'kursverktyg-webbplats.zip';
export const sourceZip = 'kursverktyg-kallfiler.zip';
export const checksumsFile = 'SHA256SUMS';

/**
 * What the source zip holds: the whole buildable kit, so `npm install && npm start` works in the unzipped folder.
 * Folders are taken whole; node_modules, dist and other build output are never in them.
 */
export const sourceTree = {
  files: ['package.json', 'package-lock.json', 'astro.config.mjs', 'kit.config.ts', 'tsconfig.json', '.gitignore', 'README.md', 'ANPASSA.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE-CONTENT.md'],
  folders: ['src', 'scripts', 'tests', 'public', '.ci'],
} as const;

/** `pdfs`: whether this build printed PDFs (a build without a browser offers no PDF zips). */
export function downloadFiles(languages: readonly string[], options: { pdfs: boolean }): DownloadFile[] {
  return [
    ...(options.pdfs ? languages.map((lang) => ({ file: `kursverktyg-pdf-${lang}.zip`, kind: 'pdfs' as const, lang })) : []),
    // Word and PowerPoint files to edit (src/lib/office.ts).
    ...languages.map((lang) => ({ file: `kursverktyg-office-${lang}.zip`, kind: 'office' as const, lang })),
    { file: siteZip, kind: 'site' },
    { file: sourceZip, kind: 'source' },
    { file: checksumsFile, kind: 'checksums' },
  ];
}

/** "1.4 MB", "812 kB", "120 B" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${Math.round(bytes / 1000)} kB`;
  return `${bytes} B`;
}

/** The lines of a SHA256SUMS file, as `sha256sum -c` reads them. */
export function checksumLines(files: readonly { file: string; sha256: string }[]): string {
  return files.map((f) => `${f.sha256}  ${f.file}\n`).join('');
}
