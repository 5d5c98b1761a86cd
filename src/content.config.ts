// The course as Astro content collections. Schemas live in src/lib/schema.ts (shared with scripts/check-content.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bildspelSchema, fordjupningSchema, handledarmanusSchema, pointSchema } from './lib/schema.ts';

// Ids are the file's path, so every schema error Astro reports names the file.
const byPath = (base: string) => ({ entry }: { entry: string }) => `${base}/${entry}`;
const kurs = (kind: string) => glob({ pattern: `*/*/${kind}.mdx`, base: './src/content/kurs', generateId: byPath('src/content/kurs') });

export const collections = {
  points: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/points' }), schema: pointSchema }),
  handledarmanus: defineCollection({ loader: kurs('handledarmanus'), schema: handledarmanusSchema }),
  bildspel: defineCollection({ loader: kurs('bildspel'), schema: bildspelSchema }),
  fordjupning: defineCollection({ loader: kurs('fordjupning'), schema: fordjupningSchema }),
};
