// Benchmark of @bichig/core/legacy: Menksoft → Unicode conversion and the suffix normaliser, on
// the fixture cluster's Mongolian prose. Baseline, measured in the same run: a plain copy of the
// same text, character by character into a new string (what any converter must at least do).
// Throughput is reported as a ratio to the copy's (≥ 0.2× is the goal), and linearity as time
// per character at 4 MB against 400 KB (1.00 = linear).
import { readdirSync, readFileSync } from 'node:fs';
import { convertMenksoft, normaliseMongolianSuffixes, MENKSOFT_GLYPHS } from '@bichig/core/legacy';
import type { GlyphPosition } from '@bichig/core/legacy';

function fixtureMongolian(): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/[\u1820-\u1878]/.test(value)) texts.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const dir = new URL('../../packages/fixtures/xilingol/sites/', import.meta.url);
  for (const file of readdirSync(dir))
    if (file.endsWith('.json')) walk(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  return texts.join('\n');
}

/**
 * The same prose as an old Menksoft document would hold it: each letter as the table's plain
 * glyph for its position (no FVS), NNBSP as the suffix space, Mongolian punctuation as its glyph.
 * Only for measuring: real documents use the contextual variants too, which cost the same.
 */
function toMenksoft(text: string): string {
  const glyphFor = new Map<string, number>();
  for (const glyph of MENKSOFT_GLYPHS.values()) {
    if (glyph.kind === 'punct') {
      if (!glyphFor.has(glyph.unicode)) glyphFor.set(glyph.unicode, glyph.codePoint);
      continue;
    }
    if (/[\u180B-\u180F]/.test(glyph.unicode)) continue;
    for (const position of glyph.positions) {
      const key = `${glyph.unicode}:${position}`;
      if (!glyphFor.has(key)) glyphFor.set(key, glyph.codePoint);
    }
  }
  const isLetter = (c: string | undefined) => c !== undefined && c >= '\u1820' && c <= '\u1842';
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isLetter(c)) {
      const above = isLetter(text[i - 1]);
      const below = isLetter(text[i + 1]);
      const position: GlyphPosition = above ? (below ? 'medi' : 'fina') : below ? 'init' : 'isol';
      const code =
        glyphFor.get(`${c}:${position}`) ??
        glyphFor.get(`${c}:medi`) ??
        glyphFor.get(`${c}:init`) ??
        glyphFor.get(`${c}:isol`);
      out += code === undefined ? c : String.fromCharCode(code);
    } else {
      const code = glyphFor.get(c);
      out += code === undefined ? c : String.fromCharCode(code);
    }
  }
  return out;
}

function plainCopy(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += text[i];
  return out;
}

/** Median time of one run in ms; the result is read so that V8 flattens it inside the timing. */
function time(run: () => string, repetitions: number): number {
  run();
  const times: number[] = [];
  for (let index = 0; index < repetitions; index++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const result = run();
    if (result.charCodeAt(result.length >> 1) < 0) throw new Error('unreachable');
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const prose = fixtureMongolian();
const menksoftProse = toMenksoft(prose);
const typedProse = prose.replace(/\u202F(?=[\u1820-\u1878])/g, ' ');
const check = convertMenksoft(menksoftProse);
console.log(
  `text: ${prose.length} chars of fixture prose, ${check.converted} Menksoft code points in its Menksoft form, ${check.unconverted.length} unconverted`,
);
const sized = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

const results: Record<string, number> = {};
for (const [label, length, repetitions] of [
  ['400k', 400_000, 11],
  ['4M', 4_000_000, 5],
] as const) {
  const menksoft = sized(menksoftProse, length);
  const typed = sized(typedProse, length);
  const copyMenksoft = time(() => plainCopy(menksoft), repetitions);
  const convert = time(() => convertMenksoft(menksoft).text, repetitions);
  const copyTyped = time(() => plainCopy(typed), repetitions);
  const normalise = time(() => normaliseMongolianSuffixes(typed).text, repetitions);
  results[`${label}.copy`] = copyMenksoft;
  results[`${label}.convert`] = convert;
  results[`${label}.normalise`] = normalise;
  results[`${label}.copyTyped`] = copyTyped;
  console.log(
    `${label} chars: plain copy ${(((length / copyMenksoft) * 1000) / 1e6).toFixed(1)} M chars/s;` +
      ` convertMenksoft throughput ${(copyMenksoft / convert).toFixed(2)}× the copy's,` +
      ` normaliseMongolianSuffixes ${(copyTyped / normalise).toFixed(2)}× the copy's`,
  );
}
for (const key of ['convert', 'normalise', 'copy']) {
  const ratio = results[`4M.${key}`]! / 4_000_000 / (results[`400k.${key}`]! / 400_000);
  console.log(`linearity ${key}: time per char at 4 MB / at 400 KB = ${ratio.toFixed(2)} (1.00 = linear)`);
}
// The Menksoft form converts back to the prose it was made from, word for word.
const words = prose.split(/\s/);
const back = check.text.split(/\s/);
const same = words.filter((word, i) => word === back[i]).length;
console.log(`round trip: ${same} of ${words.length} words of the prose come back identical`);
