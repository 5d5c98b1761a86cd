// The service worker's pure parts: cache keys without query strings, least-recently-used trimming, asset discovery.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Script } from 'node:vm';
import { assetRefs, cacheKey, offlineManifestUrl, trimPlan } from '../../src/lib/offline-cache.ts';
import { runtimeLimits, serviceWorkerSource } from '../../scripts/service-worker.ts';

test('query strings do not make new cache entries: 25 planner addresses are one key', () => {
  const keys = new Set(Array.from({ length: 25 }, (_, i) => cacheKey(`https://kit.example/sv/planerare/?start=2027-01-${i + 1}&day=2#x`)));
  assert.deepEqual([...keys], ['https://kit.example/sv/planerare/']);
  assert.notEqual(cacheKey('https://kit.example/sv/'), cacheKey('https://kit.example/ar/'));
});

test('the runtime cache is trimmed oldest first until both the entry and the byte bounds hold', () => {
  const entries = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, bytes: 100 }));
  assert.deepEqual(trimPlan(entries, { entries: 8, bytes: 10_000 }), ['k0', 'k1']);
  assert.deepEqual(trimPlan(entries, { entries: 100, bytes: 450 }), ['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
  assert.deepEqual(trimPlan(entries, { entries: 100, bytes: 10_000 }), []);
  assert.deepEqual(trimPlan([{ key: 'big', bytes: 5000 }, { key: 'small', bytes: 1 }], { entries: 10, bytes: 1000 }), ['big']);
});

test('a page\'s own files are found in HTML, CSS and script imports; links to other pages are not', () => {
  const html = '<link rel="stylesheet" href="/_astro/global.abc.css"><script type="module" src="/_astro/page.def.js"></script><img src="/logo.svg" alt=""><a href="/sv/kurs/">Kurs</a><link rel="icon" href="/favicon.svg">';
  assert.deepEqual(assetRefs(html, 'html', '/sv/bostader/'), ['/_astro/global.abc.css', '/_astro/page.def.js', '/favicon.svg', '/logo.svg']);
  assert.deepEqual(assetRefs('@font-face{src:url(/_astro/noto.x1.woff2)}', 'css', '/_astro/global.abc.css'), ['/_astro/noto.x1.woff2']);
  assert.deepEqual(assetRefs('import{a}from"./chunk.Q1.js";import("./reveal.Z9.js")', 'js', '/_astro/page.def.js'), ['/_astro/chunk.Q1.js', '/_astro/reveal.Z9.js']);
  assert.equal(offlineManifestUrl('ar', 'bostader'), '/offline/ar/bostader.json');
});

test('the generated worker is valid JavaScript with its bounds, and carries no precache list', () => {
  const source = serviceWorkerSource('abc123def456', '0.4.0 (2026-11-23, abc123d)');
  assert.doesNotThrow(() => new Script(source));
  assert.match(source, new RegExp(`const LIMITS = ${JSON.stringify(runtimeLimits).replace(/[{}]/g, '\\$&')}`));
  assert.doesNotMatch(source, /SHELL|addAll/, 'no background download at install');
  assert.match(source, /function cacheKey/);
  assert.match(source, /function trimPlan/);
});
