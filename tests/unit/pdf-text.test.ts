// The repairs the PDF text checks make to poppler's right-to-left output: a mark poppler writes before its letter
// and a break it adds after it are undone, but the space after a Persian/Dari ezafe (hamza on a final heh) stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractedWords, sourceWords } from '../e2e/pdf-text.ts';

test('"غالًب ا" as poppler writes it is the word "غالبًا"', () => {
  assert.deepEqual(extractedWords('غالًب ا'), sourceWords('غالبًا'));
});

test('the ezafe "ادارهٔ مالیات", written "ادارٔه مالیات" by poppler, stays two words', () => {
  assert.deepEqual(extractedWords('ادارٔه مالیات'), ['اداره', 'مالیات']);
  assert.deepEqual(sourceWords('ادارهٔ مالیات'), ['اداره', 'مالیات']);
});
