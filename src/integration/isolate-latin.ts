// A Sätteri hast plugin for the course's Markdown: in a right-to-left text (src/content/kurs/<lang>/… where the
// language is written right to left) every Latin run — a Swedish name, "15-punktsprogrammet", an address — is put
// in a <bdi>, so it keeps its own order inside Arabic, Persian or Dari sentences and headings (src/lib/bidi.ts).
import type { HastPluginEntry } from 'satteri';
import { langCodes, languages } from '../i18n/languages.ts';
import { latinRuns } from '../lib/bidi.ts';

const rtlLangs = langCodes.filter((code) => languages[code].dir === 'rtl');
const rtlFile = new RegExp(`/src/content/kurs/(${rtlLangs.join('|')})/`);
// Code stays as typed; a <bdi> needs no second one.
const skip = new Set(['bdi', 'code', 'pre', 'script', 'style']);

export const isolateLatin: HastPluginEntry = (ctx) => (!ctx.fileURL || !rtlFile.test(decodeURIComponent(ctx.fileURL.pathname).replace(/\\/g, '/')) ? null : {
  name: 'kit-isolate-latin',
  text(node, visit) {
    const parent = visit.parent(node) as { tagName?: string } | undefined;
    if (parent?.tagName && skip.has(parent.tagName)) return;
    const runs = latinRuns(node.value);
    if (!runs.some((run) => run.latin)) return;
    visit.replaceNode(node, runs.map((run) => (run.latin
      ? { type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: run.text }] }
      : { type: 'text', value: run.text })) as never);
  },
});
