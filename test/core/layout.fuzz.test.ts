// 10,000 fuzzed strings through layout (#13): none may throw, and every one must come back exactly
// (see exactTextProblem). `npm run bench -- fuzz` runs 100,000 with the same generator.
// FUZZ_SEED=<n> replays another sequence; a failure prints its seed and the shrunk counterexample.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutText, Shaper } from '@bichig/core';
import { projectFonts } from './helpers.js';
import { exactTextProblem, fuzzedOptions, fuzzedText } from './fuzz-text.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_413);

test('10,000 fuzzed strings lay out without an exception and keep every character exactly', async () => {
  const { stack } = await projectFonts();
  const shaper = new Shaper({ cacheSize: 2_000 });
  let units = 0;
  fc.assert(
    fc.property(fuzzedText, fuzzedOptions, (text, options) => {
      units += text.length;
      const layout = layoutText(text, { fonts: stack, shaper, ...options });
      const problem = exactTextProblem(layout, text);
      assert.equal(problem, undefined, problem);
      assert.ok(layout.stats.operations <= 12 * (text.length + 1), `${layout.stats.operations} steps`);
    }),
    { numRuns: 10_000, seed: SEED },
  );
  assert.ok(units > 400_000, `the fuzz covered ${units} code units`);
});
