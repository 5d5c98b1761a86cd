// Makes the download files (zips of PDFs per language, of the whole site, of the source; SHA256SUMS) and writes their
// sizes and SHA-256 sums into every language's download page.
import { pdfsPrinted } from '../src/data/press.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { langCodes } from '../src/i18n/languages.ts';
import { checksumLines, checksumsFile, downloadFiles, formatBytes, siteZip, sourceTree, sourceZip } from '../src/lib/downloads.ts';

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());

// Files that are compressed already (PDF streams, Office packages, pictures, fonts, Pagefind's gzipped index) are
// stored as they are: deflating them again costs most of the stage's time and saves almost nothing.
const compressed = /\.(pdf|pptx|docx|zip|png|jpe?g|webp|woff2?|pf_\w+|pagefind)$/i;

/** A zip of files, stored under `prefix/` + their path relative to `base`; fixed dates so equal input gives equal bytes. */
function zip(paths: string[], base: string, prefix: string): Uint8Array {
  const entries: Zippable = {};
  for (const path of paths.sort()) {
    entries[`${prefix}/${relative(base, path).replace(/\\/g, '/')}`] = [readFileSync(path), { mtime: new Date('2026-01-01T00:00:00Z'), level: compressed.test(path) ? 0 : 9 }];
  }
  return zipSync(entries);
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function patchPages(site: string, made: Map<string, { bytes: number; sha256: string }>) {
  for (const lang of langCodes) {
    const page = join(site, lang, 'nedladdning', 'index.html');
    let html = readFileSync(page, 'utf8');
    for (const [file, info] of made) {
      const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      html = html
        .replace(new RegExp(`(data-size-of="${escaped}"[^>]*>)[^<]*`), `$1${formatBytes(info.bytes)}`)
        .replace(new RegExp(`(data-sha-of="${escaped}"[^>]*>)[^<]*`), `$1${info.sha256}`);
    }
    writeFileSync(page, html);
  }
}

export function makeDownloads(site = 'dist') {
  const out = join(site, 'nedladdning');
  mkdirSync(out, { recursive: true });
  const made = new Map<string, { bytes: number; sha256: string }>();
  const write = (file: string, data: Uint8Array) => {
    writeFileSync(join(out, file), data);
    made.set(file, { bytes: data.length, sha256: sha256(data) });
    console.log(`${file}: ${formatBytes(data.length)}`);
  };
  for (const item of downloadFiles(langCodes, { pdfs: pdfsPrinted() }).filter((d) => d.kind === 'pdfs')) {
    write(item.file, zip(filesUnder(join(site, 'pdf', item.lang!)), join(site, 'pdf'), 'kursverktyg-pdf'));
  }
  for (const item of downloadFiles(langCodes, { pdfs: pdfsPrinted() }).filter((d) => d.kind === 'office')) {
    const dir = join(site, 'office', item.lang!);
    write(item.file, zip(existsSync(dir) ? filesUnder(dir) : [], join(site, 'office'), 'kursverktyg-office'));
  }
  const sourceFiles = [...sourceTree.folders.flatMap((folder) => filesUnder(folder)), ...sourceTree.files];
  write(sourceZip, zip(sourceFiles, '.', 'kursverktyg-kallfiler'));
  // The site zip holds the download pages with the sums known so far; its own sum can only be written in afterwards.
  patchPages(site, made);
  write(siteZip, zip(filesUnder(site).filter((f) => !f.startsWith(out)), site, 'kursverktyg-webbplats'));
  const sums = new TextEncoder().encode(checksumLines([...made].map(([file, info]) => ({ file, sha256: info.sha256 }))));
  write(checksumsFile, sums);
  patchPages(site, made);
}
