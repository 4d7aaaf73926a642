/**
 * Benchmark of <bichig-keyboard> + <bichig-textarea> in Chromium: the time from a key press to
 * an updated, shaped field holding 2,000 characters of real Mongolian (UDHR article 1, repeated),
 * caret in the middle. p50 and p95 per press (the median over interleaved rounds), in ms, against the one-frame budget (16.7 ms), and
 * as ratios to a baseline measured in the same run: the browser's own insertion of the same
 * character into a plain vertical <textarea> with the same font, laid out.
 *
 * Scenarios (scripts/bench/keyboard-elements.page.html):
 *   baseline              plain <textarea>, execCommand('insertText') + layout
 *   fieldNative           <bichig-textarea> typed into by the browser (IME / OS layout) + layout
 *   physicalKey           a hardware key mapped by <bichig-keyboard>: code → engine → field →
 *                         suggestions (suffix, word, FVS) → suggestion bar re-rendered → layout
 *   screenKey             the same through an on-screen key
 *   physicalKeyShowControls  physicalKey in a show-controls field, as users get it (marks follow at idle time)
 *   physicalKeyWithMarks  the same with the marks' idle-time work done at once: mirror layout, marks redrawn
 *
 * Run: npm run bench -- keyboard-elements
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchBrowser } from './lib/browser.js';

const FIELD_LENGTH = 2000;
const PRESSES = 200;
const ROUNDS = 3;
const FRAME_MS = 1000 / 60;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = readFileSync(join(repoRoot, '..', 'shared', 'corpus', 'udhr-article1.mn-Mong.txt'), 'utf8').trim();
const text = corpus.repeat(Math.ceil(FIELD_LENGTH / corpus.length) + 1).slice(0, FIELD_LENGTH);

const { browser, origin, close } = await startBenchBrowser({ root: repoRoot });

/** Per scenario, per round: the sorted per-press times. */
type Samples = Record<string, number[][]>;
let samples: Samples;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}scripts/bench/keyboard-elements.page.html`);
  await page.waitForFunction(
    () => (window as unknown as { bichigKeyboardBenchReady?: boolean }).bichigKeyboardBenchReady === true,
    undefined,
    { timeout: 120_000 },
  );
  samples = await page.evaluate(
    (input) =>
      (
        window as unknown as {
          bichigKeyboardBench: (input: { text: string; presses: number; rounds: number }) => Promise<Samples>;
        }
      ).bichigKeyboardBench(input),
    { text, presses: PRESSES, rounds: ROUNDS },
  );
} finally {
  await close();
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The median over rounds of each round's percentile: one noisy round on a shared machine does not decide the figure. */
const stat = (rounds: number[][], p: number): number => median(rounds.map((sorted) => percentile(sorted, p)));
const baselineP50 = stat(samples.baseline!, 0.5);
const scenarios = Object.fromEntries(
  Object.entries(samples).map(([name, rounds]) => {
    const p50 = stat(rounds, 0.5);
    const p95 = stat(rounds, 0.95);
    return [name, { p50, p95, p50VsBaseline: p50 / baselineP50, withinFrameAtP95: p95 <= FRAME_MS }];
  }),
);
const report = {
  fieldLength: FIELD_LENGTH,
  presses: PRESSES,
  rounds: ROUNDS,
  frameBudgetMs: FRAME_MS,
  chromium: browser.version(),
  scenarios,
};
console.log(
  `key press → updated, laid-out field of ${FIELD_LENGTH} characters, ${PRESSES} presses × ${ROUNDS} interleaved rounds per scenario, medians over rounds (Chromium ${report.chromium})`,
);
for (const [name, s] of Object.entries(scenarios)) {
  console.log(
    `  ${name.padEnd(24)} p50 ${s.p50.toFixed(2).padStart(6)} ms  p95 ${s.p95.toFixed(2).padStart(6)} ms  ${s.p50VsBaseline.toFixed(2)}× baseline p50  ${s.withinFrameAtP95 ? 'within' : 'OVER'} one frame at p95`,
  );
}
mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
writeFileSync(join(repoRoot, 'bench-results', 'keyboard-elements.json'), JSON.stringify(report, null, 2) + '\n');
