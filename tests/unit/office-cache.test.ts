// The Office cache's key: any change to a file's input, its pictures or the press makes the file again; the order
// of keys in the data does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { officeCacheKey } from '../../src/lib/office-cache.ts';

const base = {
  kind: 'bildspel' as const,
  input: { title: 'Bostäder', lang: 'sv', slides: [{ id: 'a', title: 'Hyra', points: ['Hyran betalas varje månad'] }], fonts: { face: 'Noto Sans' } },
  pictures: { 'openmoji:house': '1f3e0', 'karta:sverige': 'abc' },
  press: 'v1',
};

test('equal data in any key order gives the same key', () => {
  const key = officeCacheKey(base);
  assert.match(key, /^[0-9a-f]{64}$/);
  const reordered = { press: 'v1', pictures: { 'karta:sverige': 'abc', 'openmoji:house': '1f3e0' }, input: { fonts: { face: 'Noto Sans' }, slides: base.input.slides, lang: 'sv', title: 'Bostäder' }, kind: 'bildspel' as const };
  assert.equal(officeCacheKey(reordered), key);
});

test('the key changes with the text, the order of slides, a picture, the kind and the press', () => {
  const key = officeCacheKey(base);
  const changed = [
    { ...base, input: { ...base.input, slides: [{ ...base.input.slides[0], points: ['Hyran betalas varje månad.'] }] } },
    { ...base, input: { ...base.input, slides: [...base.input.slides, { id: 'b', title: 'Kontrakt', points: [] }] } },
    { ...base, input: { ...base.input, slides: [{ id: 'b', title: 'Kontrakt', points: [] }, ...base.input.slides] } },
    { ...base, pictures: { ...base.pictures, 'karta:sverige': 'abd' } },
    { ...base, kind: 'fordjupning' as const },
    { ...base, press: 'v2' },
  ];
  const keys = new Set(changed.map((parts) => officeCacheKey(parts)));
  assert.equal(keys.size, changed.length, 'every change gives its own key');
  assert.ok(!keys.has(key));
});
