// A translated point page speaks one language, and from any point page a facilitator reaches every language's
// material without switching the site's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { langCodes, languages } from '../../src/i18n/languages.ts';
import { closePage, openPage, useBrowser } from './helpers.ts';

useBrowser();
const strings = (lang: string): Record<string, string> => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8'));
// Every PDF the build prints: documents in their own language, and the tools (kit.json lists them).
const kit = JSON.parse(readFileSync('dist/kit.json', 'utf8')) as { points: { slug: string; documents: { kind: string; lang: string; textLang: string; pdf?: string; handouts?: { session: number; pdf: string }[] }[]; tools: { url: string; pdf: string }[] }[] };
const printed = new Set(kit.points.flatMap((p) => [...p.documents.filter((d) => d.lang === d.textLang).flatMap((d) => d.handouts?.map((h) => h.pdf) ?? [d.pdf!]), ...p.tools.flatMap((t) => [t.pdf, t.url])]));

test('a translated point page: the reading text is not "easy Swedish", what the point covers is in the reader\'s language, no "missing" beside a working link', async () => {
  const subtopicsOf = (page: import('playwright-core').Page) => page.evaluate(() => {
    const list = document.querySelector('main ul.subtopics')!;
    return { notice: list.previousElementSibling?.getAttribute('data-translation-status') ?? null, lang: list.getAttribute('lang'), dir: list.getAttribute('dir'), items: [...list.children].map((li) => li.textContent!.trim()) };
  });
  const sv = await openPage('/sv/bostader/');
  const swedish = await subtopicsOf(sv.page);
  await closePage(sv);
  assert.ok(swedish.items.length > 0);
  const ar = await openPage('/ar/bostader/');
  const card = await ar.page.textContent('.card[data-kind="fordjupning"]');
  assert.ok(!card!.includes(strings('ar')['kind.fordjupning.about']), 'Arabic text not described as easy Swedish');
  assert.ok(card!.includes(strings('ar')['kind.fordjupning.aboutTranslated']));
  // What the point covers: Arabic, right to left, as many items as the Swedish, marked a machine draft.
  const subtopics = await subtopicsOf(ar.page);
  assert.deepEqual({ lang: subtopics.lang, dir: subtopics.dir, notice: subtopics.notice, count: subtopics.items.length }, { lang: 'ar', dir: 'rtl', notice: 'machine', count: swedish.items.length });
  assert.notDeepEqual(subtopics.items, swedish.items);
  await closePage(ar);
  // Tigrinya has no manus or translation of point 11: Swedish fallbacks say "in Swedish", never "missing".
  const ti = await openPage('/ti/omsorg/');
  const badges = await ti.page.$$eval('.card .status', (spans) => spans.map((s) => ({ cls: s.className, text: s.textContent, link: !!s.parentElement!.querySelector('a') })));
  assert.ok(badges.length > 0);
  for (const badge of badges) {
    assert.notEqual(badge.text, strings('ti')['translation.status.missing'], `${badge.cls} says "missing" beside a link`);
  }
  assert.ok(badges.some((b) => b.text === strings('ti')['translation.status.fallback']));
  await closePage(ti);
});

test('the interpreter pack names every step in the interpreter\'s language under the Swedish title', async () => {
  for (const lang of ['ar', 'ti']) {
    const pack = await openPage(`/${lang}/bostader/tolk/`);
    const steps = await pack.page.$$eval('.step .step-title', (titles) => titles.map((h) => ({ own: h.querySelector('.step-title-own'), text: h.textContent })).map((s) => ({ lang: s.own?.getAttribute('lang'), dir: s.own?.getAttribute('dir'), own: s.own?.textContent?.trim() ?? '' })));
    assert.ok(steps.length > 5, `${lang}: ${steps.length} steps`);
    for (const step of steps) assert.deepEqual([step.lang, step.dir, step.own.length > 0], [lang, languages[lang as 'ar'].dir, true], `${lang}: ${JSON.stringify(step)}`);
    await closePage(pack);
  }
  // The Swedish pack has no second title.
  const sv = await openPage('/sv/bostader/tolk/');
  assert.equal(await sv.page.locator('.step-title-own').count(), 0);
  await closePage(sv);
});

test('Latin names in right-to-left texts are isolated: in the reading text, its headings and glossary, and on slides', async () => {
  for (const [path, where] of [['/ar/hushallsekonomi/fordjupning/', 'main'], ['/fa/bostader/fordjupning/', 'main'], ['/ar/bostader/bildspel/', '.slides']] as const) {
    const watched = await openPage(path);
    const found = await watched.page.evaluate((selector) => {
      const root = document.querySelector(selector)!;
      // Every text node with a Latin letter inside a right-to-left block must sit in a <bdi> or an element with its own lang/dir.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const bare: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        // Text already isolated with Unicode isolates (U+2068 … U+2069, the presenter notes' step line) counts too.
        if (!/\p{Script=Latin}/u.test(node.textContent!.replace(/\u2068[^\u2069]*\u2069/g, '')) || getComputedStyle(parent).direction !== 'rtl') continue;
        // Interface labels ("PDF") are not names; the reading text, its facts, glossary and sources are checked.
        if (!parent.closest('bdi, [dir="ltr"], [lang="sv"], code, pre, .visually-hidden, [hidden], .document-tools')) bare.push(node.textContent!.trim().slice(0, 60));
      }
      return { isolated: root.querySelectorAll('bdi').length, bare };
    }, where);
    await closePage(watched);
    assert.ok(found.isolated > 3, `${path}: ${found.isolated} isolated names`);
    assert.deepEqual(found.bare, [], `${path}: Latin text not isolated`);
  }
});

test('"Material på deltagarnas språk": every language by name, with PDFs that the build prints', async () => {
  const watched = await openPage('/sv/bostader/');
  const { page } = watched;
  assert.equal(await page.textContent('#material-heading'), 'Material på deltagarnas språk');
  const rows = await page.$$eval('tr[data-material-lang]', (trs) => trs.map((tr) => ({
    lang: tr.getAttribute('data-material-lang'),
    name: tr.querySelector('th')!.textContent,
    nameLang: tr.querySelector('th')!.getAttribute('lang'),
    links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  })));
  assert.deepEqual(rows.map((r) => r.lang), langCodes);
  for (const row of rows) {
    assert.equal(row.name, languages[row.lang as keyof typeof languages].name);
    assert.equal(row.nameLang, row.lang);
    for (const href of row.links) assert.ok(printed.has(href!), `${row.lang}: ${href} is printed by the build`);
  }
  // Point 4 is translated into Arabic: a handout per session, fördjupning and the interpreter pack (page and PDF).
  const arHandouts = kit.points.find((p) => p.slug === 'bostader')!.documents.find((d) => d.kind === 'bildspel' && d.lang === 'ar')!.handouts!;
  assert.ok(arHandouts.length > 1, `${arHandouts.length} sessions`);
  assert.deepEqual(rows.find((r) => r.lang === 'ar')!.links, [...arHandouts.map((h) => h.pdf), '/pdf/ar/bostader-fordjupning.pdf', '/ar/bostader/tolk/', '/pdf/ar/bostader-tolkpaket.pdf']);
  // Each handout link says its session, in Swedish on the Swedish page.
  const labels = await page.$$eval('tr[data-material-lang="ar"] td:nth-of-type(1) a', (as) => as.map((a) => a.textContent));
  const session = strings('sv')['handout.session'];
  assert.deepEqual(labels, arHandouts.map((h) => `${session.replace('{{number}}', String(h.session))} ${languages.ar.name} (PDF)`));
  await closePage(watched);
});

test('the Swedish interpreter pack names and links the packs with a glossary column in the interpreter\'s language', async () => {
  const watched = await openPage('/sv/bostader/tolk/');
  const packs = await watched.page.$$eval('.other-packs li', (lis) => lis.map((li) => ({ lang: li.getAttribute('data-pack-lang'), links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')) })));
  assert.deepEqual(packs.map((p) => p.lang), langCodes.filter((l) => l !== 'sv'), 'point 4 is translated into every language');
  for (const pack of packs) assert.deepEqual(pack.links, [`/${pack.lang}/bostader/tolk/`, `/pdf/${pack.lang}/bostader-tolkpaket.pdf`]);
  await closePage(watched);
  // Another point lists exactly the languages whose fördjupning of it is translated (no list when there is none):
  // only those packs have the interpreter's words.
  const omsorg = (kit.points as unknown as { slug: string; documents: { kind: string; lang: string; textLang: string }[] }[]).find((p) => p.slug === 'omsorg')!;
  const translated = omsorg.documents.filter((d) => d.kind === 'fordjupning' && d.lang !== 'sv' && d.textLang === d.lang).map((d) => d.lang);
  const other = await openPage('/sv/omsorg/tolk/');
  assert.deepEqual(await other.page.$$eval('.other-packs li', (lis) => lis.map((li) => li.getAttribute('data-pack-lang'))), translated);
  assert.equal(await other.page.locator('.other-packs').count(), translated.length > 0 ? 1 : 0);
  await closePage(other);
});

test('Swedish step titles in Arabic notes are isolated', () => {
  const html = readFileSync('dist/ar/bostader/bildspel/index.html', 'utf8');
  const steps = [...html.matchAll(/<p class="notes-step"><strong>([^<]*)<\/strong>/g)].map((m) => m[1]);
  assert.ok(steps.length > 5);
  for (const step of steps) assert.match(step, /\u2068[^\u2069]+\u2069/, step);
});
