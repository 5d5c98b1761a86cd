// Every picture the slides use, where it is used and who made it: for the credits page, kit.json and the picture files.
import type { CourseModel } from './course-model.ts';
import { langCodes } from '../i18n/languages.ts';
import { pictureCredit, type Credit } from './pictures.ts';
import type { Bildspel, Drawing } from './schema.ts';

export interface UsedPicture {
  src: string;
  credit?: Credit;
  /** Where it appears: point slug and slide id (in any language). */
  uses: { point: string; slide: string }[];
}

export function usedPictures(course: CourseModel, drawings: ReadonlyMap<string, Drawing> = new Map()): UsedPicture[] {
  const bySrc = new Map<string, UsedPicture>();
  for (const point of course.points) {
    for (const lang of langCodes) {
      const deck = course.resolve<Bildspel>(lang, point.slug, 'bildspel');
      for (const slide of deck?.file.data.slides ?? []) {
        if (!slide.picture) continue;
        const used = bySrc.get(slide.picture.src) ?? { src: slide.picture.src, credit: pictureCredit(slide.picture.src, drawings), uses: [] };
        if (!used.uses.some((u) => u.point === point.slug && u.slide === slide.id)) used.uses.push({ point: point.slug, slide: slide.id });
        bySrc.set(slide.picture.src, used);
      }
    }
  }
  return [...bySrc.values()].sort((a, b) => a.src.localeCompare(b.src));
}
