/**
 * The one-time probe behind `renderer="auto"`: does this browser shape the project's Mongolian
 * font the way HarfBuzz does? It sets probe words that contain NNBSP, MVS and FVS (exactly where
 * Chromium's font fallback used to split runs and break the joining) natively, and compares
 * their lengths with HarfBuzz's advances for the same font.
 *
 * For the default font (@bichig/fonts' file, wherever it is served from) HarfBuzz's advances are
 * precomputed (src/generated/probe-advances.ts, checked against core's shaper by a node test), so
 * the probe costs only the Mongolian font: no @bichig/core, no WebAssembly. A site that configured
 * another Mongolian font is probed by shaping with HarfBuzz, which loads the shaped engine.
 */
import type { ShapedEngine } from './shaped-engine.js';
import { loadShapedEngine } from './shaped-engine.js';
import { NATIVE_FONT_STACK } from './fonts.js';
import { isDefaultMongolianFont } from '../config.js';
import { PROBE_SIZE, PROBE_WORDS } from './probe-words.js';
import { PROBE_ADVANCES } from '../generated/probe-advances.js';

export { PROBE_WORDS, PROBE_SIZE };

export interface ProbeResult {
  /** Browser and HarfBuzz agree on every probe word. */
  agrees: boolean;
  /** Per word: [browser px, HarfBuzz px] at the probe size. */
  lengths: Array<[number, number]>;
  /** Where HarfBuzz's lengths came from: the precomputed table (default font) or shaping now. */
  source: 'table' | 'harfbuzz';
}

/**
 * How far a browser's length may be from HarfBuzz's for a word of `glyphs` glyphs, px at any
 * size. WebKit rounds each glyph's advance to a whole pixel (up to half a pixel off per glyph);
 * Chromium keeps 1/64 px. A broken join is far outside it: the probe word split at its NNBSP is
 * 96 px longer at 100 px, split at the MVS of ᠬᠣᠭᠣᠷᠣᠨᠳᠣ᠎ᠨ 13 px (tolerance 6 px); see the tests.
 */
export function probeTolerance(glyphs: number): number {
  return 0.5 * glyphs + 0.5;
}

/** True when every browser length is within `probeTolerance` of HarfBuzz's. */
export function lengthsAgree(lengths: ReadonlyArray<readonly [number, number]>, glyphs: readonly number[]): boolean {
  return lengths.every(
    ([browser, harfbuzz], i) =>
      Number.isFinite(browser) && Math.abs(browser - harfbuzz) <= probeTolerance(glyphs[i] ?? 1),
  );
}

/**
 * The browser's own length of each text set vertically at `size` px in `fontStack`, each as an
 * inline span in a block of its own (its box is exactly the text's length; a block's would be as
 * long as the longest line). Waits for the fonts first.
 */
export async function measureNative(
  texts: readonly string[],
  fontStack = NATIVE_FONT_STACK,
  size = PROBE_SIZE,
): Promise<number[]> {
  await document.fonts.load(`${size}px ${fontStack}`, texts.join(''));
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:absolute;left:-10000px;top:0;visibility:hidden;writing-mode:vertical-lr;white-space:nowrap;line-height:1;font:${size}px ${fontStack}`;
  const spans = texts.map((text) => {
    const line = document.createElement('div');
    const span = document.createElement('span');
    span.lang = 'mn-Mong';
    span.textContent = text;
    line.append(span);
    host.append(line);
    return span;
  });
  document.body.append(host);
  const lengths = spans.map((span) => span.getBoundingClientRect().height);
  host.remove();
  return lengths;
}

/** HarfBuzz's lengths of the probe words (px at PROBE_SIZE) and glyph counts, shaped now. */
function shapedLengths(engine: ShapedEngine): { lengths: number[]; glyphs: number[] } {
  const font = engine.fonts.font(0);
  const shaper = new engine.core.Shaper({ cacheSize: 0 });
  const runs = PROBE_WORDS.map((word) => shaper.shape(font, word, { direction: 'ltr', script: 'Mong' }));
  return { lengths: runs.map((run) => (run.advance * PROBE_SIZE) / font.upem), glyphs: runs.map((run) => run.length) };
}

let probe: Promise<ProbeResult> | undefined;

/**
 * Runs the probe once per page; every `auto` element shares the answer. With the default font it
 * uses the precomputed advances and loads nothing; with another font it shapes the probe words
 * with `engine` (or, when none is given, loads the shaped engine for them).
 * @throws {ShapedRendererError} only when another font is configured and the engine does not load.
 */
export function probeNativeShaping(engine?: ShapedEngine): Promise<ProbeResult> {
  probe ??= (async () => {
    const browser = await measureNative(PROBE_WORDS);
    let expected: { lengths: number[]; glyphs: number[] };
    let source: ProbeResult['source'];
    if (isDefaultMongolianFont()) {
      source = 'table';
      expected = {
        lengths: PROBE_ADVANCES.words.map((word) => (word.advance * PROBE_SIZE) / PROBE_ADVANCES.upem),
        glyphs: PROBE_ADVANCES.words.map((word) => word.glyphs),
      };
    } else {
      source = 'harfbuzz';
      expected = shapedLengths(engine ?? (await loadShapedEngine(PROBE_WORDS.join(''))));
    }
    const lengths = browser.map((px, i): [number, number] => [px, expected.lengths[i]!]);
    return { agrees: lengthsAgree(lengths, expected.glyphs), lengths, source };
  })();
  probe.catch(() => (probe = undefined));
  return probe;
}

/** For tests: forget the probe's answer. */
export function resetProbeForTesting(): void {
  probe = undefined;
}
