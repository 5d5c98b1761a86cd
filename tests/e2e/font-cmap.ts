// Reading a served font back: the characters its cmap maps to glyphs (HarfBuzz, the engine that made the subset,
// after fontverter has unpacked the woff2).
import { Blob, Face } from 'harfbuzzjs';
import fontverter from 'fontverter';

export async function fontCodePoints(font: Uint8Array): Promise<Set<number>> {
  const sfnt: Uint8Array = await fontverter.convert(Buffer.from(font), 'sfnt');
  return new Set(new Face(new Blob(sfnt), 0).collectUnicodes());
}
