/**
 * `npm run bench -- fuzz`: 100,000 fuzzed strings through layout (the generator and exact-text
 * check of test/core/fuzz-text.ts, which `npm test` runs 10,000 times). Reports crashes (exceptions),
 * strings that lost or changed a character, and the work: operations per code unit (mean and worst),
 * and time per code unit against a baseline measured in the same run, the same number of code units
 * of UDHR article 1 in Mongolian and Chinese laid out the same way.
 *
 * Options: --count=100000 --seed=<n>. Exits non-zero on any crash or lost character.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { layoutText, Shaper } from '@bichig/core';
import { projectFonts, UDHR_MN, UDHR_ZH } from '../../test/core/helpers.js';
import { exactTextProblem, fuzzedOptions, fuzzedText } from '../../test/core/fuzz-text.js';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const COUNT = arg('count', 100_000);
const SEED = arg('seed', Date.now() % 2 ** 31);
const BATCH = 5_000;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { stack } = await projectFonts();
// No word cache on either side: fuzzed words rarely repeat, real ones always would.
const shaper = new Shaper({ cacheSize: 0 });

let units = 0;
let operations = 0;
let worstPerUnit = 0;
let fuzzMs = 0;
const crashes: Array<{ text: string; error: string }> = [];
const losses: Array<{ text: string; problem: string }> = [];
const stream = fc.tuple(fuzzedText, fuzzedOptions);
for (let done = 0; done < COUNT; done += BATCH) {
  const batch = fc.sample(stream, { numRuns: Math.min(BATCH, COUNT - done), seed: SEED + done });
  const started = performance.now();
  for (const [text, options] of batch) {
    units += text.length;
    try {
      const layout = layoutText(text, { fonts: stack, shaper, ...options });
      operations += layout.stats.operations;
      worstPerUnit = Math.max(worstPerUnit, layout.stats.operations / (text.length + 1));
      const problem = exactTextProblem(layout, text);
      if (problem) losses.push({ text, problem });
    } catch (error) {
      crashes.push({ text, error: String(error) });
    }
  }
  fuzzMs += performance.now() - started;
}

// Baseline: as many code units of real text, in paragraphs of the fuzz's mean length, each made
// unique by its number (so the paragraph cache never answers), through a shaper without a cache.
const meanLength = Math.max(1, Math.round(units / COUNT));
const real = `${UDHR_MN} ${UDHR_ZH} `;
const baselineShaper = new Shaper({ cacheSize: 0 });
let baselineMs = 0;
for (let laid = 0, n = 0; laid < units; laid += meanLength, n++) {
  const offset = (n * 97) % real.length;
  const text = `${n} ${(real + real).slice(offset, offset + meanLength)}`;
  const started = performance.now();
  layoutText(text, { fonts: stack, shaper: baselineShaper, blockSize: 400, fontSize: 16 });
  baselineMs += performance.now() - started;
}

const report = {
  seed: SEED,
  strings: COUNT,
  codeUnits: units,
  crashes: crashes.length,
  lostOrChanged: losses.length,
  operationsPerUnit: operations / units,
  worstOperationsPerUnit: worstPerUnit,
  fuzzMs,
  baselineMs,
  timeRatioToBaseline: fuzzMs / baselineMs,
  firstProblems: [...crashes.slice(0, 5), ...losses.slice(0, 5)],
};
console.log(
  `${COUNT.toLocaleString('en')} fuzzed strings (seed ${SEED}), ${units.toLocaleString('en')} code units: ` +
    `${crashes.length} crashes, ${losses.length} lost or changed a character.\n` +
    `operations per code unit: ${report.operationsPerUnit.toFixed(2)} mean, ${worstPerUnit.toFixed(2)} worst; ` +
    `time ${(fuzzMs / 1000).toFixed(1)} s = ${report.timeRatioToBaseline.toFixed(2)}× the baseline ` +
    `(as many code units of UDHR article 1, mn + zh, no cache, ${(baselineMs / 1000).toFixed(1)} s)`,
);
for (const p of report.firstProblems) console.log('  problem:', JSON.stringify(p).slice(0, 300));
mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
writeFileSync(join(repoRoot, 'bench-results', 'fuzz.json'), JSON.stringify(report, null, 2) + '\n');
process.exit(crashes.length || losses.length ? 1 : 0);
