// Every page kind in sv, ar and ti: right language and direction, no console errors, nothing fetched off the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { splitFrontMatter } from '../../scripts/content.ts';
import { codePointsOf, drawsGlyph, fontBudgetKb, inRanges, parseFontFaces } from '../../src/lib/font-subsets.ts';
import { fontCodePoints } from './font-cmap.ts';
import { closePage, coreLangs, openPage, pageKinds, useBrowser } from './helpers.ts';
import { langCodes, languages } from '../../src/i18n/languages.ts';

useBrowser();
const rtl = new Set(langCodes.filter((code) => languages[code].dir === 'rtl'));
const ui = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

// What each page must show, from the catalogue, the content and the UI strings — not "some title".
const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { number: number; slug: string; title: Record<string, string>; documents: { kind: string; lang: string; textLang: string }[] }[] };
const point = (slug: string) => kit.points.find((p) => p.slug === slug)!;
/** A document's own title, in the language the page shows its text in (Swedish where it falls back). */
function documentTitle(lang: string, slug: string, kind: string): string {
  const { textLang } = point(slug).documents.find((d) => d.lang === lang && d.kind === kind)!;
  const { frontMatter } = splitFrontMatter(readFileSync(`src/content/kurs/${textLang}/${slug}/${kind}.mdx`, 'utf8'));
  return (yaml.load(frontMatter) as { title: string }).title;
}
/** The h1 (undefined: the page has none) and the title before " · <site>". */
const expected: Record<keyof typeof pageKinds, (lang: string) => { h1?: string; title: string }> = {
  home: (l) => ({ h1: ui(l)['home.heading'], title: ui(l)['home.heading'] }),
  overview: (l) => ({ h1: ui(l)['overview.heading'], title: ui(l)['overview.heading'] }),
  point: (l) => ({ h1: `${fill(ui(l)['point.label'], { number: point('bostader').number })} ${point('bostader').title[l]}`, title: point('bostader').title[l] }),
  fordjupning: (l) => ({ h1: documentTitle(l, 'bostader', 'fordjupning'), title: documentTitle(l, 'bostader', 'fordjupning') }),
  handledarmanus: (l) => ({ h1: documentTitle(l, 'sjuk-och-halsovard', 'handledarmanus'), title: documentTitle(l, 'sjuk-och-halsovard', 'handledarmanus') }),
  bildspel: (l) => ({ title: `${ui(l)['kind.bildspel']}: ${documentTitle(l, 'sjuk-och-halsovard', 'bildspel')}` }),
  handout: (l) => {
    const heading = fill(ui(l)['handout.heading'], { title: documentTitle(l, 'bostader', 'bildspel') });
    return { h1: heading, title: heading };
  },
  sessionHandout: (l) => {
    const heading = fill(ui(l)['handout.heading'], { title: documentTitle(l, 'bostader', 'bildspel') });
    return { h1: heading, title: `${heading} · ${fill(ui(l)['handout.session'], { number: 2 })}` };
  },
  search: (l) => ({ h1: ui(l)['search.heading'], title: ui(l)['search.heading'] }),
  planner: (l) => ({ h1: ui(l)['planner.heading'], title: ui(l)['planner.heading'] }),
  tally: (l) => ({ h1: ui(l)['tally.heading'], title: ui(l)['tally.heading'] }),
  evaluation: (l) => ({ h1: ui(l)['eval.heading'], title: `${ui(l)['eval.heading']} – ${point('bostader').title[l]}` }),
  pictureCards: (l) => {
    const heading = fill(ui(l)['cards.heading'], { title: point('bostader').title[l] });
    return { h1: heading, title: heading };
  },
  interpreterPack: (l) => {
    const heading = fill(ui(l)['tolk.heading'], { title: point('sjuk-och-halsovard').title[l] });
    return { h1: heading, title: heading };
  },
  downloads: (l) => ({ h1: ui(l)['downloads.heading'], title: ui(l)['downloads.heading'] }),
  statement: (l) => ({ h1: ui(l)['statement.heading'], title: ui(l)['statement.heading'] }),
  about: (l) => ({ h1: ui(l)['about.heading'], title: ui(l)['about.heading'] }),
  guide: (l) => ({ h1: ui(l)['guide.heading'], title: ui(l)['guide.heading'] }),
  changelog: (l) => ({ h1: ui(l)['about.changelog'], title: ui(l)['about.changelog'] }),
};

for (const lang of coreLangs) {
  for (const [kind, path] of Object.entries(pageKinds)) {
    test(`${kind} page in ${lang}: lang/dir, content, no errors, no off-origin request`, async () => {
      const watched = await openPage(path(lang));
      const { page } = watched;
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('html', 'dir'), rtl.has(lang) ? 'rtl' : 'ltr');
      const want = expected[kind as keyof typeof pageKinds](lang);
      assert.equal(await page.title(), `${want.title} · ${ui(lang)['site.title']}`);
      if (want.h1 !== undefined) {
        assert.equal(await page.locator('h1').count(), 1, 'one h1');
        // The heading's own text: the Swedish line under a translated heading (sv-line) is not part of it.
        const h1 = await page.$eval('h1', (h) => [...h.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('sv-line'))).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim());
        assert.equal(h1, want.h1);
        // The language menu offers all eight languages, each named in its own language.
        assert.equal(await page.locator('.language-menu a[hreflang]').count(), 8);
      } else {
        assert.equal(await page.getAttribute('main.reveal', 'aria-label'), fill(ui(lang)['deck.label'], { title: documentTitle(lang, 'sjuk-och-halsovard', 'bildspel') }), 'the deck names its title');
      }
      assert.deepEqual(watched.consoleErrors, []);
      assert.deepEqual(watched.offOrigin, []);
      assert.deepEqual(watched.failed, []);
      await closePage(watched);
    });
  }
}

test('overview lists 15 points with hours, the 85.5-hour total and what is complete', async () => {
  const watched = await openPage('/sv/kurs/');
  const rows = watched.page.locator('tbody tr');
  assert.equal(await rows.count(), 15);
  assert.equal(await watched.page.getAttribute('[data-total-hours]', 'data-total-hours'), '85.5');
  assert.match(await watched.page.locator('tfoot').innerText(), /85,5 timmar plus studiebesök/);
  // Each point's status is the catalogue's completeness (tests/unit/course-content.test.ts asks for every language).
  const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { slug: string; completeness: string }[] };
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-point')}: ${tr.getAttribute('data-status')}`));
  assert.deepEqual(shown, kit.points.map((p) => `${p.slug}: ${p.completeness}`));
  await closePage(watched);
});

test('the language menu leads to the same page in another language', async () => {
  const watched = await openPage('/sv/bostader/fordjupning/');
  await watched.page.locator('.language-menu summary').click();
  await watched.page.locator('.language-menu a[hreflang="ti"]').click();
  await watched.page.waitForURL(/\/ti\/bostader\/fordjupning\/$/);
  assert.equal(await watched.page.getAttribute('html', 'lang'), 'ti');
  await closePage(watched);
});

test('a machine translation says so in the reader\'s language', async () => {
  for (const lang of ['ar', 'ti']) {
    const watched = await openPage(`/${lang}/bostader/fordjupning/`);
    const notice = watched.page.locator('[data-translation-status]');
    assert.equal(await notice.getAttribute('data-translation-status'), 'machine');
    assert.equal((await notice.innerText()).trim(), ui(lang)['translation.machine']);
    assert.equal(await watched.page.getAttribute('article', 'lang'), lang);
    await closePage(watched);
  }
});

test('a document missing in a language shows the Swedish text, tagged sv, with a notice, kept out of search', async () => {
  for (const lang of ['ar', 'ti']) {
    const watched = await openPage(`/${lang}/bostader/handledarmanus/`);
    const { page } = watched;
    assert.equal(await page.getAttribute('[data-translation-status]', 'data-translation-status'), 'missing');
    assert.equal((await page.locator('[data-translation-status]').innerText()).trim(), ui(lang)['translation.missing']);
    assert.equal(await page.getAttribute('article', 'lang'), 'sv');
    assert.equal(await page.getAttribute('article', 'dir'), 'ltr');
    assert.equal(await page.locator('[data-pagefind-body]').count(), 0, 'fallback text is not indexed for this language');
    await closePage(watched);
  }
});

test('the handledarmanus shows each session on a 00:00–03:00 clock and links steps to their slides', async () => {
  const watched = await openPage('/sv/sjuk-och-halsovard/handledarmanus/');
  const { page } = watched;
  const sessions = page.locator('section.session');
  assert.equal(await sessions.count(), 2);
  for (let i = 0; i < 2; i++) {
    const times = await sessions.nth(i).locator('.step-time').allInnerTexts();
    assert.match(times[0], /^00:00–/);
    assert.match(times.at(-1)!, /–03:00/);
  }
  const slideLink = page.locator('.slide-links a').first();
  const href = (await slideLink.getAttribute('href'))!;
  assert.match(href, /^\/sv\/sjuk-och-halsovard\/bildspel\/#\/[a-z0-9-]+$/);
  await slideLink.click();
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const current = await page.evaluate(() => (window as unknown as { deck: { getCurrentSlide(): HTMLElement } }).deck.getCurrentSlide().id);
  assert.equal(`#/${current}`, href.slice(href.indexOf('#')));
  await closePage(watched);
});

test('the reading page works without JavaScript and marks glossary words', async () => {
  const watched = await openPage('/sv/bostader/fordjupning/', { javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const { page } = watched;
  assert.ok((await page.locator('article p').count()) > 20);
  const term = page.locator('article a.term').first();
  const target = (await term.getAttribute('href'))!;
  assert.equal(await page.locator(`dt${target}`).count(), 1, `glossary entry ${target} exists`);
  // Nothing wider than the phone screen.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  await closePage(watched);
});

// Subset fonts (scripts/fonts.ts): a reading page loads little, and what it loads holds every character it shows —
// also the ones only a script writes (the planner's dates in the browser's Intl).
const fontPages = [
  ...Object.entries(fontBudgetKb).map(([lang, kb]) => ({ path: pageKinds.fordjupning(lang), budgetKb: kb as number | undefined })),
  ...['fa', 'ti', 'uk'].map((lang) => ({ path: pageKinds.planner(lang), budgetKb: undefined })),
];
for (const { path, budgetKb } of fontPages) {
  test(`${path}: the fonts it loads${budgetKb ? ` (≤ ${budgetKb} KB)` : ''} hold every character of its main text`, async () => {
    const watched = await openPage(path, { viewport: { width: 390, height: 844 } });
    const { page } = watched;
    await page.evaluate(() => document.fonts.ready);
    const { text, families, sheets, fontUrls } = await page.evaluate(() => ({
      fontUrls: performance.getEntriesByType('resource').map((e) => e.name).filter((url) => url.endsWith('.woff2')),
      text: document.querySelector('main')!.innerText,
      families: getComputedStyle(document.querySelector('main')!).fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '')),
      sheets: [...document.styleSheets].map((s) => s.href).filter((h): h is string => !!h),
    }));
    const faces = (await Promise.all(sheets.map(async (href) => parseFontFaces(await (await fetch(href)).text()).map((face) => ({ ...face, url: new URL(face.url, href).href }))))).flat();
    const loaded = new Map<string, Set<number>>();
    let bytes = 0;
    // A file Vite inlined (under 4 KB) comes with the stylesheet: always there, and counted as CSS.
    for (const face of faces.filter((f) => f.url.startsWith('data:'))) loaded.set(face.url, await fontCodePoints(Buffer.from(face.url.split(',')[1], 'base64')));
    for (const url of new Set(fontUrls)) {
      const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
      bytes += body.length;
      loaded.set(url, await fontCodePoints(body));
    }
    if (budgetKb) assert.ok(bytes <= budgetKb * 1024, `${(bytes / 1024).toFixed(1)} KB of fonts: ${fontUrls.join(', ')}`);
    const ownFace = families[0];
    assert.ok([...loaded.keys()].some((url) => faces.some((f) => f.url === url && f.family === ownFace)), `${ownFace} loaded`);
    const checked = new Set<string>();
    const missing: string[] = [];
    // Characters no face of the kit covers at all (the planner's →): the system draws those, subset or not.
    const outside = [...text].filter((c) => drawsGlyph(c.codePointAt(0)!) && !faces.some((f) => inRanges(c.codePointAt(0)!, f.ranges)));
    for (const cp of codePointsOf(text)) {
      if (!drawsGlyph(cp) || cp === 0x20) continue;
      // The first family of the page's stack with a face for the character draws it; every file of that family
      // the page loaded for it must have its glyph, and at least one must have been loaded.
      const family = families.find((name) => faces.some((f) => f.family === name && inRanges(cp, f.ranges)));
      if (!family) continue;
      const files = faces.filter((f) => f.family === family && inRanges(cp, f.ranges) && loaded.has(f.url));
      const char = `${String.fromCodePoint(cp)} U+${cp.toString(16).toUpperCase()}`;
      if (files.length === 0 || files.some((f) => !loaded.get(f.url)!.has(cp))) missing.push(char);
      checked.add(char);
    }
    assert.ok(checked.size > 30, `${checked.size} characters checked`);
    assert.deepEqual(missing, [], 'characters of the text that no loaded font file has');
    // And as Chromium drew it: every glyph of the main text came from the site's own fonts, none from the system's.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    type DomNode = { nodeId: number; nodeType: number; nodeName: string; children?: DomNode[] };
    const find = (node: DomNode): DomNode | undefined => (node.nodeName === 'MAIN' ? node : node.children?.map(find).find(Boolean));
    const textNodes = (node: DomNode): DomNode[] => (node.nodeType === 3 ? [node] : (node.children ?? []).flatMap(textNodes));
    const drawn = new Map<string, number>();
    for (const { nodeId } of textNodes(find(root as DomNode)!)) {
      for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts) {
        const name = `${font.familyName}${font.isCustomFont ? '' : ' (system)'}`;
        drawn.set(name, (drawn.get(name) ?? 0) + font.glyphCount);
      }
    }
    assert.ok((drawn.get(ownFace) ?? 0) > 100, `${ownFace} drew the text: ${JSON.stringify([...drawn])}`);
    const systemGlyphs = [...drawn].filter(([name]) => name.endsWith('(system)')).reduce((sum, [, count]) => sum + count, 0);
    assert.ok(systemGlyphs <= outside.length, `${systemGlyphs} glyphs from a system font, for ${JSON.stringify(outside)}: ${JSON.stringify([...drawn])}`);
    await closePage(watched);
  });
}
