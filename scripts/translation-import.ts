// Writes a translator's XLIFF 2.0 file back into the content. Refuses a file whose Swedish sources have changed.
// Usage: npm run translation:import -- ar.xlf
import { readFileSync } from 'node:fs';
import { importXliff } from './xliff.ts';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run translation:import -- <file.xlf>');
  process.exit(2);
}
const result = await importXliff(process.cwd(), readFileSync(file, 'utf8'));
if (result.stale.length > 0) {
  console.error(`${file}: refused: the Swedish source of ${result.stale.length} segment(s) changed since the export; export again and translate these:\n${result.stale.map((s) => `  ${s}`).join('\n')}`);
  process.exit(1);
}
console.log(`${file}: ${result.changed.length} segment(s) changed, ${result.reviewed.length} document(s) now reviewed${result.reviewed.length ? `: ${result.reviewed.join(', ')}` : ''}`);
console.log('Run `npm run check` before you commit.');
