// The municipality's logo, copied from the project file the profile names (checked by loadProfile) to /logo.<ext>.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getProfile } from '../data/profile.ts';

export function getStaticPaths() {
  const logo = getProfile().logo;
  return logo ? [{ params: { ext: logo.split('.').pop()!.toLowerCase() } }] : [];
}

export const GET: APIRoute = () => new Response(readFileSync(getProfile().logo!));
