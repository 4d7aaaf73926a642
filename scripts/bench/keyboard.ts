/**
 * Benchmark of @bichig/keyboard: the work done on every key press in a field of 2,000 characters
 * of real Mongolian text — map the physical key, apply it, compute the suffix, word and FVS
 * suggestions for the suggestion bar.
 *
 * Machines here are shared and noisy, so the figures that count are ratios against a baseline
 * measured in the same run: the bare string edit a field does anyway (slice + concatenate at the
 * caret). Absolute p50/p95 per key press are printed too, for the one-frame (16.7 ms) budget.
 *
 * Run: npm run bench -- keyboard
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actionForKeyEvent,
  applyKey,
  fvsChoicesBeforeCaret,
  standardLayout,
  suffixSuggestions,
  wordSuggestions,
} from '@bichig/keyboard';
import type { EditorState, PhysicalKeyEvent } from '@bichig/keyboard';

const FIELD_LENGTH = 2000;
const PRESSES = 20_000;
const ROUNDS = 7;

// shared/ sits beside the repository: <repo>/../shared.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = readFileSync(join(repoRoot, '..', 'shared', 'corpus', 'udhr-article1.mn-Mong.txt'), 'utf8').trim();
const field = corpus.repeat(Math.ceil(FIELD_LENGTH / corpus.length) + 1).slice(0, FIELD_LENGTH);
// Keys that type a word, a space and a suffix, pressed in the middle of the field.
const codes = ['KeyH', 'KeyU', 'KeyM', 'KeyU', 'KeyN', 'Minus', 'KeyU', 'Space', 'Backspace', 'Backspace'];
const events: PhysicalKeyEvent[] = codes.map((code) => ({
  code,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
}));

function startState(): EditorState {
  const middle = FIELD_LENGTH / 2;
  return { value: field, selectionStart: middle, selectionEnd: middle };
}

/** The baseline: the string edit any field does per key (insert a character at the caret). */
function baseline(presses: number): number {
  let { value, selectionStart } = startState();
  for (let i = 0; i < presses; i++) {
    value = value.slice(0, selectionStart) + 'ᠠ' + value.slice(selectionStart);
    selectionStart++;
    if (value.length > FIELD_LENGTH + 200) ({ value, selectionStart } = startState());
  }
  return value.length;
}

function keyPress(state: EditorState, event: PhysicalKeyEvent): EditorState {
  const action = actionForKeyEvent(standardLayout, event);
  return action ? applyKey(state, action, { layout: standardLayout }) : state;
}

function engineOnly(presses: number): number {
  let state = startState();
  for (let i = 0; i < presses; i++) {
    state = keyPress(state, events[i % events.length]!);
    if (state.value.length > FIELD_LENGTH + 200) state = startState();
  }
  return state.value.length;
}

function engineWithSuggestions(presses: number): number {
  let state = startState();
  let offered = 0;
  for (let i = 0; i < presses; i++) {
    state = keyPress(state, events[i % events.length]!);
    offered +=
      suffixSuggestions(state).length +
      wordSuggestions(state).length +
      (fvsChoicesBeforeCaret(state)?.choices.length ?? 0);
    if (state.value.length > FIELD_LENGTH + 200) state = startState();
  }
  return offered;
}

function time(run: (n: number) => number): number {
  const started = process.hrtime.bigint();
  run(PRESSES);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Per-press latencies of the full path, for p50/p95. */
function latencies(): number[] {
  let state = startState();
  const samples: number[] = [];
  for (let i = 0; i < PRESSES; i++) {
    const started = process.hrtime.bigint();
    state = keyPress(state, events[i % events.length]!);
    suffixSuggestions(state);
    wordSuggestions(state);
    fvsChoicesBeforeCaret(state);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (state.value.length > FIELD_LENGTH + 200) state = startState();
  }
  return samples.sort((a, b) => a - b);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

// Warm up the JIT on every path before measuring.
baseline(PRESSES);
engineOnly(PRESSES);
engineWithSuggestions(PRESSES);

const results = { baseline: [] as number[], engine: [] as number[], full: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  results.baseline.push(time(baseline));
  results.engine.push(time(engineOnly));
  results.full.push(time(engineWithSuggestions));
}
const base = median(results.baseline);
const sorted = latencies();
const report = {
  fieldLength: FIELD_LENGTH,
  presses: PRESSES,
  rounds: ROUNDS,
  engineVsBaseline: median(results.engine) / base,
  engineWithSuggestionsVsBaseline: median(results.full) / base,
  perPressMs: { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) },
  frameBudgetMs: 1000 / 60,
};
console.log(`field of ${FIELD_LENGTH} characters, ${PRESSES} key presses × ${ROUNDS} rounds (medians)`);
console.log(`  applyKey + actionForKeyEvent:            ${report.engineVsBaseline.toFixed(2)}× the bare string edit`);
console.log(
  `  … + suffix, word and FVS suggestions:    ${report.engineWithSuggestionsVsBaseline.toFixed(2)}× the bare string edit`,
);
console.log(
  `  per key press, full path: p50 ${report.perPressMs.p50.toFixed(4)} ms, p95 ${report.perPressMs.p95.toFixed(4)} ms, p99 ${report.perPressMs.p99.toFixed(4)} ms (frame: 16.7 ms)`,
);
mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
writeFileSync(join(repoRoot, 'bench-results', 'keyboard.json'), JSON.stringify(report, null, 2) + '\n');
