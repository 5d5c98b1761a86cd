// Content is text and the kit's own components, never code or another site's resources. Runs on every MDX and
// YAML file of the course (npm run check, so the build too) and names file and line. Links to https sites are
// fine; anything the browser would *load* (image, style, font, frame) must come from the site itself.
import type { Problem } from './validate.ts';

/** Elements that run code, embed another document or restyle the page. */
const forbiddenTags = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'base', 'meta', 'link', 'form', 'svg', 'math'];
/** Attributes whose value the browser loads. */
const resourceAttributes = ['src', 'srcset', 'poster', 'background', 'data', 'xlink:href', 'imagesrcset'];
/** Attributes whose value the browser navigates to or submits to. */
const linkAttributes = ['href', 'action', 'formaction', 'cite'];

const entities: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/' };

/** A URL as the browser reads it: entities decoded, whitespace and control characters dropped. */
export function normaliseUrl(raw: string): string {
  return raw
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => entities[name.toLowerCase()] ?? whole)
    .replace(/[\u0000-\u0020\u007F-\u009F]/g, '')
    .replace(/\\/g, '/')
    .toLowerCase();
}

const badScheme = /^(javascript|data|vbscript):/;
/** Another origin: any scheme, or a protocol-relative //host. */
const offOrigin = (url: string) => /^[a-z][a-z0-9+.-]*:/.test(url) || url.startsWith('//');

export function lintContent(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const add = (index: number, message: string) => problems.push({ file, field: `line ${lineOf(index)}`, message });
  const checkUrl = (index: number, raw: string, loaded: boolean, what: string) => {
    const url = normaliseUrl(raw);
    if (badScheme.test(url)) add(index, `${url.split(':')[0]}: URLs are not allowed`);
    else if (loaded && offOrigin(url)) add(index, `${what}: "${raw.trim().slice(0, 80)}" loads from another site; put the file in public/ and link it as /…`);
  };

  // HTML and JSX tags, over several lines if need be (attribute values may hold ">" inside quotes or braces).
  const tag = /<\/?([A-Za-z][\w:.-]*)((?:\s+(?:"[^"]*"|'[^']*'|\{[^}]*\}|[^\s>"'{}])*)*)\s*\/?>/g;
  for (const match of source.matchAll(tag)) {
    const [whole, name, attributes] = match;
    const lower = name.toLowerCase();
    if (whole.startsWith('</')) continue;
    if (forbiddenTags.includes(lower)) add(match.index, `<${name}> is not allowed in course content`);
    const attribute = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)'|\{([^}]*)\}|([^\s>"'{}]+))/g;
    for (const a of attributes.matchAll(attribute)) {
      const attr = a[1].toLowerCase();
      const value = a[3] ?? a[4] ?? a[5] ?? a[6] ?? '';
      const at = match.index + name.length + 1 + a.index;
      if (/^on/.test(attr)) add(at, `event-handler attribute ${a[1]}= is not allowed`);
      else if (attr === 'style') {
        for (const u of value.matchAll(/url\(\s*["']?([^"')]*)/gi)) checkUrl(at, u[1], true, 'style url()');
        if (/@import|expression\(/i.test(value)) add(at, 'style may not import or compute anything');
      } else if (attr === 'srcset' || attr === 'imagesrcset') {
        for (const candidate of value.split(',')) checkUrl(at, candidate.trim().split(/\s+/)[0] ?? '', true, `${a[1]}=`);
      } else if (resourceAttributes.includes(attr)) checkUrl(at, value, true, `${a[1]}=`);
      else if (linkAttributes.includes(attr)) checkUrl(at, value, false, `${a[1]}=`);
    }
  }
  // Markdown: images load (![…](url)), links navigate ([…](url), <scheme:…> autolinks, [ref]: url definitions).
  for (const m of source.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)/g)) checkUrl(m.index, m[2], m[1] === '!', m[1] ? 'image' : 'link');
  for (const m of source.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) checkUrl(m.index, m[1], false, 'link');
  for (const m of source.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/gm)) checkUrl(m.index, m[1], false, 'link');
  // YAML values and anything else: a script URL anywhere a URL could stand.
  for (const m of source.matchAll(/(?:^|[\s"'(=:])((?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t)\s*:|data:[a-z-]+\/[a-z0-9.+-]+[;,])/gim)) {
    add(m.index, `${m[1].replace(/\s/g, '').split(':')[0].toLowerCase()}: URLs are not allowed`);
  }
  // MDX runs import/export at build time: course content uses the kit's components, which need no import.
  if (file.endsWith('.mdx')) {
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' '));
    for (const m of body.matchAll(/^(import|export)\s/gm)) add(m.index, `MDX ${m[1]} is not allowed in course content; use the kit's components`);
  }
  // One report per line and message.
  const seen = new Set<string>();
  return problems
    .filter((p) => !seen.has(`${p.field}|${p.message}`) && seen.add(`${p.field}|${p.message}`))
    .sort((a, b) => Number(a.field.slice(5)) - Number(b.field.slice(5)));
}
