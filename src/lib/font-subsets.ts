// Font subsetting: which characters each self-hosted font file keeps. A file serves the characters its @font-face
// `unicode-range` names; of those it keeps the ones the site's text uses (scripts/fonts.ts gathers the text).

/** Font bytes a reading page may load in its own language (KB, as served: woff2 is compressed already). */
export const fontBudgetKb = { ar: 60, ti: 80 } as const;

/** Where the subset files go; src/styles/fonts.css points at them by file name. */
export const subsetDir = '.cache/fonts';

export type CodeRange = readonly [first: number, last: number];

export interface FontFaceRule {
  family: string;
  weight: string;
  /** The `src` url as written in the CSS. */
  url: string;
  ranges: CodeRange[];
}

/** `U+0000-00FF,U+0131,U+04??` → inclusive ranges. */
export function parseUnicodeRange(value: string): CodeRange[] {
  return value.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
    if (!match) throw new Error(`unicode-range: "${part}" is not U+XXXX, U+XXXX-YYYY or U+XX??`);
    const [, first, last] = match;
    if (first.includes('?')) return [parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'F'), 16)] as const;
    return [parseInt(first, 16), parseInt(last ?? first, 16)] as const;
  });
}

/** The @font-face rules of a stylesheet, with the first url of each `src`. A face without unicode-range covers all. */
export function parseFontFaces(css: string): FontFaceRule[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    const descriptor = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1].trim();
    // Not through descriptor(): a data: URL has a `;` of its own.
    const url = /(?:^|;)\s*src\s*:\s*url\(\s*(['"]?)([^'")]+)\1\s*\)/.exec(body)?.[2];
    if (!url) throw new Error(`@font-face without a src url: ${body.trim().slice(0, 80)}`);
    return {
      family: (descriptor('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
      weight: descriptor('font-weight') ?? '400',
      url,
      ranges: parseUnicodeRange(descriptor('unicode-range') ?? 'U+0-10FFFF'),
    };
  });
}

export function inRanges(codePoint: number, ranges: readonly CodeRange[]): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Every character of `text`, and the characters its escapes stand for (`&#1575;`, `&#x627;`, `\u0627`, `\u{1F600}`):
 * source files write some characters that way, and the page shows the character. */
export function codePointsOf(text: string): Set<number> {
  const found = new Set<number>();
  for (const char of text) found.add(char.codePointAt(0)!);
  for (const [, dec, hex, u4, uBrace] of text.matchAll(/&#(\d{1,7});|&#x([0-9a-f]{1,6});|\\u([0-9a-f]{4})|\\u\{([0-9a-f]{1,6})\}/gi)) {
    const codePoint = dec ? parseInt(dec, 10) : parseInt(hex ?? u4 ?? uBrace, 16);
    if (codePoint <= 0x10ffff) found.add(codePoint);
  }
  return found;
}

/** Controls and default-ignorable characters (newline, ZWNJ, bidi isolates) are never drawn: fonts need not map them. */
export function drawsGlyph(codePoint: number): boolean {
  return !/[\p{Cc}\p{Default_Ignorable_Code_Point}]/u.test(String.fromCodePoint(codePoint));
}

/** The characters of `codePoints` that a file with these ranges serves, in code point order. */
export function charactersFor(ranges: readonly CodeRange[], codePoints: Iterable<number>): string {
  return [...new Set(codePoints)].filter((cp) => inRanges(cp, ranges)).sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp)).join('');
}

/** What Intl writes for dates and numbers in `lang` (month and weekday names, digits, separators, units): pages and
 * their scripts format these at build time and in the browser, so they are text the fonts must cover. */
export function intlSamples(lang: string): string {
  const samples: string[] = [];
  const dateOptions: Intl.DateTimeFormatOptions[] = [
    { dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' },
    { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, { weekday: 'long' }, { month: 'long' },
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  ];
  // The language's own calendar (Persian's is the Solar Hijri one) and the Gregorian calendar.
  for (const calendar of [undefined, 'gregory']) {
    for (const options of dateOptions) {
      const format = new Intl.DateTimeFormat(lang, { ...options, calendar, timeZone: 'UTC' });
      // Every month, and every weekday among them; a time of day in both halves.
      for (let month = 0; month < 12; month++) samples.push(format.format(Date.UTC(2027, month, 1 + month, 9 + month, 5 * month)));
    }
  }
  const numbers = [new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }), new Intl.NumberFormat(lang, { style: 'percent' })];
  for (const display of ['short', 'long', 'narrow'] as const) {
    for (const unit of ['megabyte', 'kilobyte', 'hour', 'minute']) numbers.push(new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: display, maximumFractionDigits: 1 }));
  }
  for (const format of numbers) samples.push(format.format(1234567.5), format.format(0.1), format.format(2), ...Array.from({ length: 10 }, (_, digit) => format.format(digit)));
  return samples.join(' ');
}
