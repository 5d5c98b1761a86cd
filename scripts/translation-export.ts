// Writes one language's translatable text as XLIFF 2.0 for a translator or an agency's tool.
// Usage: npm run translation:export -- --lang ar --out ar.xlf
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLang, sourceLang } from '../src/i18n/languages.ts';
import { exportXliff } from './xliff.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' }, out: { type: 'string' } } });
if (!values.lang || !values.out || !isLang(values.lang) || values.lang === sourceLang) {
  console.error('Usage: npm run translation:export -- --lang <en|ar|fa|prs|so|ti|uk> --out <file.xlf>');
  process.exit(2);
}
const { xml, segments } = await exportXliff(process.cwd(), values.lang);
writeFileSync(values.out, xml);
console.log(`${values.out}: ${segments} segments (${values.lang})`);
