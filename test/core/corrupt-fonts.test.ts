// 400 corrupt variants of the project font (one bit flipped, mostly in GPOS/GSUB: see
// corrupt-fonts/variants.ts) must each end as a loaded font that lays text out, or as a
// FontLoadError — never another exception, a hang or all the memory. They run in a child process
// with a small heap, so a variant that took the memory fails this test instead of killing the runner.
// The worker collects garbage after each variant, so HarfBuzz's WebAssembly heap (which never
// shrinks) ends at the most that one font took: a font that allocated without bound, or a font
// that stayed in the heap after it was dropped, shows there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./corrupt-fonts/worker.ts', import.meta.url));
const VARIANTS = 400;
const HEAP_MIB = 256;
const RSS_LIMIT_MIB = 600;
/** The font is 0.33 MiB; HarfBuzz's heap starts at 0.9 MiB and peaked at 1.75 MiB (148 MiB while each font leaked). */
const HARFBUZZ_HEAP_LIMIT_MIB = 8;

interface Outcome {
  index: number;
  table: string;
  outcome: string;
  message?: string;
  rssMiB: number;
  heapMiB: number;
}

function assertHarfBuzzHeapBounded(outcomes: Outcome[]): void {
  const worst = outcomes.reduce((a, b) => (b.heapMiB > a.heapMiB ? b : a));
  assert.ok(
    worst.heapMiB < HARFBUZZ_HEAP_LIMIT_MIB,
    `HarfBuzz's heap reached ${worst.heapMiB} MiB by variant ${worst.index} (${worst.table})`,
  );
}

function run(mode: 'damaged' | 'crafted'): Outcome[] {
  const child = spawnSync(
    process.execPath,
    [
      '--conditions=@bichig/source',
      '--import',
      'tsx',
      `--max-old-space-size=${HEAP_MIB}`,
      '--expose-gc',
      WORKER,
      '0',
      String(VARIANTS),
      '400',
      mode,
    ],
    { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 2 ** 20 },
  );
  const lines = child.stdout.trim().split('\n').filter(Boolean);
  const outcomes = lines.map((line) => JSON.parse(line) as Outcome);
  assert.equal(
    child.status,
    0,
    `the ${mode} run died (signal ${child.signal}) after variant ${outcomes.at(-1)?.index ?? 'none'}: ${child.stderr.slice(-2000)}`,
  );
  assert.equal(outcomes.length, VARIANTS);
  const refused = outcomes.filter((o) => o.outcome === 'FontLoadError').length;
  const laidOut = outcomes.filter((o) => o.outcome === 'ok').length;
  console.log(
    `${mode}: ${outcomes.length} fonts, ${refused} refused (FontLoadError), ${laidOut} laid out; peak RSS ` +
      `${Math.max(...outcomes.map((o) => o.rssMiB))} MiB, peak HarfBuzz heap ${Math.max(...outcomes.map((o) => o.heapMiB))} MiB`,
  );
  return outcomes;
}

test('400 fonts with a damaged table: each a FontLoadError naming the table (the checksum shows it)', () => {
  const outcomes = run('damaged');
  const unexpected = outcomes.filter((o) => o.outcome !== 'ok' && o.outcome !== 'FontLoadError');
  assert.deepEqual(unexpected, [], 'only a loaded font or a FontLoadError');
  const refused = outcomes.filter((o) => o.outcome === 'FontLoadError');
  // A flip in head's checkSumAdjustment is the one place a checksum cannot see; such a font is intact.
  const undetected = outcomes.filter((o) => o.outcome === 'ok');
  for (const o of undetected) assert.equal(o.table, 'head', `variant ${o.index} (${o.table}) was not refused`);
  for (const o of refused) assert.match(o.message!, new RegExp(`table '${o.table.replace('/', '\\/')}' is damaged`));
  assert.ok(Math.max(...outcomes.map((o) => o.rssMiB)) < RSS_LIMIT_MIB, 'memory stays bounded');
  assertHarfBuzzHeapBounded(outcomes);
});

test('400 crafted fonts (damaged tables with valid checksums): laid out and drawn, or a FontLoadError; bounded memory', () => {
  const outcomes = run('crafted');
  const unexpected = outcomes.filter((o) => o.outcome !== 'ok' && o.outcome !== 'FontLoadError');
  assert.deepEqual(unexpected, [], 'only a loaded font or a FontLoadError');
  const rss = Math.max(...outcomes.map((o) => o.rssMiB));
  assert.ok(rss < RSS_LIMIT_MIB, `resident memory peaked at ${rss} MiB`);
  assertHarfBuzzHeapBounded(outcomes);
  // Most of the set reaches HarfBuzz: the test exercises shaping with damaged GPOS/GSUB, not only the checks.
  assert.ok(outcomes.filter((o) => o.outcome === 'ok' && /GPOS|GSUB/.test(o.table)).length > 250);
});
