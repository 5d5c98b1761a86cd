// URL-safe ids from Swedish words: "Högkostnadsskydd för läkemedel" → "hogkostnadsskydd-for-lakemedel".

export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
