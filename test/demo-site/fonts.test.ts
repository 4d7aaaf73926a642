// The font of Mongolian pages with fields: a subset of the page's text plus WRITING_MONGOLIAN, which
// must hold everything the keyboard can type (its layouts, its word list and suffixes, its FVS forms).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as keyboard from '@bichig/keyboard';
import { WRITING_MONGOLIAN, belongsInMongolianSubset, withWritingMongolian } from '../../demo-site/src/build/fonts.js';

/** Every Mongolian-font code point in any string reachable from `value`. */
function mongolianCodePoints(value: unknown, found = new Set<number>(), seen = new Set<unknown>()): Set<number> {
  if (typeof value === 'string') {
    for (const ch of value) if (belongsInMongolianSubset(ch.codePointAt(0)!)) found.add(ch.codePointAt(0)!);
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    const values = value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value);
    for (const inner of values) mongolianCodePoints(inner, found, seen);
  }
  return found;
}

test('every Mongolian character the keyboard types is in the writing subset', () => {
  const typed = mongolianCodePoints([
    keyboard.LAYOUTS,
    keyboard.defaultWordList(),
    keyboard.FVS_VARIANT_TABLE,
    keyboard.INVISIBLE_CHARACTERS,
  ]);
  assert.ok(typed.size > 40, `the keyboard's data was read (${typed.size} code points)`);
  const missing = [...typed].filter((cp) => !WRITING_MONGOLIAN.has(cp)).map((cp) => cp.toString(16));
  assert.deepEqual(missing, []);
});

test('the writing subset keeps the page its own characters too', () => {
  const page = new Set([0x1843, 0x1820]);
  const subset = withWritingMongolian(page);
  assert.ok(subset.has(0x1843) && subset.has(0x1820) && subset.has(0x202f));
  assert.equal(subset.has(0x1880), false, 'Ali Gali letters only when the page shows them');
});
