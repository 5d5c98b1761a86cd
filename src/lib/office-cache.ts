// What shapes an Office file, so the Office stage (scripts/office.ts) makes again only files whose input changed.
import { createHash } from 'node:crypto';
import type { DocumentKind } from './schema.ts';

/** JSON with every object's keys in order, so equal data gives equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/** One key for one Office file: equal keys mean an identical file. Its input (text, strings, layout, fonts), the
 * pictures it shows (by the hash of their SVG) and the version of the code, libraries and browser that write it. */
export function officeCacheKey(parts: { kind: DocumentKind; input: unknown; pictures: Record<string, string>; press: string }): string {
  return createHash('sha256').update(stableJson(parts)).digest('hex');
}
