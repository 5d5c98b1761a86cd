// Picture cards: one per slide with a picture, captioned in the deck's language, with the Swedish title under a
// translation only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pictureCards } from '../../src/lib/picture-cards.ts';
import type { Bildspel } from '../../src/lib/schema.ts';

const deck = (titles: string[], pictured: boolean[]): Bildspel => ({
  title: 'x', reviewed: new Date(), sources: [],
  slides: titles.map((title, i) => ({ id: `s${i}`, title, icon: 'house', points: [], notes: 'n', ...(pictured[i] ? { picture: { src: `openmoji:p${i}`, alt: `alt ${i}` } } : {}) })),
}) as unknown as Bildspel;

test('one card per slide with a picture, in the deck\'s order, captioned with the slide title', () => {
  const cards = pictureCards(deck(['Hyra', 'Regler', 'El'], [true, false, true]), undefined, false);
  assert.deepEqual(cards.map((c) => [c.id, c.src, c.caption, c.captionSv]), [['s0', 'openmoji:p0', 'Hyra', undefined], ['s2', 'openmoji:p2', 'El', undefined]]);
});

test('a translated deck\'s cards carry the Swedish title too; a deck without pictures gives no cards', () => {
  const sv = deck(['Hyra', 'Regler'], [true, true]);
  const cards = pictureCards(deck(['الإيجار', 'القواعد'], [true, true]), sv, true);
  assert.deepEqual(cards.map((c) => [c.caption, c.captionSv]), [['الإيجار', 'Hyra'], ['القواعد', 'Regler']]);
  assert.deepEqual(pictureCards(deck(['A'], [false]), sv, true), []);
});
