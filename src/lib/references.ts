// Checks that what content refers to exists: facts in the register, pictures and their credits, phone numbers that
// come from the register — and that every Swedish deck shows pictures where it can.
import { factReferences, phoneNumbers, type FactTranslations } from './facts.ts';
import { parsePicture, pictureCoverage, minPictureShare, pictureCredit } from './pictures.ts';
import { parseContentPath } from './paths.ts';
import { unlinkedTerms } from './glossary-links.ts';
import type { Bildspel, Drawing, Fact, Fordjupning, PointText } from './schema.ts';
import type { Termbase } from './termbase.ts';
import type { ContentFile, Problem } from './validate.ts';

export interface ContentLibrary {
  facts: ReadonlyMap<string, Fact>;
  /** Translations of facts, keyed `<lang>/<id>`. */
  factTranslations: FactTranslations;
  /** Termbases by language (src/content/termer/<lang>.yaml); languages without one are not checked. */
  termbases: ReadonlyMap<string, Termbase>;
  drawings: ReadonlyMap<string, Drawing>;
  /** Names in the OpenMoji set. */
  openmoji: ReadonlySet<string>;
  /** Names of the maps the kit draws. */
  maps: ReadonlySet<string>;
  /** A point's subtopics, visit and step titles in another language, keyed `<lang>/<point>` (src/lib/point-text.ts). */
  pointTexts?: ReadonlyMap<string, PointText>;
}

export function referenceProblems(files: readonly ContentFile[], library: ContentLibrary, sourceLang: string): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const phoneValues = new Set([...library.facts.values()].flatMap((f) => (f.value ? [f.value] : [])));

  for (const file of files) {
    const where = parseContentPath(file.file);
    const fields: [string, unknown][] = [['(body)', file.body], ...Object.entries(file.data as object)];
    for (const [field, value] of fields) {
      for (const ref of factReferences(value)) {
        const fact = library.facts.get(ref.id);
        if (!fact) add(file.file, field, `no fact "${ref.id}" in src/content/fakta`);
        else if (ref.part === 'value' && !fact.value) add(file.file, field, `fact "${ref.id}" has no value; use its claim`);
      }
      for (const number of new Set(phoneNumbers(JSON.stringify(value) ?? ''))) {
        if (!phoneValues.has(number)) add(file.file, field, `phone number "${number}" is not the value of any fact in src/content/fakta: register it with its official source`);
      }
    }
    if (where?.kind === 'fordjupning') {
      for (const term of unlinkedTerms(file.body, (file.data as Fordjupning).ordlista ?? [])) {
        add(file.file, '(body)', `<Term> "${term.text}" links to "#${term.anchor}", which is no ordlista entry: add the entry or write <Term sv="(the entry's term)">`);
      }
    }
    if (where?.kind !== 'bildspel') continue;
    const slides = (file.data as Bildspel).slides;
    slides.forEach((slide, i) => {
      if (!slide.picture) return;
      const { set, name } = parsePicture(slide.picture.src);
      const field = `slides[${i}].picture.src`;
      if (set === 'openmoji' && !library.openmoji.has(name)) add(file.file, field, `no picture "${name}" in OpenMoji`);
      if (set === 'karta' && !library.maps.has(name)) add(file.file, field, `no map "${name}"; known: ${[...library.maps].join(', ')}`);
      if (set === 'kit' && !pictureCredit(slide.picture.src, library.drawings)) {
        add(file.file, field, `no drawing "${name}" with its licence: add src/content/bilder/${name}.svg and ${name}.yaml (title, author, licence)`);
      }
    });
    if (where.lang === sourceLang) {
      const coverage = pictureCoverage(slides);
      if (coverage.share < minPictureShare) {
        add(file.file, 'slides', `${coverage.withPicture} of ${coverage.slides} slides have a picture; at least ${Math.round(minPictureShare * 100)} % must`);
      }
    }
  }
  return problems;
}
