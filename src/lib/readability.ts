// The LIX limits of kit.config.ts applied to the Swedish texts, for `npm run check` and the build.
import { lix } from './lix.ts';
import { parseContentPath } from './paths.ts';
import { documentProse } from './prose.ts';
import type { Problem } from './validate.ts';

/** Swedish texts above their LIX limit (kit.config.ts `lix`, per document kind): `npm run check` and the build stop on
 * them. Translations are not measured: LIX is a Swedish measure. */
export function lixProblems(files: readonly { file: string; data: unknown; body: string }[], limits: Readonly<Record<string, number>>, sourceLang: string): Problem[] {
  return files.flatMap(({ file, data, body }) => {
    const path = parseContentPath(file);
    const limit = path && path.lang === sourceLang ? limits[path.kind] : undefined;
    if (limit === undefined) return [];
    const { lix: value } = lix(documentProse(data as never, body));
    return value < limit ? [] : [{ file, field: 'lix', message: `LIX ${value} is not under ${limit} (kit.config.ts lix.${path!.kind}); shorter sentences and words help` }];
  });
}
