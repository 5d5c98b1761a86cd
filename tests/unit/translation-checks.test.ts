// Nothing lost and names explained, on small texts: each check must find what is missing and accept what is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingItems, preservedItems, unexplainedNames, westernDigits } from '../../src/lib/translation-checks.ts';
import { termbaseSchema } from '../../src/lib/termbase.ts';

const sv = 'Ring 112 eller 1177. Kvinnofridslinjen: 020-50 50 50. Hyran 4 500 kronor, 25 % mer sedan 2024. Lagen SFS 2025:400 och prop. 2025/26:136 gäller från 1 juli 2026. Läs på https://www.1177.se eller skriv till info@example.se.';

test('every kind of item is found in the Swedish text', () => {
  const found = preservedItems(sv).map((i) => `${i.kind}:${i.text}`);
  for (const item of ['phone number:112', 'phone number:1177', 'phone number:020-50 50 50', 'amount:4 500', 'percentage:25', 'year:2024', 'law reference:2025:400', 'law reference:2025/26:136', 'date:1 juli 2026', 'url:https://www.1177.se', 'e-mail:info@example.se']) {
    assert.ok(found.includes(item), `${item} not in ${found.join(', ')}`);
  }
});

test('a translation in Eastern Arabic digits with other separators keeps everything', () => {
  const ar = 'اتصل بـ ١١٢ أو ١١٧٧. خط النساء: 020-505050. الإيجار ٤٬٥٠٠ كرونة، أكثر بـ ٢٥٪ منذ ٢٠٢٤. القانون SFS 2025:400 ومشروع القانون 2025/26:136 يسري من ١ يوليو ٢٠٢٦. اقرأ https://www.1177.se أو اكتب إلى info@example.se.';
  assert.equal(westernDigits('۱۲۳٤'), '1234');
  assert.deepEqual(missingItems([{ field: '(body)', text: sv }], ar), []);
});

test('a dropped or altered number is reported with its field', () => {
  const lost = missingItems([{ field: '(body)', text: sv }], sv.replace('020-50 50 50', '020-50 50 51').replace('2025/26:136', '2025/26'));
  assert.deepEqual(lost.map((m) => `${m.field}: ${m.item.text}`).sort(), ['(body): 020-50 50 50', '(body): 2025/26:136']);
});

const terms = termbaseSchema.parse({
  lang: 'ar',
  terms: [
    { sv: 'Skatteverket', rendering: 'مصلحة الضرائب', explanation: 'x', keepSwedish: true, kind: 'authority' },
    { sv: 'Mina sidor', rendering: 'صفحاتي', explanation: 'x', keepSwedish: true, kind: 'service' },
    { sv: '1177 Mina sidor', rendering: 'صفحاتي على 1177', explanation: 'x', keepSwedish: true, kind: 'service' },
    { sv: 'Polisen', rendering: 'الشرطة', explanation: 'x', keepSwedish: false, kind: 'authority' },
  ],
}).terms;

test('a kept name needs its rendering in brackets at its first mention only', () => {
  const fields = [
    { field: 'title', text: 'السكن' },
    { field: '(body)', text: 'أخبر Skatteverket (مصلحةُ الضرائب) بعنوانك. لاحقًا: Skatteverket وحده. Polisen تساعد. ادخل 1177 Mina sidor (صفحاتي على 1177).' },
  ];
  assert.deepEqual(unexplainedNames(fields, terms), []);
  const bare = unexplainedNames([{ field: 'summary', text: 'يجب أن تخبر Skatteverket أين تسكن. ثم Skatteverket (مصلحة الضرائب).' }], terms);
  assert.deepEqual(bare.map((b) => `${b.field}: ${b.term.sv}`), ['summary: Skatteverket']);
});

test('names inside URLs, tags and fact tokens are not mentions', () => {
  const text = '<Term sv="Skatteverket">x</Term> https://www.skatteverket.se {{fakta:skatteverket}} skatteverket.se';
  assert.deepEqual(unexplainedNames([{ field: '(body)', text }], terms), []);
});

test('a termbase with the same Swedish term twice is refused', () => {
  const result = termbaseSchema.safeParse({ lang: 'ar', terms: [terms[0], { ...terms[0], rendering: 'الضرائب' }] });
  assert.equal(result.success, false);
  assert.match(result.error!.issues[0].message, /already terms\[0\]/);
});

import { bilingualRows, blockHtml } from '../../src/lib/bilingual.ts';

test('bilingual rows pair blocks and escape markup that is not Markdown', () => {
  const rows = bilingualRows('## Hyra\n\nDu betalar <Term>hyra</Term>.\n\n- ett\n- två', '## الإيجار\n\nتدفع <Term sv="hyra">الإيجار</Term>.\n\n- واحد\n- اثنان');
  assert.equal(rows.length, 3);
  assert.match(rows[0].own!, /<h2[^>]*>الإيجار<\/h2>/);
  assert.match(rows[1].own!, /<span class="term">الإيجار<\/span>/);
  assert.match(rows[2].sv, /<li>två<\/li>/);
  assert.equal(blockHtml('Hej <script>alert(1)</script> [x](javascript:alert(1))').includes('<script'), false);
  assert.doesNotMatch(blockHtml('[x](javascript:alert(1))'), /javascript:/);
});

import { termPattern, termsIn } from '../../src/lib/termbase.ts';

test('a name pattern made once still finds every mention for every caller', () => {
  const terms = [{ sv: 'Skatteverket' }, { sv: 'Försäkringskassan' }] as never[];
  // A global pattern remembers where its last match ended; the shared one must start again at 0 each time.
  const first = termPattern('Skatteverket');
  assert.equal(first.test('Ring Skatteverket.'), true);
  assert.ok(first.lastIndex > 0);
  assert.equal(termPattern('Skatteverket'), first, 'made once');
  assert.equal(termPattern('Skatteverket').lastIndex, 0);
  assert.equal(termPattern('Skatteverket').test('Skatteverkets blankett'), true);
  assert.deepEqual(termsIn('Skatteverket', terms).map((t: { sv: string }) => t.sv), ['Skatteverket']);
  assert.deepEqual(termsIn('Skatteverket och Försäkringskassan', terms).map((t: { sv: string }) => t.sv), ['Skatteverket', 'Försäkringskassan']);
  assert.deepEqual(termsIn('Skatteverket', terms).map((t: { sv: string }) => t.sv), ['Skatteverket'], 'the same text twice gives the same answer');
  assert.equal([...'Skatteverket, Skatteverkets och skatteverket'.matchAll(termPattern('Skatteverket'))].length, 3);
});
