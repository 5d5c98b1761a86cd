// kit.json at the site root: the catalogue other municipalities and tools read.
import type { APIRoute } from 'astro';
import { getCourse } from '../data/course.ts';
import { langCodes, languages, sourceLang } from '../i18n/languages.ts';
import { buildCatalog } from '../lib/catalog.ts';
import { getProfile } from '../data/profile.ts';
import { release } from '../data/release.ts';
import { pdfsPrinted } from '../data/press.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = buildCatalog(await getCourse(), {
    name: 'kursverktyg-15-punkt',
    version: release.version,
    date: release.date,
    profile: { id: getProfile().id, name: getProfile().name },
    site: site?.href,
    languages: langCodes.map((code) => ({ code, ...languages[code] })),
    sourceLang,
    pdfs: pdfsPrinted(),
    localModules: getProfile().localModules,
  });
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
