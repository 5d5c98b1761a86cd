// Pictograms for slides: Lucide's open icon set (ISC licence), inlined as SVG so no request leaves the page.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const iconDir = join(dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');

export const knownIcons = new Set(readdirSync(iconDir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)));

const cache = new Map<string, string>();

/** The icon's SVG, decorative (aria-hidden), sized by CSS. */
export function iconSvg(name: string): string {
  if (!cache.has(name)) {
    const svg = readFileSync(join(iconDir, `${name}.svg`), 'utf8')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\s(width|height)="24"/g, '')
      .replace('<svg', '<svg aria-hidden="true" focusable="false"');
    cache.set(name, svg.trim());
  }
  return cache.get(name)!;
}
