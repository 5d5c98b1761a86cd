// The fördjupning beside the Swedish, block by block (paragraph, heading, list), for the bilingual reading page and
// its PDF. Pure: the text is the translators' and is escaped; only Markdown's own structure becomes markup.
import { marked } from 'marked';
import { splitBody } from './segments.ts';
import type { CourseModel } from './course-model.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** One Markdown block as HTML: `<Term>` becomes a marked word; any other markup stays visible text. */
export function blockHtml(markdown: string): string {
  const terms: string[] = [];
  const marked_ = markdown
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, (_, inner: string) => `\u0000${terms.push(inner) - 1}\u0000`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    // A ">" inside a line is text; at the start of a line it is a quotation.
    .replace(/(?<!^|\n)>/g, '&gt;');
  const html = marked.parse(marked_, { async: false }) as string;
  return html
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => `<span class="term">${escapeHtml(terms[Number(i)])}</span>`)
    .replace(/href="(?!https:\/\/|http:\/\/|mailto:|#)[^"]*"/g, 'href="#"');
}

export interface BilingualRow {
  /** HTML of the Swedish block. */
  sv: string;
  /** HTML of the translated block, when the translation has one in the same place. */
  own?: string;
}

/** Rows of Swedish and translated blocks. Blocks pair by position, as the translators keep the structure. */
export function bilingualRows(svBody: string, ownBody: string): BilingualRow[] {
  const sv = splitBody(svBody).blocks;
  const own = splitBody(ownBody).blocks;
  return Array.from({ length: Math.max(sv.length, own.length) }, (_, i) => ({
    sv: sv[i] !== undefined ? blockHtml(sv[i]) : '',
    ...(own[i] !== undefined ? { own: blockHtml(own[i]) } : {}),
  }));
}

/** The bilingual reading page exists where a language other than the source has its own fördjupning of the point. */
export function hasBilingual(course: Pick<CourseModel, 'resolve'>, lang: string, point: string, sourceLang: string): boolean {
  return lang !== sourceLang && course.resolve(lang, point, 'fordjupning')?.textLang === lang;
}
