// The running header and footer of every printed page, as CSS page-margin boxes: a loose sheet says which kit,
// point and document it belongs to, and "page n of N", in the document's language. They sit in the page margin
// (src/styles/global.css sets it), so they never cover the body text.

export interface RunningHead {
  /** The kit's name, e.g. "15-punktsprogrammet". */
  kit: string;
  /** The point, e.g. "Punkt 4: Bostäder". */
  point: string;
  /** The document, e.g. "Fördjupning". */
  document: string;
  /** The page label with {{page}} and {{pages}}, e.g. "Sida {{page}} av {{pages}}". */
  pageLabel: string;
  dir: 'ltr' | 'rtl';
}

/** A CSS string literal that no text can break out of (quotes, backslashes, newlines, `</style>`). */
export function cssString(text: string): string {
  const escaped = [...text].map((char) => {
    const code = char.codePointAt(0)!;
    return code < 0x20 || code === 0x7f || '"\\<>&'.includes(char) || code === 0x2028 || code === 0x2029 ? `\\${code.toString(16)} ` : char;
  }).join('');
  return `"${escaped}"`;
}

/** The direction of a text's first strong letter, as an isolate (U+2068) would find it; `fallback` without one. */
export function firstStrongDir(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const strong = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]|\p{L}/u.exec(text);
  if (!strong) return fallback;
  return /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(strong[0]) ? 'rtl' : 'ltr';
}

/** "Sida {{page}} av {{pages}}" → `"Sida " counter(page) " av " counter(pages)`. */
export function pageCounterContent(label: string): string {
  if (!label.includes('{{page}}') || !label.includes('{{pages}}')) throw new Error(`page label "${label}" needs {{page}} and {{pages}}`);
  return label.split(/(\{\{pages?\}\})/).filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The @page rule with the running header (kit, point) and footer (document, page n of N). Each text has a margin box
 * of its own whose direction is the text's own, so a Latin name on a right-to-left page is isolated by its box (the
 * isolate characters themselves would be drawn into the PDF as glyphs of their own).
 */
export function runningHeadCss(head: RunningHead): string {
  const [start, end] = head.dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const box = (content: string, dir: string, align: string) =>
    `content: ${content}; direction: ${dir}; text-align: ${align}; font-size: 8pt; line-height: 1.3; color: #4a525c;`;
  const text = (value: string, align: string) => box(cssString(value), firstStrongDir(value, head.dir), align);
  return [
    '@media print { @page {',
    `  @top-${start} { ${text(head.kit, start)} }`,
    `  @top-${end} { ${text(head.point, end)} }`,
    `  @bottom-${start} { ${text(head.document, start)} }`,
    `  @bottom-${end} { ${box(pageCounterContent(head.pageLabel), head.dir, end)} }`,
    '} }',
  ].join('\n');
}
