// Prints the LIX of Markdown/MDX files: npm run lix -- src/content/kurs/sv/bostader/fordjupning.mdx
import { readFileSync } from 'node:fs';
import { lix } from '../src/lib/lix.ts';
import { documentProse } from '../src/lib/prose.ts';
import { splitFrontMatter } from './content.ts';
import yaml from 'js-yaml';

for (const file of process.argv.slice(2)) {
  const { frontMatter, body } = splitFrontMatter(readFileSync(file, 'utf8'));
  const result = lix(documentProse((yaml.load(frontMatter) ?? {}) as never, body));
  console.log(`${file}: LIX ${result.lix} (${result.words} words, ${result.sentences} sentences, ${result.longWords} long words)`);
}
