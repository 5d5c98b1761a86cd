// Font subsetting's pure parts: unicode-range and @font-face parsing, which characters a file keeps, escapes, and
// the dates and numbers Intl writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { charactersFor, codePointsOf, drawsGlyph, inRanges, intlSamples, parseFontFaces, parseUnicodeRange } from '../../src/lib/font-subsets.ts';
import { siteCodePoints } from '../../scripts/fonts.ts';

test('unicode-range: single points, ranges and wildcards', () => {
  assert.deepEqual(parseUnicodeRange('U+0000-00FF, U+0131,U+04??'), [[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]]);
  assert.deepEqual(parseUnicodeRange('u+1e7e0-1e7e6'), [[0x1e7e0, 0x1e7e6]]);
  assert.throws(() => parseUnicodeRange('U+00FF-'), /U\+00FF-/);
});

test('the kit\'s fonts.css: every face, its weight, url and ranges', () => {
  const faces = parseFontFaces(readFileSync('src/styles/fonts.css', 'utf8'));
  assert.deepEqual([...new Set(faces.map((f) => f.family))], ['Noto Sans', 'Vazirmatn', 'Noto Sans Ethiopic']);
  assert.equal(faces.length, 10);
  const arabic = faces.find((f) => f.family === 'Vazirmatn' && f.weight === '700')!;
  assert.match(arabic.url, /\/vazirmatn-arabic-700-normal\.woff2$/);
  assert.ok(inRanges(0x0627, arabic.ranges), 'alef');
  assert.ok(inRanges(0x200c, arabic.ranges), 'zero-width non-joiner, for Persian');
  assert.ok(!inRanges(0x41, arabic.ranges));
  // A comment mentioning @font-face is not a rule.
  assert.equal(parseFontFaces('/* @font-face { src: url(x.woff2) } */ @font-face { font-family: "A"; src: url(a.woff2) }').length, 1);
  assert.deepEqual(parseFontFaces('@font-face { font-family: A; src: url(a.woff2) }')[0].ranges, [[0, 0x10ffff]]);
  // As Vite writes it: minified, and a small file inlined as a data: URL.
  assert.deepEqual(parseFontFaces('@font-face{font-family:Noto Sans;font-weight:700;src:url(data:font/woff2;base64,d09GMg==)format("woff2");unicode-range:U+100-2BA}'), [
    { family: 'Noto Sans', weight: '700', url: 'data:font/woff2;base64,d09GMg==', ranges: [[0x100, 0x2ba]] },
  ]);
});

test('a file keeps only the characters of the text in its range, each once, in order', () => {
  const text = codePointsOf('Hej på dig! مرحبا ሰላም Привіт مرحبا');
  const latin = parseUnicodeRange('U+0000-00FF');
  const arabic = parseUnicodeRange('U+0600-06FF');
  const cyrillic = parseUnicodeRange('U+0400-045F');
  assert.equal(charactersFor(latin, text), ' !Hdegijpå');
  assert.equal(charactersFor(arabic, text), 'ابحرم');
  assert.equal(charactersFor(cyrillic, text), 'Пвирті');
  assert.equal(charactersFor(parseUnicodeRange('U+1200-1399'), text), 'ላምሰ');
  assert.equal(charactersFor(arabic, codePointsOf('Hej')), '');
});

test('escaped characters count as the characters they stand for', () => {
  const points = codePointsOf('&#1575; &#x644; \\u0645 \\u{1F600} &amp;');
  for (const cp of [0x627, 0x644, 0x645, 0x1f600]) assert.ok(points.has(cp), cp.toString(16));
});

test('controls and invisible format characters draw no glyph; letters, digits and punctuation do', () => {
  for (const char of ['\n', '\u200c', '\u2066', '\u2069', '\u200e', '\u00ad']) assert.equal(drawsGlyph(char.codePointAt(0)!), false, escape(char));
  for (const char of ['a', 'ä', 'ا', '۵', '،', 'ሰ', '።', 'ї', '–', '\u00a0']) assert.equal(drawsGlyph(char.codePointAt(0)!), true, char);
});

test('Intl\'s dates and numbers: month names and digits of each language', () => {
  const fa = intlSamples('fa');
  assert.match(fa, /[۰-۹]/, 'Persian digits');
  assert.match(fa, /فروردین/, 'Farvardin: Persian dates are in the Solar Hijri calendar');
  assert.match(fa, /ژانویه/, 'January in Persian');
  assert.match(intlSamples('sv'), /januari.*december/s);
  const ti = intlSamples('ti');
  assert.match(ti, /[\u1200-\u137F]/, 'Tigrinya month names in Ge\'ez');
  assert.match(intlSamples('uk'), /грудня/, 'December, genitive');
});

test('the fonts stage reads the profile the build is for: another municipality\'s letters are kept', () => {
  const profile = join(mkdtempSync(join(tmpdir(), 'kit-fonts-')), 'lodz.yaml');
  writeFileSync(profile, 'id: lodz\nname: Łódź Ŵŷ kommun\n');
  const own = siteCodePoints().codePoints;
  const other = siteCodePoints(profile).codePoints;
  for (const char of 'ŁŴŷ') {
    assert.ok(!own.has(char.codePointAt(0)!), `${char} is not in the kit's own text`);
    assert.ok(other.has(char.codePointAt(0)!), `${char} from the profile`);
  }
  // The course in every language, and what Intl writes.
  for (const char of 'åاژሰї۵') assert.ok(own.has(char.codePointAt(0)!), char);
});
