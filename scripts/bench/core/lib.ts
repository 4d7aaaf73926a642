// The @bichig/core benchmark itself, shared by Node (scripts/bench/core.ts) and Chromium
// (page.html, driven by the same script). Figures are ratios to a baseline measured in the same
// run: raw harfbuzzjs shaping of the same text.
import * as hb from 'harfbuzzjs';
import { loadFont, FontStack, layoutText, Shaper } from '@bichig/core';

export interface BenchInput {
  mongolianFont: Uint8Array;
  chineseFont: Uint8Array;
  mongolianText: string;
  chineseText: string;
  /** Bytes of JS heap in use, if the environment can tell. */
  heapUsed?: () => number | undefined;
  /** Runs a garbage collection, if the environment allows it. */
  gc?: () => void;
}

export interface BenchResult {
  characters: number;
  distinctWords: number;
  rawCharsPerSecond: number;
  coldCharsPerSecond: number;
  warmCharsPerSecond: number;
  coldRatio: number;
  warmRatio: number;
  glyphs: number;
  columns: number;
  /** JS heap held while a layout of the whole document is alive, in MB (undefined if unknown). */
  layoutHeapMB?: number;
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
    const shuffled = words.map((w) => [next(), w] as const).sort((a, b) => a[0] - b[0]).map(([, w]) => w);
    const cut = Math.floor(next() * hanzi.length);
    const mn = `᠑᠒ ${shuffled.join(' ')}`;
    const zh = `第${article % 100}条 ${hanzi.slice(cut).join('')}${hanzi.slice(0, cut).join('')}`;
    paragraphs.push(mn, zh);
    length += mn.length + zh.length + 2;
  }
  return paragraphs.join('\n').slice(0, size);
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

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

export async function runBench(input: BenchInput): Promise<BenchResult> {
  const document = makeDocument(input.mongolianText, input.chineseText);
  const [mongolian, chinese] = await Promise.all([loadFont(input.mongolianFont, { name: 'mongolian' }), loadFont(input.chineseFont, { name: 'chinese' })]);
  const fonts = new FontStack([mongolian, chinese]);
  const options = { fonts, blockSize: 600, fontSize: 20 } as const;
  const characters = document.length;

  // Warm up the JIT on a small slice of every path, with caches that are then thrown away.
  shapeRaw(document.slice(0, 5000), mongolian.harfbuzz, chinese.harfbuzz);
  layoutText(document.slice(0, 5000), { ...options, shaper: new Shaper() });

  const raw: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  let layout = layoutText('', options);
  for (let round = 0; round < 5; round++) {
    raw.push(timed(() => shapeRaw(document, mongolian.harfbuzz, chinese.harfbuzz)));
    const shaper = new Shaper(); // an empty cache: cold
    cold.push(timed(() => (layout = layoutText(document, { ...options, shaper }))));
    // Warm: the same document again with the caches full, at another column height (a resize).
    warm.push(timed(() => (layout = layoutText(document, { ...options, blockSize: 500, shaper }))));
  }
  const rawCharsPerSecond = characters / median(raw);
  const coldCharsPerSecond = characters / median(cold);
  const warmCharsPerSecond = characters / median(warm);

  let layoutHeapMB: number | undefined;
  if (input.heapUsed) {
    layout = layoutText('', options);
    input.gc?.();
    const before = input.heapUsed();
    layout = layoutText(document, { ...options, shaper: new Shaper() });
    input.gc?.();
    const after = input.heapUsed();
    if (before !== undefined && after !== undefined) layoutHeapMB = (after - before) / 1048576;
  }
  const distinctWords = new Set(document.split(/[\s\n]+/)).size;
  return {
    characters,
    distinctWords,
    rawCharsPerSecond,
    coldCharsPerSecond,
    warmCharsPerSecond,
    coldRatio: coldCharsPerSecond / rawCharsPerSecond,
    warmRatio: warmCharsPerSecond / rawCharsPerSecond,
    glyphs: layout.glyphs.length,
    columns: layout.columns.length,
    layoutHeapMB,
  };
}
