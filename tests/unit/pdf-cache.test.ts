// The PDF cache's key: what a page pulls in, and that any change to an input changes the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfCacheKey, printPoolSize, referencedPaths, stylesheetPaths } from '../../src/lib/pdf-cache.ts';

const html = `<!doctype html><link rel="stylesheet" href="/_astro/site.abc.css"><script type="module" src="/_astro/page.def.js"></script>
<img src="../bilder/karta.svg" alt=""><img srcset="/a.png 1x, /b%20c.png 2x" src="/a.png" alt="">
<a href="https://www.skatteverket.se/">x</a><a href="#ord-hyra">y</a><a href="mailto:a@b.se">m</a><a href="//cdn.example/x.js">c</a>
<div style="background: url('/bg.svg')"></div><a href="/sv/x/?a=1&amp;b=2">q</a>`;

test("a page's local inputs are found and resolved against its path; links to follow, other origins and anchors are not", () => {
  assert.deepEqual(referencedPaths(html, '/sv/bostader/fordjupning/'), ['/_astro/page.def.js', '/_astro/site.abc.css', '/a.png', '/b%20c.png', '/bg.svg', '/sv/bostader/bilder/karta.svg']);
  assert.deepEqual(referencedPaths('<a href="/kit.json">kit.json</a><link rel="icon" href="/favicon.svg">', '/sv/'), ['/favicon.svg'], 'kit.json changes with every text: a link to it is not an input');
  assert.deepEqual(referencedPaths('<p>no references</p>', '/sv/'), []);
});

test("a stylesheet's fonts and pictures resolve against the stylesheet; data: URLs are not files", () => {
  const css = `@font-face{src:url(./noto.1a.woff2) format('woff2')}.x{background:url("../img/p.svg")}.y{background:url(data:image/png;base64,AA)}`;
  assert.deepEqual(stylesheetPaths(css, '/_astro/site.css'), ['/_astro/noto.1a.woff2', '/img/p.svg']);
});

test('the key changes with the HTML, any input file, and any setting — and only then', () => {
  const base = { html: '<p>Hej</p>', files: { '/a.css': '1', '/f.woff2': '2' }, settings: { site: '', pdf: '/pdf/sv/a.pdf', chromium: '150' } };
  const key = pdfCacheKey(base);
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(pdfCacheKey({ ...base, files: { '/f.woff2': '2', '/a.css': '1' }, settings: { chromium: '150', pdf: '/pdf/sv/a.pdf', site: '' } }), key, 'order does not matter');
  const changed = [
    { ...base, html: '<p>Hej!</p>' },
    { ...base, files: { ...base.files, '/f.woff2': '3' } },
    { ...base, files: { ...base.files, '/b.svg': 'missing' } },
    { ...base, settings: { ...base.settings, site: 'https://kurs.example.se' } },
    { ...base, settings: { ...base.settings, chromium: '151' } },
  ].map(pdfCacheKey);
  assert.equal(new Set([key, ...changed]).size, changed.length + 1);
});

test('one page per processor, between one and four, unless asked', () => {
  assert.equal(printPoolSize(2), 2);
  assert.equal(printPoolSize(1), 1);
  assert.equal(printPoolSize(0), 1);
  assert.equal(printPoolSize(32), 4);
  assert.equal(printPoolSize(2, '3'), 3);
  assert.equal(printPoolSize(2, 'many'), 2);
  assert.equal(printPoolSize(2, '-1'), 2);
});
