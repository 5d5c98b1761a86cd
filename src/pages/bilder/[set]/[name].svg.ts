// /bilder/<set>/<name>.svg: every picture a slide uses, served from the site's own origin.
import type { APIRoute } from 'astro';
import { getCourse } from '../../../data/course.ts';
import { pictureSvg } from '../../../data/library.ts';
import { usedPictures } from '../../../lib/credits.ts';
import { parsePicture } from '../../../lib/pictures.ts';

export async function getStaticPaths() {
  const course = await getCourse();
  return usedPictures(course).map(({ src }) => ({ params: parsePicture(src), props: { src } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(pictureSvg((props as { src: string }).src), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
