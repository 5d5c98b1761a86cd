import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { handoutSessions } from '../../src/lib/handout-sessions.ts';

const deck = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (parts: ReturnType<typeof handoutSessions<{ id: string }>>) => parts.map((p) => [p.session, p.slides.map((s) => s.id).join(' ')]);

test('handoutSessions: a slide goes with the first step that shows it', () => {
  const steps = [{ session: 1, slides: ['a', 'b'] }, { session: 2, slides: ['c', 'b'] }, { session: 2, slides: ['d'] }];
  assert.deepEqual(ids(handoutSessions(deck('a', 'b', 'c', 'd'), steps)), [[1, 'a b'], [2, 'c d']]);
});

test('handoutSessions: a slide no step shows goes with the slide before it; before the first shown slide, session 1', () => {
  const steps = [{ session: 2, slides: ['c'] }, { session: 3, slides: ['e'] }];
  assert.deepEqual(ids(handoutSessions(deck('a', 'b', 'c', 'd', 'e', 'f'), steps)), [[1, 'a b'], [2, 'c d'], [3, 'e f']]);
  // No steps at all (no manus): one part, the whole deck.
  assert.deepEqual(ids(handoutSessions(deck('a', 'b'), [])), [[1, 'a b']]);
  assert.deepEqual(handoutSessions([], [{ session: 1, slides: ['x'] }]), []);
});

test('handoutSessions: a session without slides has no part; slide ids the deck lacks change nothing', () => {
  const steps = [{ session: 1, slides: ['a', 'gone'] }, { session: 2, slides: [] }, { session: 3, slides: ['b'] }];
  assert.deepEqual(ids(handoutSessions(deck('a', 'b'), steps)), [[1, 'a'], [3, 'b']]);
});

test('handoutSessions: every slide of every Swedish deck is in exactly one part, in deck order, with its first step\'s session', () => {
  const frontMatter = (file: string) => yaml.load(readFileSync(file, 'utf8').split(/^---$/m)[1]) as Record<string, never>;
  const points = readdirSync('src/content/kurs/sv');
  assert.ok(points.length >= 15, `${points.length} points`);
  let split = 0;
  for (const point of points) {
    const slides = (frontMatter(`src/content/kurs/sv/${point}/bildspel.mdx`).slides as { id: string }[]);
    const steps = (frontMatter(`src/content/kurs/sv/${point}/handledarmanus.mdx`).steps as { session: number; slides: string[] }[]);
    const parts = handoutSessions(slides, steps);
    assert.deepEqual(parts.flatMap((p) => p.slides.map((s) => s.id)), slides.map((s) => s.id), `${point}: every slide once, in deck order`);
    const sessions = parts.map((p) => p.session);
    assert.deepEqual(sessions, [...new Set(sessions)].sort((a, b) => a - b), `${point}: one part per session, in order`);
    assert.ok(sessions.every((n) => steps.some((s) => s.session === n)), `${point}: sessions of the manus`);
    for (const part of parts) {
      for (const slide of part.slides) {
        const first = steps.find((s) => s.slides.includes(slide.id));
        if (first) assert.equal(part.session, first.session, `${point}/${slide.id}`);
      }
    }
    if (parts.length > 1) split += 1;
  }
  assert.ok(split > 0, 'some point has more than one session');
});
