import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { drawingProblems, pictureCoverage, pictureCredit, pictureUrl } from '../../src/lib/pictures.ts';
import { drawMap, maps } from '../../src/lib/map.ts';
import { usedPictures } from '../../src/lib/credits.ts';
import { buildCourseModel } from '../../src/lib/course-model.ts';
import type { Drawing, Point, Slide } from '../../src/lib/schema.ts';

const drawings = new Map<string, Drawing>([['tvatt', { id: 'tvatt', title: 'Tvättsymboler', author: 'Kursverktyget', licence: 'CC-BY-SA-4.0' }]]);

test('pictures: each set has its licence; a drawing without a credit entry has none', () => {
  assert.equal(pictureCredit('openmoji:house', drawings)?.licence, 'CC-BY-SA-4.0');
  assert.equal(pictureCredit('karta:europa', drawings)?.licence, 'Public domain');
  assert.equal(pictureCredit('kit:tvatt', drawings)?.source, 'Tvättsymboler');
  assert.equal(pictureCredit('kit:okand', drawings), undefined);
  assert.equal(pictureUrl('kit:tvatt'), '/bilder/kit/tvatt.svg');
});

test('pictures: a drawing of our own must be plain, self-contained SVG', () => {
  assert.deepEqual(drawingProblems('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><use href="#a"/><rect id="a" width="5" height="5"/></svg>'), []);
  const hostile = [
    '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>',
    '<svg viewBox="0 0 1 1" onload="alert(1)"></svg>',
    '<svg viewBox="0 0 1 1"><image href="https://evil.example/x.png"/></svg>',
    '<svg viewBox="0 0 1 1"><a href="javascript:alert(1)"><rect/></a></svg>',
    '<svg viewBox="0 0 1 1"><rect style="fill:url(https://evil.example/x)"/></svg>',
    '<svg viewBox="0 0 1 1"><foreignObject><div/></foreignObject></svg>',
    '<!DOCTYPE svg [<!ENTITY x "y">]><svg viewBox="0 0 1 1"/>',
    '<svg><rect/></svg>',
  ];
  for (const svg of hostile) assert.ok(drawingProblems(svg).length > 0, svg);
  assert.match(drawingProblems(`<svg viewBox="0 0 1 1">${'x'.repeat(20_000)}</svg>`).join(), /larger than/);
});

test('pictures: coverage counts slides with a picture', () => {
  const slide = (id: string, picture?: boolean): Slide => ({ id, title: id, icon: 'map', points: [], notes: 'n', ...(picture ? { picture: { src: 'openmoji:house', alt: 'Ett hus' } } : {}) });
  assert.deepEqual(pictureCoverage([slide('a', true), slide('b'), slide('c', true)]), { slides: 3, withPicture: 2, share: 2 / 3 });
  assert.equal(pictureCoverage([]).share, 0);
});

test('map: Sweden is drawn in the kit colour, inside the viewBox, with nothing from another origin', () => {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const svg = drawMap(maps.sverige, topology);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 600 660">/);
  assert.equal((svg.match(/fill="#0b5a8a"/g) ?? []).length, 1, 'one Sweden');
  assert.match(svg, /<circle /, 'Stockholm is marked');
  assert.ok((svg.match(/<path /g) ?? []).length > 5, 'neighbours are drawn too');
  assert.deepEqual(drawingProblems(svg, 200_000), []);
});

test('credits: every used picture once, with where it is used; translations borrow the Swedish picture', () => {
  const point = { number: 1, slug: 'p', title: { sv: 'P' }, hours: 1, budgetSource: 'kit', subtopics: ['x'], soThemes: ['att-bo-i-sverige'] } as unknown as Point;
  const deck = (slides: Slide[]) => ({ title: 't', reviewed: new Date(), sources: [], slides });
  const sv = deck([{ id: 'a', title: 'A', icon: 'map', points: [], notes: 'n', picture: { src: 'openmoji:house', alt: 'Ett hus' } }, { id: 'b', title: 'B', icon: 'map', points: [], notes: 'n', picture: { src: 'kit:tvatt', alt: 'Symboler' } }]);
  const en = deck([{ id: 'a', title: 'A', icon: 'map', points: [], notes: 'n' }, { id: 'b', title: 'B', icon: 'map', points: [], notes: 'n', picture: { src: 'kit:tvatt', alt: 'Symbols' } }]);
  const course = buildCourseModel([point], [
    { file: 'src/content/kurs/sv/p/bildspel.mdx', data: sv as never, body: '' },
    { file: 'src/content/kurs/en/p/bildspel.mdx', data: { ...en, translation: { status: 'machine', sourceHash: '000000000000', date: new Date() } } as never, body: '' },
  ], 'sv');
  const english = course.resolve('en', 'p', 'bildspel')!.file.data as { slides: Slide[] };
  assert.deepEqual(english.slides[0].picture, { src: 'openmoji:house', alt: 'Ett hus', altLang: 'sv' });
  assert.equal(english.slides[1].picture?.alt, 'Symbols');
  const used = usedPictures(course, drawings);
  assert.deepEqual(used.map((u) => [u.src, u.uses.length, u.credit?.licence]), [['kit:tvatt', 1, 'CC-BY-SA-4.0'], ['openmoji:house', 1, 'CC-BY-SA-4.0']]);
});
