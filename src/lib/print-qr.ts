// The QR code on a printed document: it leads a reader holding the paper to the same document online, in the same
// language, when the site's published address (KIT_SITE → Astro's `site`) is known. Without it, no code.
import QRCode from 'qrcode';
import { hasBilingual } from './bilingual.ts';
import { urls } from './paths.ts';
import type { CourseModel } from './course-model.ts';

/** What a printed sheet is: a slide handout (a session's, or the whole deck's), a fördjupning (alone or beside the
 * Swedish), a tool. */
export type PrintedDocument =
  | { kind: 'bildspel'; lang: string; point: string; session?: number }
  | { kind: 'fordjupning' | 'tvasprakig' | 'tolkpaket' | 'utvardering'; lang: string; point: string };

/**
 * The site path the code on a printed document leads to: the printed page itself, except a participant's fördjupning
 * in a translated language, which leads to the bilingual reading page (the text beside the Swedish) where it exists.
 */
export function qrTargetPath(course: Pick<CourseModel, 'resolve'>, doc: PrintedDocument, sourceLang: string): string {
  switch (doc.kind) {
    case 'bildspel': return doc.session === undefined ? urls.handout(doc.lang, doc.point) : urls.sessionHandout(doc.lang, doc.point, doc.session);
    case 'tvasprakig': return urls.bilingual(doc.lang, doc.point);
    case 'tolkpaket': return urls.interpreterPack(doc.lang, doc.point);
    case 'utvardering': return urls.evaluation(doc.lang, doc.point);
    case 'fordjupning':
      return hasBilingual(course, doc.lang, doc.point, sourceLang) ? urls.bilingual(doc.lang, doc.point) : urls.document(doc.lang, doc.point, 'fordjupning');
  }
}

/** The absolute address of a site path; refuses a site that is not http(s) and a path that would leave its origin. */
export function siteUrl(site: string | URL, path: string): URL {
  const base = new URL(site);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`KIT_SITE: must be an http(s) address, not "${base.protocol}"`);
  if (base.username || base.password) throw new Error('KIT_SITE: must not carry a user name or password');
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`QR code: "${path}" is not a path on the site`);
  const url = new URL(path, base);
  if (url.origin !== base.origin) throw new Error(`QR code: "${path}" leaves the site ${base.origin}`);
  return url;
}

/** What is printed beside the code, for typing by hand: host and path, without the scheme ("kit.example.se/ar/…/"). */
export function shortAddress(url: URL): string {
  return `${url.host}${decodeURI(url.pathname)}${url.search}${url.hash}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The code as an SVG image (qrcode's own renderer), named for assistive technology by `label`. */
export async function qrSvg(url: URL, label: string): Promise<string> {
  const svg = await QRCode.toString(url.href, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const name = escapeAttr(label);
  // qrcode's SVG starts `<svg xmlns=… viewBox=…>`: the name goes on the element and in a <title>.
  if (!svg.startsWith('<svg ')) throw new Error('QR code: qrcode gave no <svg> element');
  return svg.replace(/^<svg ([^>]*)>/, `<svg $1 role="img" aria-label="${name}" focusable="false"><title>${name}</title>`);
}

export interface PrintQr {
  url: string;
  address: string;
  /** The address cut after each "/", where a narrow column may break the line. */
  addressParts: string[];
  svg: string;
}

/** The code for a printed document, or nothing when the site's address is unknown. `label` fills in {{address}}. */
export async function printQr(site: string | URL | undefined, path: string, label: (address: string) => string): Promise<PrintQr | undefined> {
  if (!site) return undefined;
  const url = siteUrl(site, path);
  const address = shortAddress(url);
  return { url: url.href, address, addressParts: address.split(/(?<=\/)/), svg: await qrSvg(url, label(address)) };
}
