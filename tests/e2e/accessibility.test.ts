// axe-core, WCAG 2.1 A and AA: no violations on any page kind in any language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { langCodes } from '../../src/i18n/languages.ts';
import { closePage, openPage, pageKinds, useBrowser } from './helpers.ts';

useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }

const pages = [...langCodes.flatMap((lang) => Object.entries(pageKinds).map(([kind, path]) => [`${kind} (${lang})`, path(lang)] as const)), ['language choice', '/'] as const, ['404', '/404.html'] as const];

for (const [name, path] of pages) {
  test(`axe: ${name} has no WCAG 2.1 AA violations`, async () => {
    const watched = await openPage(path);
    await watched.page.addScriptTag({ path: axePath });
    const result = (await watched.page.evaluate(() =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    )) as AxeResult;
    const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    assert.deepEqual(summary, []);
    await closePage(watched);
  });
}
