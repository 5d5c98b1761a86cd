// kit.json at the site root: the catalogue other municipalities and tools read.
import type { APIRoute } from 'astro';
import { getCourse } from '../data/course.ts';
import { langCodes, languages, sourceLang } from '../i18n/languages.ts';
import { buildCatalog } from '../lib/catalog.ts';
import pkg from '../../package.json';

export const GET: APIRoute = async ({ site }) => {
  const catalog = buildCatalog(await getCourse(), {
    name: pkg.name,
    version: pkg.version,
    site: site?.href ?? 'http://localhost:4321/',
    languages: langCodes.map((code) => ({ code, ...languages[code] })),
    sourceLang,
  });
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
