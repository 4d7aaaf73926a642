// Benchmark of core/text: analyse() and findBreaks() on mixed Mongolian and Chinese text.
// Baseline, measured in the same run: the raw UAX #14 line breaker (`linebreak`) on the same text,
// since findBreaks is that breaker plus the Mongolian/Chinese tailoring. Also checks linearity:
// time per character at 1 MB against 100 KB (1.0 = perfectly linear).
import LineBreaker from 'linebreak';
import { analyse, findBreaks } from '@bichig/core';

const paragraph =
  'ᠬᠦᠮᠦᠨ ᠪᠦᠷ ᠲᠥᠷᠥᠵᠦ ᠮᠡᠨᠳᠡᠯᠡᠬᠦ ᠡᠷᠬᠡ ᠴᠢᠯᠥᠭᠡ ᠲᠡᠢ᠂ ᠠᠳᠠᠯᠢᠬᠠᠨ ᠨᠡᠷ᠎ᠡ ᠲᠥᠷᠥ ᠲᠡᠢ᠂ ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ 2024 ᠣᠨ\u202fᠤ 3 ᠰᠠᠷ᠎ᠠ᠃ ' +
  '人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。\n';
const textOf = (length: number) => paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);

/** Median time of one run in ms (the median resists the noise of a shared machine). */
function time(run: () => void, repetitions: number): number {
  run(); // warm up the JIT
  const times: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function rawLineBreaker(text: string): number {
  let count = 0;
  const breaker = new LineBreaker(text);
  while (breaker.nextBreak()) count++;
  return count;
}

// Warm the JIT on a separate text first, so that the first measured size is not also the warm-up.
const warmUp = textOf(200_000);
for (let round = 0; round < 3; round++) {
  rawLineBreaker(warmUp);
  findBreaks(warmUp);
  analyse(warmUp);
}

const results: Record<string, number> = {};
for (const [label, length, repetitions] of [
  ['100k', 100_000, 15],
  ['1M', 1_000_000, 7],
] as const) {
  const text = textOf(length);
  const baseline = time(() => rawLineBreaker(text), repetitions);
  const breaks = time(() => findBreaks(text), repetitions);
  const runs = time(() => analyse(text), repetitions);
  results[`${label}.baseline`] = baseline;
  results[`${label}.findBreaks`] = breaks;
  results[`${label}.analyse`] = runs;
  console.log(
    `${label} chars: raw UAX #14 baseline ${(((length / baseline) * 1000) / 1e6).toFixed(2)} M chars/s;` +
      ` findBreaks ${(breaks / baseline).toFixed(2)}× baseline time, analyse ${(runs / baseline).toFixed(2)}× baseline time,` +
      ` analyse+findBreaks ${((runs + breaks) / baseline).toFixed(2)}×`,
  );
}
const perChar = (key: string, length: number) => results[key]! / length;
for (const key of ['findBreaks', 'analyse', 'baseline']) {
  console.log(
    `linearity ${key}: time per char at 1 MB / at 100 KB = ${(perChar(`1M.${key}`, 1_000_000) / perChar(`100k.${key}`, 100_000)).toFixed(2)} (1.00 = linear)`,
  );
}
