// The @bichig/core benchmark itself, shared by Node (scripts/bench/core.ts) and Chromium
// (page.html, driven by the same script). Figures are ratios to a baseline measured in the same
// run: raw harfbuzzjs shaping of the same text.
import * as hb from 'harfbuzzjs';
import { loadFont, FontStack, layoutText, Shaper } from '@bichig/core';
import type { TextLayout } from '@bichig/core';

export interface BenchInput {
  mongolianFont: Uint8Array;
  chineseFont: Uint8Array;
  /** The document to lay out (see makeDocument and makeFixtureDocument). */
  document: string;
  /** Bytes of JS heap in use, if the environment can tell. */
  heapUsed?: () => number | undefined;
  /** Runs a garbage collection, if the environment allows it. */
  gc?: () => void;
  /**
   * CPU seconds this process has used, if the environment can tell (Node). On a shared
   * machine wall-clock time also counts other processes' turns; CPU time does not.
   */
  cpuSeconds?: () => number;
}

/** One way of using a layout, timed: chars/s and the ratio to raw harfbuzzjs in the same run. */
export interface BenchFigure {
  charsPerSecond: number;
  ratio: number;
  /** The same ratio in CPU time (undefined where there is no CPU clock). */
  cpuRatio?: number;
}

/**
 * What a layout is asked for after it is made: nothing more (columns, hit-testing), the glyphs
 * and clusters of the columns on the first screen (what an element needs to paint), or every
 * glyph and cluster of the document.
 */
export interface BenchFigures {
  layout: BenchFigure;
  firstScreen: BenchFigure;
  allGlyphs: BenchFigure;
}

export interface BenchResult {
  characters: number;
  /** Distinct runs between white space (the shaper's word cache keys on whole words). */
  distinctWords: number;
  /** Distinct Han characters. */
  distinctHanzi: number;
  rawCharsPerSecond: number;
  /** Empty caches (a fresh Shaper, so also a fresh paragraph cache). */
  cold: BenchFigures;
  /** Caches full from an earlier layout of the same document at another column height: a resize. */
  warm: BenchFigures;
  glyphs: number;
  columns: number;
  /** Width of the first screen in px, and the columns and glyphs on it. */
  screenWidth: number;
  firstScreenColumns: number;
  firstScreenGlyphs: number;
  /** JS heap held while a layout of the whole document is alive, in MB (undefined if unknown). */
  layoutHeapMB?: number;
  /** The same once all its glyphs and clusters have been read. */
  allGlyphsHeapMB?: number;
}

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same document. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 100,000-character document: paragraphs of the UDHR article in Mongolian (words shuffled)
 * alternating with the Chinese article (sentences rotated), with article numbers in both.
 */
export function makeDocument(mongolian: string, chinese: string, size = 100_000): string {
  const next = random(1948);
  const words = mongolian.split(/\s+/).filter(Boolean);
  const hanzi = [...chinese.replace(/\s+/g, '')];
  const paragraphs: string[] = [];
  let length = 0;
  for (let article = 1; length < size; article++) {
    const shuffled = words
      .map((w) => [next(), w] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, w]) => w);
    const cut = Math.floor(next() * hanzi.length);
    const mn = `᠑᠒ ${shuffled.join(' ')}`;
    const zh = `第${article % 100}条 ${hanzi.slice(cut).join('')}${hanzi.slice(0, cut).join('')}`;
    paragraphs.push(mn, zh);
    length += mn.length + zh.length + 2;
  }
  return paragraphs.join('\n').slice(0, size);
}

/**
 * A document of real text with a real vocabulary: paragraphs of the fixture cluster's Mongolian
 * articles alternating with its Chinese ones, in order, until it has `size` characters.
 */
export function makeFixtureDocument(mongolian: readonly string[], chinese: readonly string[], size = 100_000): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const mn = mongolian[i % mongolian.length]!;
    const zh = chinese[i % chinese.length]!;
    paragraphs.push(mn, zh);
    length += mn.length + zh.length + 2;
  }
  return paragraphs.join('\n').slice(0, size);
}

/** Distinct words (runs between white space) and distinct Han characters of a text. */
export function vocabularyOf(text: string): { distinctWords: number; distinctHanzi: number } {
  return {
    distinctWords: new Set(text.split(/\s+/).filter(Boolean)).size,
    distinctHanzi: new Set(text.match(/\p{Script=Han}/gu) ?? []).size,
  };
}

function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0xfe10 && code <= 0xfe4f);
}

/** The baseline: what raw harfbuzzjs needs to shape the same text (runs of CJK TTB, the rest LTR). */
function shapeRaw(document: string, mongolian: hb.Font, chinese: hb.Font): number {
  const buffer = new hb.Buffer();
  let glyphs = 0;
  for (const paragraph of document.split('\n')) {
    let start = 0;
    while (start < paragraph.length) {
      const cjk = isCjk(paragraph.charCodeAt(start));
      let end = start + 1;
      while (end < paragraph.length && isCjk(paragraph.charCodeAt(end)) === cjk) end++;
      buffer.clearContents();
      buffer.addText(paragraph.slice(start, end));
      buffer.guessSegmentProperties();
      buffer.setDirection(cjk ? hb.Direction.TTB : hb.Direction.LTR);
      hb.shape(cjk ? chinese : mongolian, buffer);
      glyphs += buffer.getGlyphInfos().length;
      buffer.getGlyphPositions();
      start = end;
    }
  }
  return glyphs;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Sample {
  /** Seconds, wall-clock and CPU (NaN without a CPU clock). */
  wall: number;
  cpu: number;
}

/**
 * How long `run` takes. No collection is forced before it: a forced full GC resets V8's
 * external-memory baseline, so the typed arrays the next run allocates set off many more
 * collections than they would in a page (measured: cold layout twice as slow, raw unchanged).
 */
function timed(run: () => void, input: BenchInput, repeats = 1): Sample {
  const cpuStart = input.cpuSeconds?.() ?? NaN;
  const start = performance.now();
  run();
  const wall = (performance.now() - start) / 1000;
  const cpu = (input.cpuSeconds?.() ?? NaN) - cpuStart;
  return { wall: wall / repeats, cpu: cpu / repeats };
}

/** A phone held sideways or a small laptop: the columns an element paints first. */
const SCREEN_WIDTH = 1280;

type Use = keyof BenchFigures;
const USES: readonly Use[] = ['layout', 'firstScreen', 'allGlyphs'];
/** Resizes per warm sample. */
const RESIZES = 20;

/** Reads from a fresh layout what `use` needs; returns the glyph count read, so nothing is optimised away. */
function consume(layout: TextLayout, use: Use): number {
  if (use === 'layout') return layout.columns.length;
  if (use === 'allGlyphs') return layout.glyphs.length + layout.clusters.length;
  let read = 0;
  for (const column of layout.columns) {
    if (column.box.x >= SCREEN_WIDTH) break;
    read += layout.glyphsInColumn(column.index).length + layout.clustersInColumn(column.index).length;
  }
  return read;
}

export async function runBench(input: BenchInput): Promise<BenchResult> {
  const { document } = input;
  const [mongolian, chinese] = await Promise.all([
    loadFont(input.mongolianFont, { name: 'mongolian' }),
    loadFont(input.chineseFont, { name: 'chinese' }),
  ]);
  const fonts = new FontStack([mongolian, chinese]);
  const options = { fonts, blockSize: 600, fontSize: 20 } as const;
  const characters = document.length;

  // Warm up the JIT on a small slice of every path, with caches that are then thrown away.
  shapeRaw(document.slice(0, 5000), mongolian.harfbuzz, chinese.harfbuzz);
  const warmUpShaper = new Shaper();
  for (const use of USES) {
    consume(layoutText(document.slice(0, 5000), { ...options, shaper: warmUpShaper }), use);
    consume(layoutText(document.slice(0, 5000), { ...options, blockSize: 480, shaper: warmUpShaper }), use);
  }

  const raw: Sample[] = [];
  const cold: Record<Use, Sample[]> = { layout: [], firstScreen: [], allGlyphs: [] };
  const warm: Record<Use, Sample[]> = { layout: [], firstScreen: [], allGlyphs: [] };
  let sink = 0;
  for (let round = 0; round < 5; round++) {
    // Interleaved, so that the shared machine's noise falls on baseline and layout alike.
    raw.push(timed(() => (sink += shapeRaw(document, mongolian.harfbuzz, chinese.harfbuzz)), input));
    USES.forEach((use, useIndex) => {
      const shaper = new Shaper(); // empty caches: cold
      cold[use].push(timed(() => (sink += consume(layoutText(document, { ...options, shaper }), use)), input));
      // Warm: the same document again with the caches full, at another column height, as a
      // window being resized does it. One resize takes a few ms, about one scheduler slice, so
      // on a shared machine a single lost slice would dominate its time: a sample is RESIZES
      // of them in a row, each at a block size of its own (no two timed layouts alike).
      const sample = timed(
        () => {
          for (let resize = 0; resize < RESIZES; resize++) {
            const blockSize = 600 - (resize * 15 + round * 3 + useIndex); // 301 … 600 px
            sink += consume(layoutText(document, { ...options, blockSize, shaper }), use);
          }
        },
        input,
        RESIZES,
      );
      warm[use].push(sample);
    });
  }
  const rawWall = median(raw.map((sample) => sample.wall));
  const rawCpu = median(raw.map((sample) => sample.cpu));
  const rawCharsPerSecond = characters / rawWall;
  const figures = (samples: Record<Use, Sample[]>): BenchFigures => {
    const figure = (use: Use): BenchFigure => {
      const wall = median(samples[use].map((sample) => sample.wall));
      const cpu = median(samples[use].map((sample) => sample.cpu));
      return {
        charsPerSecond: characters / wall,
        ratio: rawWall / wall,
        cpuRatio: Number.isNaN(cpu) ? undefined : rawCpu / cpu,
      };
    };
    return { layout: figure('layout'), firstScreen: figure('firstScreen'), allGlyphs: figure('allGlyphs') };
  };

  let layout = layoutText(document, options);
  let layoutHeapMB: number | undefined;
  let allGlyphsHeapMB: number | undefined;
  if (input.heapUsed) {
    layout = layoutText('', options);
    input.gc?.();
    const before = input.heapUsed();
    layout = layoutText(document, { ...options, shaper: new Shaper() });
    input.gc?.();
    const after = input.heapUsed();
    sink += layout.glyphs.length + layout.clusters.length;
    input.gc?.();
    const afterGlyphs = input.heapUsed();
    if (before !== undefined && after !== undefined) layoutHeapMB = (after - before) / 1048576;
    if (before !== undefined && afterGlyphs !== undefined) allGlyphsHeapMB = (afterGlyphs - before) / 1048576;
  }
  const onScreen = layout.columns.filter((column) => column.box.x < SCREEN_WIDTH);
  if (sink <= 0) throw new Error('the benchmark read nothing');
  return {
    characters,
    ...vocabularyOf(document),
    rawCharsPerSecond,
    cold: figures(cold),
    warm: figures(warm),
    glyphs: layout.glyphs.length,
    columns: layout.columns.length,
    screenWidth: SCREEN_WIDTH,
    firstScreenColumns: onScreen.length,
    firstScreenGlyphs: onScreen.reduce((sum, column) => sum + layout.glyphsInColumn(column.index).length, 0),
    layoutHeapMB,
    allGlyphsHeapMB,
  };
}
