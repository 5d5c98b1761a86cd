// The QR code on printed documents: where it leads, the address printed beside it, and an SVG with a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CourseModel } from '../../src/lib/course-model.ts';
import { printQr, qrSvg, qrTargetPath, shortAddress, siteUrl } from '../../src/lib/print-qr.ts';

// A course where Arabic has its own fördjupning of "bostader" and Tigrinya only the Swedish one (a fallback).
const course = {
  resolve: (lang: string, point: string, kind: string) => (kind === 'fordjupning' && point === 'bostader'
    ? { textLang: lang === 'ti' ? 'sv' : lang }
    : undefined),
} as unknown as Pick<CourseModel, 'resolve'>;

test('a printed document leads to its own page; a translated fördjupning to the bilingual page where there is one', () => {
  assert.equal(qrTargetPath(course, { kind: 'fordjupning', lang: 'sv', point: 'bostader' }, 'sv'), '/sv/bostader/fordjupning/');
  assert.equal(qrTargetPath(course, { kind: 'fordjupning', lang: 'ar', point: 'bostader' }, 'sv'), '/ar/bostader/fordjupning/tvasprakig/');
  // Tigrinya shows the Swedish text here: there is no bilingual page, so the reading page itself.
  assert.equal(qrTargetPath(course, { kind: 'fordjupning', lang: 'ti', point: 'bostader' }, 'sv'), '/ti/bostader/fordjupning/');
  assert.equal(qrTargetPath(course, { kind: 'tvasprakig', lang: 'ar', point: 'bostader' }, 'sv'), '/ar/bostader/fordjupning/tvasprakig/');
  assert.equal(qrTargetPath(course, { kind: 'bildspel', lang: 'ti', point: 'bostader', session: 2 }, 'sv'), '/ti/bostader/bildspel/utskrift/pass-2/');
  assert.equal(qrTargetPath(course, { kind: 'bildspel', lang: 'ti', point: 'bostader' }, 'sv'), '/ti/bostader/bildspel/utskrift/');
  assert.equal(qrTargetPath(course, { kind: 'tolkpaket', lang: 'fa', point: 'bostader' }, 'sv'), '/fa/bostader/tolk/');
  assert.equal(qrTargetPath(course, { kind: 'utvardering', lang: 'uk', point: 'bostader' }, 'sv'), '/uk/bostader/utvardering/');
});

test('the address is the site\'s origin and the path; only http(s) sites, and never another origin', () => {
  assert.equal(siteUrl('https://kurs.example.se', '/ar/bostader/').href, 'https://kurs.example.se/ar/bostader/');
  // A site given with a path or a port: the kit lives at the root of that host (as kit.json's addresses do).
  assert.equal(siteUrl(new URL('http://localhost:8080/kit/'), '/sv/').href, 'http://localhost:8080/sv/');
  assert.throws(() => siteUrl('javascript:alert(1)', '/sv/'), /KIT_SITE: must be an http\(s\) address/);
  assert.throws(() => siteUrl('file:///etc/', '/sv/'), /KIT_SITE/);
  assert.throws(() => siteUrl('https://user:secret@kurs.example.se', '/sv/'), /user name or password/);
  assert.throws(() => siteUrl('https://kurs.example.se', '//evil.example/sv/'), /not a path on the site/);
  assert.throws(() => siteUrl('https://kurs.example.se', 'https://evil.example/sv/'), /not a path on the site/);
  assert.throws(() => siteUrl('not a url', '/sv/'));
});

test('the short address drops the scheme and keeps host, port and path as typed', () => {
  assert.equal(shortAddress(new URL('https://kit.example.se/ar/bostader/fordjupning/')), 'kit.example.se/ar/bostader/fordjupning/');
  assert.equal(shortAddress(new URL('http://localhost:8080/sv/bostader/utvardering/')), 'localhost:8080/sv/bostader/utvardering/');
  assert.equal(shortAddress(new URL('https://kit.example.se/sv/%C3%A5ret/')), 'kit.example.se/sv/året/');
});

test('the SVG is qrcode\'s, with the accessible name on the element and as its title, escaped', async () => {
  const svg = await qrSvg(new URL('https://kurs.example.se/sv/'), 'QR-kod: "a" <b> & c');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"[^>]* role="img" aria-label="QR-kod: &quot;a&quot; &lt;b&gt; &amp; c" focusable="false"><title>QR-kod: &quot;a&quot; &lt;b&gt; &amp; c<\/title><path/);
  assert.doesNotMatch(svg, /<b>|<script|href/);
  // A longer address needs a larger code: the SVG follows the URL, it is not a fixed picture.
  const longer = await qrSvg(new URL('https://kurs.example.se/prs/arbetsmarknadsintroduktion/fordjupning/tvasprakig/'), 'x');
  const size = (s: string) => Number(/viewBox="0 0 (\d+)/.exec(s)![1]);
  assert.ok(size(longer) > size(svg), `${size(longer)} > ${size(svg)}`);
});

test('without a site address there is no code; with one, the URL, the address, its break points and the SVG', async () => {
  assert.equal(await printQr(undefined, '/sv/', (a) => a), undefined);
  assert.equal(await printQr('', '/sv/', (a) => a), undefined);
  const qr = await printQr('https://kurs.example.se', '/ar/bostader/fordjupning/tvasprakig/', (address) => `QR: ${address}`);
  assert.equal(qr?.url, 'https://kurs.example.se/ar/bostader/fordjupning/tvasprakig/');
  assert.equal(qr?.address, 'kurs.example.se/ar/bostader/fordjupning/tvasprakig/');
  assert.deepEqual(qr?.addressParts, ['kurs.example.se/', 'ar/', 'bostader/', 'fordjupning/', 'tvasprakig/']);
  assert.match(qr!.svg, /aria-label="QR: kurs\.example\.se\/ar\/bostader\/fordjupning\/tvasprakig\/"/);
  await assert.rejects(printQr('ftp://kurs.example.se', '/sv/', (a) => a), /KIT_SITE/);
});
