/**
 * The one-time probe behind `renderer="auto"`: does this browser shape the project's Mongolian
 * font the way HarfBuzz does? It sets probe words that contain NNBSP, MVS and FVS (exactly where
 * Chromium's font fallback used to split runs and break the joining) natively, and compares
 * their lengths with HarfBuzz's advances for the same font.
 */
import type { ShapedEngine } from './shaped-engine.js';
import { NATIVE_FONT_STACK } from './fonts.js';

/** Probe words: NNBSP before a suffix, MVS before a final vowel, FVS1/FVS2 variants, and a plain word. */
export const PROBE_WORDS: readonly string[] = [
  '\u182E\u1823\u1829\u182D\u1823\u182F\u202F\u1824\u1828', // ᠮᠣᠩᠭᠣᠯ + NNBSP + ᠤᠨ (mongγol-un)
  '\u1828\u1821\u1837\u180E\u1821', // ᠨᠡᠷ + MVS + ᠡ (ner-e)
  '\u182C\u1823\u182D\u1823\u1837\u1823\u1828\u1833\u1823\u180E\u1828', // ᠬᠣᠭᠣᠷᠣᠨᠳᠣ + MVS + ᠨ, from the UDHR text
  '\u1823\u1836\u1824\u1828', // ᠣᠶᠤᠨ
  '\u1824\u182D\u180B\u1821', // ᠤᠭ + FVS1 + ᠡ
  '\u1832\u1821\u180C\u1837\u1821', // ᠲᠡ + FVS2 + ᠷᠡ
  '\u182A\u1822\u1834\u1822\u182D', // ᠪᠢᠴᠢᠭ (bičig)
];

export interface ProbeResult {
  /** Browser and HarfBuzz agree on every probe word. */
  agrees: boolean;
  /** Per word: [browser px, HarfBuzz px] at the probe size. */
  lengths: Array<[number, number]>;
}

const PROBE_SIZE = 100;
/** At 100 px, browsers round glyph advances to 1/64 px; half a pixel is far below a joining error (a wrong form differs by tens of px). */
const TOLERANCE_PX = 0.5;

let probe: Promise<ProbeResult> | undefined;

/** Runs the probe once per page; every `auto` element shares the answer. */
export function probeNativeShaping(engine: ShapedEngine): Promise<ProbeResult> {
  probe ??= (async () => {
    await document.fonts.load(`${PROBE_SIZE}px ${NATIVE_FONT_STACK}`, PROBE_WORDS.join(''));
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = `position:absolute;left:-10000px;top:0;visibility:hidden;writing-mode:vertical-lr;white-space:nowrap;line-height:1;font:${PROBE_SIZE}px ${NATIVE_FONT_STACK}`;
    const spans = PROBE_WORDS.map((word) => {
      // An inline span in a block of its own: its box is exactly the word's length (a block's
      // would be as long as the longest line).
      const line = document.createElement('div');
      const span = document.createElement('span');
      span.lang = 'mn-Mong';
      span.textContent = word;
      line.append(span);
      host.append(line);
      return span;
    });
    document.body.append(host);
    const font = engine.fonts.font(0);
    const shaper = new engine.core.Shaper({ cacheSize: 0 });
    const lengths = PROBE_WORDS.map((word, i): [number, number] => {
      const browser = spans[i]!.getBoundingClientRect().height;
      const run = shaper.shape(font, word, { direction: 'ltr', script: 'Mong' });
      return [browser, (run.advance * PROBE_SIZE) / font.upem];
    });
    host.remove();
    return { agrees: lengths.every(([browser, harfbuzz]) => Math.abs(browser - harfbuzz) <= TOLERANCE_PX), lengths };
  })();
  return probe;
}
