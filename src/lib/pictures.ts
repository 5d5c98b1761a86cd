// Slide pictures: where each comes from, under which licence, and whether a drawing of our own is safe to publish.
import type { Drawing, Picture, Slide } from './schema.ts';

export type PictureSet = 'openmoji' | 'karta' | 'kit';

export interface PictureRef {
  set: PictureSet;
  name: string;
}

export function parsePicture(src: string): PictureRef {
  const [set, name] = src.split(':') as [PictureSet, string];
  return { set, name };
}

/** The file the site serves for a picture: /bilder/<set>/<name>.svg */
export function pictureUrl(src: string): string {
  const { set, name } = parsePicture(src);
  return `/bilder/${set}/${name}.svg`;
}

export interface Credit {
  source: string;
  author: string;
  licence: string;
  licenceUrl: string;
  url: string;
}

const licenceUrls: Record<string, string> = {
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** Who made a picture and under which licence; the credits page and kit.json show it. */
export function pictureCredit(src: string, drawings: ReadonlyMap<string, Drawing>): Credit | undefined {
  const { set, name } = parsePicture(src);
  if (set === 'openmoji') {
    return { source: 'OpenMoji', author: 'OpenMoji – the open-source emoji and icon project', licence: 'CC-BY-SA-4.0', licenceUrl: licenceUrls['CC-BY-SA-4.0'], url: 'https://openmoji.org' };
  }
  if (set === 'karta') {
    return { source: 'Natural Earth (world-atlas)', author: 'Natural Earth; drawn by the kit at build time', licence: 'Public domain', licenceUrl: 'https://www.naturalearthdata.com/about/terms-of-use/', url: 'https://www.naturalearthdata.com' };
  }
  const drawing = drawings.get(name);
  return drawing && { source: drawing.title, author: drawing.author, licence: drawing.licence, licenceUrl: licenceUrls[drawing.licence], url: '' };
}

/** Problems that keep a drawing of our own out of the site: it must be plain, self-contained vector graphics. */
export function drawingProblems(svg: string, maxBytes = 16_384): string[] {
  const problems: string[] = [];
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg)) problems.push('must start with <svg>');
  if (!/\bviewBox="[\d.\s-]+"/.test(svg)) problems.push('needs a viewBox');
  if (new TextEncoder().encode(svg).length > maxBytes) problems.push(`is larger than ${maxBytes} bytes`);
  const forbidden: [RegExp, string][] = [
    [/<script\b/i, '<script>'],
    [/<foreignObject\b/i, '<foreignObject>'],
    [/<image\b/i, '<image> (pictures inside pictures load other files)'],
    [/<style\b/i, '<style> (use presentation attributes)'],
    [/\son[a-z]+\s*=/i, 'an event-handler attribute'],
    [/\b(?:xlink:)?href\s*=\s*["'](?!#)/i, 'a link to another file (only #ids inside the drawing)'],
    [/url\(\s*["']?(?!#)/i, 'url() to another file'],
    [/<!ENTITY|<!DOCTYPE/i, 'a DOCTYPE or entity'],
  ];
  for (const [pattern, what] of forbidden) if (pattern.test(svg)) problems.push(`contains ${what}`);
  return problems;
}

/** How many slides of a deck carry a picture. */
export function pictureCoverage(slides: readonly Slide[]): { slides: number; withPicture: number; share: number } {
  const withPicture = slides.filter((s) => s.picture).length;
  return { slides: slides.length, withPicture, share: slides.length ? withPicture / slides.length : 0 };
}

export const minPictureShare = 0.6;

export type { Picture };
