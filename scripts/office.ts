// The Office stage: a PowerPoint file per bildspel and a Word file per handledarmanus and fördjupning, for every
// document kit.json lists with an `office` file. Slide pictures are SVG; PowerPoint needs a PNG, so Chromium (which
// the PDF stage already drives) rasterizes each picture once. The layout lives in src/lib/office-*.ts.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, launchChromium } from './browser.ts';
import { FileCache } from './build-cache.ts';
import { loadCourse } from './content.ts';
import { loadProfile } from '../src/data/profile.ts';
import { languages, sourceLang, type Lang } from '../src/i18n/languages.ts';
import { buildCourseModel, presentFor } from '../src/lib/course-model.ts';
import { clock, sessions } from '../src/lib/budget.ts';
import { fillFactTags } from '../src/lib/facts.ts';
import { formatDate, formatHours } from '../src/lib/format.ts';
import { markdownText, replaceProfileTags, type Profile } from '../src/lib/profile.ts';
import { pictureUrl } from '../src/lib/pictures.ts';
import { markdownBlocks } from '../src/lib/office-markdown.ts';
import { deckPptx, type DeckInput, type RasterPicture } from '../src/lib/office-pptx.ts';
import { fordjupningDocx, manusDocx, type FordjupningInput, type ManusInput, type Source } from '../src/lib/office-docx.ts';
import { officeFonts } from '../src/lib/office.ts';
import { officeCacheKey } from '../src/lib/office-cache.ts';
import { isolate } from '../src/lib/bidi.ts';
import { formatProblems } from '../src/lib/validate.ts';
import type { Bildspel, DocumentKind, Fordjupning, Handledarmanus } from '../src/lib/schema.ts';

interface CatalogDocument { kind: DocumentKind; lang: string; textLang: string; office?: string }
interface Catalog { name: string; points: { slug: string; number: number; documents: CatalogDocument[] }[] }

const author = 'Kursverktyg för 15-punktsprogrammet';

/** One Office file to make: its input, the same data the pages render (pictures are added when it is made). */
type OfficeFile = { out: string } & (
  | { kind: 'bildspel'; input: Omit<DeckInput, 'pictures'> }
  | { kind: 'fordjupning'; input: FordjupningInput }
  | { kind: 'handledarmanus'; input: ManusInput });

/** The code, libraries and browser that write the files: a change to any of them makes every file again. */
function officePressVersion(): string {
  const hash = createHash('sha256');
  const lib = fileURLToPath(new URL('../src/lib/', import.meta.url));
  const code = [fileURLToPath(import.meta.url), ...readdirSync(lib).filter((f) => /^office.*\.ts$/.test(f)).sort().map((f) => join(lib, f))];
  for (const file of code) hash.update(readFileSync(file));
  for (const pkg of ['pptxgenjs', 'docx', 'fflate']) hash.update(readFileSync(`node_modules/${pkg}/package.json`));
  // The browser rasterizes the pictures: its file changes when it is upgraded (no browser: no pictures).
  const browser = findChromium();
  const { size, mtimeMs } = browser ? statSync(browser) : { size: 0, mtimeMs: 0 };
  return hash.update(`${browser ?? 'no browser'}\0${size}\0${mtimeMs}`).digest('hex');
}

/** A language's UI strings with i18next's {{placeholders}} filled in (the pages use i18next itself). */
function strings(lang: string): (key: string, values?: Record<string, string | number>) => string {
  const table = JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
  return (key, values = {}) => (table[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Rasterizes each picture once: a PNG at most `size` px on its long side, transparent, its size kept for the
 * aspect ratio. One page draws them all on canvases (one round trip, not a screenshot each); no request leaves it. */
async function rasterize(site: string, sources: Iterable<string>, size = 400): Promise<Map<string, RasterPicture>> {
  const list = [...new Set(sources)].sort();
  const pictures = new Map<string, RasterPicture>();
  if (list.length === 0) return pictures;
  if (!findChromium()) {
    console.warn('Office: no browser to draw the slide pictures with (see the PDF warning); the PowerPoint files have none.');
    return pictures;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>pictures</title>');
    const svgs = list.map((src) => readFileSync(join(site, pictureUrl(src)), 'utf8'));
    const drawn = await page.evaluate(async ({ svgs, size }) => Promise.all(svgs.map(async (svg) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await img.decode();
      const ratio = (img.naturalWidth || 1) / (img.naturalHeight || 1);
      const [w, h] = ratio >= 1 ? [size, Math.round(size / ratio)] : [Math.round(size * ratio), size];
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      canvas.getContext('2d')!.drawImage(img, 0, 0, w, h);
      return { w, h, png: canvas.toDataURL('image/png').split(',')[1] };
    })), { svgs, size });
    drawn.forEach((d, i) => pictures.set(list[i], { png: new Uint8Array(Buffer.from(d.png, 'base64')), width: d.w, height: d.h }));
  } finally {
    await browser.close();
  }
  return pictures;
}

export interface OfficeReport { total: number; made: number }

export async function makeOfficeFiles(site = 'dist'): Promise<OfficeReport> {
  const catalog = JSON.parse(readFileSync(join(site, 'kit.json'), 'utf8')) as Catalog;
  const { profile, problems: profileProblems } = loadProfile();
  const { points, files, library, problems } = loadCourse();
  if (!profile || problems.length || profileProblems.length) throw new Error(formatProblems([...profileProblems, ...problems]));
  const course = buildCourseModel(points, files, sourceLang, presentFor(profile, library), library);
  const jobs = catalog.points.flatMap((point) => point.documents.filter((doc) => doc.office).map((doc) => ({ point, doc })));

  const facts = new Map(course.facts.map((fact) => [fact.id, fact]));
  const sourcesOf = (list: Handledarmanus['sources']): Source[] => {
    const fromProfile = { kommun: { name: profile.name, url: profile.url }, lan: profile.county, region: profile.region };
    // As on the pages: a profile source without a web address is left out.
    return list.flatMap((s) => ('profile' in s ? (fromProfile[s.profile]?.url ? [fromProfile[s.profile] as Source] : []) : [s]));
  };
  const bodyOf = (body: string, textLang: string, prof: Profile) =>
    markdownBlocks(replaceProfileTags(fillFactTags(body, facts, textLang, library.factTranslations, markdownText), prof));

  const officeFiles: OfficeFile[] = [];
  for (const { point, doc } of jobs) {
    const lang = doc.lang as Lang;
    const t = strings(lang);
    const resolved = course.resolve(lang, point.slug, doc.kind)!;
    const textLang = resolved.textLang as Lang;
    const text = { lang: textLang, dir: languages[textLang].dir, fonts: officeFonts(textLang) };
    const pointTitle = `${t('point.label', { number: point.number })}: ${points.find((p) => p.slug === point.slug)!.title[lang]}`;
    const out = join(site, new URL(doc.office!, 'http://kit.invalid').pathname);
    if (doc.kind === 'bildspel') {
      const data = resolved.file.data as Bildspel;
      officeFiles.push({ out, kind: 'bildspel', input: { ...text, title: data.title, slides: data.slides, footer: `${isolate(t('site.title'))} · ${pointTitle}`, author } });
    } else if (doc.kind === 'fordjupning') {
      const data = resolved.file.data as Fordjupning;
      officeFiles.push({ out, kind: 'fordjupning', input: {
        ...text, title: data.title, author, lead: [pointTitle, data.summary], body: bodyOf(resolved.file.body, textLang, profile),
        ordlistaHeading: t('doc.ordlista'), ordlista: data.ordlista,
        sourcesHeading: t('doc.sources'), sources: sourcesOf(data.sources), reviewed: t('doc.reviewed', { date: formatDate(data.reviewed, lang) }),
      } });
    } else {
      const data = resolved.file.data as Handledarmanus;
      const deck = course.resolve<Bildspel>(textLang, point.slug, 'bildspel');
      const slideTitle = new Map((deck?.file.data.slides ?? []).map((s) => [s.id, s.title]));
      const hours = points.find((p) => p.slug === point.slug)!.hours;
      officeFiles.push({ out, kind: 'handledarmanus', input: {
        ...text, title: data.title, author, lead: [pointTitle, t('manus.total', { hours: formatHours(hours, lang) })],
        facts: { heading: t('manus.factsHeading'), lead: t('manus.factsLead'), items: course.factsFor(point.slug).map((f) => `${f.claim} (${f.source.name}; ${t('manus.factVerified', { date: formatDate(f.verified, lang) })})`) },
        body: bodyOf(resolved.file.body, textLang, profile),
        note: t('manus.priorityNote'),
        columns: { time: t('manus.time'), step: t('manus.step'), slides: t('manus.slides') },
        sessions: sessions(data.steps).map((session) => ({
          heading: `${t('manus.session', { number: session.number })} · ${t('manus.sessionLength', { minutes: session.minutes })}`,
          steps: session.steps.map((step) => ({
            time: `${clock(step.startsAt)}–${clock(step.endsAt)}`,
            minutes: t('manus.minutes', { count: step.minutes }),
            title: step.kind === 'break' && !step.title ? t('manus.break') : step.title,
            priority: step.priority && t(`manus.priority.${step.priority}`),
            guide: step.guide,
            question: step.question ? { label: t('manus.question'), text: step.question } : undefined,
            slides: step.slides.map((id) => slideTitle.get(id) ?? id),
          })),
        })),
        sourcesHeading: t('doc.sources'), sources: sourcesOf(data.sources), reviewed: t('doc.reviewed', { date: formatDate(data.reviewed, lang) }),
      } });
    }
  }

  // Only files whose input changed are made again; pictures are rasterized only for decks that are made.
  const cache = new FileCache('kit-office', 'bin', 'KIT_OFFICE_CACHE');
  const press = officePressVersion();
  const svgHashes = new Map<string, string>();
  const svgHash = (src: string) => {
    if (!svgHashes.has(src)) svgHashes.set(src, createHash('sha256').update(readFileSync(join(site, pictureUrl(src)))).digest('hex'));
    return svgHashes.get(src)!;
  };
  const keyed = officeFiles.map((file) => {
    const sources = file.kind === 'bildspel' ? file.input.slides.flatMap((s) => (s.picture ? [s.picture.src] : [])) : [];
    const key = officeCacheKey({ kind: file.kind, input: file.input, pictures: Object.fromEntries(sources.map((src) => [src, svgHash(src)])), press });
    return { ...file, sources, key, cached: cache.get(key) };
  });
  const start = performance.now();
  const pictures = await rasterize(site, keyed.filter((f) => !f.cached).flatMap((f) => f.sources));
  console.log(`${pictures.size} pictures rasterized (${((performance.now() - start) / 1000).toFixed(1)} s)`);

  const bytesByKind: Record<string, number[]> = { bildspel: [], handledarmanus: [], fordjupning: [] };
  for (const file of keyed) {
    let bytes: Uint8Array | undefined = file.cached;
    if (!bytes) {
      bytes = file.kind === 'bildspel' ? await deckPptx({ ...file.input, pictures })
        : file.kind === 'fordjupning' ? await fordjupningDocx(file.input) : await manusDocx(file.input);
      cache.put(file.key, bytes);
    }
    mkdirSync(dirname(file.out), { recursive: true });
    writeFileSync(file.out, bytes);
    bytesByKind[file.kind].push(bytes.length);
  }
  cache.prune();
  const made = keyed.filter((f) => !f.cached).length;
  console.log(`${keyed.length} Office files: ${made} made, ${keyed.length - made} unchanged from the cache (${cache.dir})`);
  for (const [kind, sizes] of Object.entries(bytesByKind)) {
    if (sizes.length) console.log(`${kind}: ${sizes.length} files, ${Math.round(sizes.reduce((a, b) => a + b, 0) / 1024)} KB in all, largest ${Math.round(Math.max(...sizes) / 1024)} KB`);
  }
  return { total: keyed.length, made };
}

// Run alone against an existing build: `npx node scripts/office.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const start = performance.now();
  await makeOfficeFiles();
  console.log(`office stage: ${((performance.now() - start) / 1000).toFixed(1)} s`);
}
