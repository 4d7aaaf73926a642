// Words an engine shapes wrongly natively, redrawn from the outlines the build made of them
// (src/build/variant-words.ts; #12 item 4). Loaded only by pages that have such a word (FVS1–4,
// ZWJ, ZWNJ); this is the probe. Each distinct word, and a probe word, is set natively off screen,
// at 100 px in the page's font, and its length compared with HarfBuzz's (the span's data-advance):
// Chromium and Firefox agree and nothing more happens (no drawing code, no outline, no HarfBuzz);
// where an engine disagrees on the probe word (WebKit ignores FVS1–4), every variant word, else each
// word it disagrees on, is redrawn by variant-words-redraw.ts: an SVG of its outlines in the place
// of the text, and the text, transparent, over it: selection, copy, find-in-page and screen readers
// get exactly the same text.
import { ENGINE_PROBE, VARIANT_WORD_CLASS } from './variant-word-format.js';

/** The size the probe sets the words at, px. */
const PROBE_SIZE = 100;

/**
 * How far the browser's length may be from HarfBuzz's for a word of `glyphs` glyphs, px: WebKit
 * rounds each glyph's advance to a whole pixel (the elements' auto probe allows the same). A word
 * whose FVS is ignored is far outside it: ᠳ᠋ᠤᠭᠠᠷ is 314 px long in WebKit against HarfBuzz's 260.
 */
function tolerance(glyphs: number): number {
  return 0.5 * glyphs + 0.5;
}

/**
 * The words of `spans` this engine sets wrongly, each with the ratio of HarfBuzz's length to the
 * native one: every word when the engine sets ENGINE_PROBE wrongly (it breaks such words, also
 * those whose length it keeps), else the words whose own length is off.
 */
async function misshapenWords(spans: readonly HTMLElement[]): Promise<Map<string, number>> {
  const expected = new Map<string, { advance: number; glyphs: number }>([
    [ENGINE_PROBE.word, { advance: ENGINE_PROBE.advance, glyphs: ENGINE_PROBE.glyphs }],
  ]);
  for (const span of spans)
    expected.set(span.textContent ?? '', {
      advance: Number(span.dataset['advance']),
      glyphs: Number(span.dataset['glyphs']) || (span.textContent ?? '').length,
    });
  const family = getComputedStyle(spans[0]!).fontFamily;
  await document.fonts.load(`${PROBE_SIZE}px ${family}`, [...expected.keys()].join(''));
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'absolute',
    left: '-10000px',
    top: '0',
    visibility: 'hidden',
    writingMode: 'vertical-lr',
    whiteSpace: 'nowrap',
    font: `${PROBE_SIZE}px/1 ${family}`,
  });
  const probes = [...expected.keys()].map((word) => {
    const line = host.appendChild(document.createElement('div'));
    const probe = line.appendChild(document.createElement('span'));
    probe.textContent = word;
    return { word, probe };
  });
  document.body.append(host);
  const lengths = new Map(probes.map(({ word, probe }) => [word, probe.getBoundingClientRect().height]));
  host.remove();
  const agrees = (word: string) => {
    const { advance, glyphs } = expected.get(word)!;
    return Math.abs(lengths.get(word)! - advance * PROBE_SIZE) <= tolerance(glyphs);
  };
  const engineBreaks = !agrees(ENGINE_PROBE.word);
  const wrong = new Map<string, number>();
  for (const span of spans) {
    const word = span.textContent ?? '';
    if (wrong.has(word) || (!engineBreaks && agrees(word))) continue;
    const length = lengths.get(word)!;
    wrong.set(word, length > 0 ? (expected.get(word)!.advance * PROBE_SIZE) / length : 1);
  }
  return wrong;
}

/**
 * Redraws the page's variant words that this engine shapes wrongly; resolves with how many spans
 * were redrawn. A word whose outline does not load stays as the browser set it, with a warning.
 */
export async function redrawVariantWords(): Promise<number> {
  const spans = [...document.querySelectorAll<HTMLElement>(`.${VARIANT_WORD_CLASS}[data-outline]`)];
  if (!spans.length) return 0;
  const wrong = await misshapenWords(spans);
  if (!wrong.size) return 0;
  let redraw: (typeof import('./variant-words-redraw.js'))['redraw'];
  try {
    ({ redraw } = await import('./variant-words-redraw.js'));
  } catch (error) {
    console.warn('portal: the drawing of words this browser sets wrongly did not load', error);
    return 0;
  }
  const results = await Promise.allSettled(
    spans.flatMap((span) => {
      const ratio = wrong.get(span.textContent ?? '');
      return ratio === undefined ? [] : [redraw(span, ratio, VARIANT_WORD_CLASS)];
    }),
  );
  for (const result of results)
    if (result.status === 'rejected') console.warn('portal: a word could not be redrawn', result.reason);
  return results.filter((result) => result.status === 'fulfilled').length;
}
