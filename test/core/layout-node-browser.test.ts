import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutText } from '@bichig/core';
import { projectFonts, UDHR_MN, UDHR_ZH } from './helpers.js';
import { snapshotOf, GOLDEN_OPTIONS } from './layout-golden.js';

// test/core/fixtures/layout-golden.json holds Node's layout; layout.browser.test.ts checks that
// Chromium produces the same. Regenerate with UPDATE_GOLDEN=1 after an intended layout change.
const golden = new URL('./fixtures/layout-golden.json', import.meta.url);

test('Node lays out the golden input exactly as recorded (the browser test compares against the same record)', async () => {
  const { stack } = await projectFonts();
  const paragraphs = [UDHR_MN, UDHR_ZH, 'abc 12 ᠮᠣᠩᠭᠣᠯ 2024 😀'];
  const snapshot = snapshotOf(layoutText(paragraphs, { fonts: stack, ...GOLDEN_OPTIONS }));
  if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, JSON.stringify({ paragraphs, snapshot }) + '\n');
  const recorded = JSON.parse(readFileSync(golden, 'utf8'));
  assert.deepEqual(recorded.paragraphs, paragraphs);
  assert.deepEqual(snapshot, recorded.snapshot);
});
