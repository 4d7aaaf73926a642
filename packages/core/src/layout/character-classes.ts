// The character classes that shaping a paragraph cuts and flags by: default ignorables (never
// reported missing), the code points HarfBuzz skips over while matching (transparent: at most
// MAX_TRANSPARENT_RUN of them in a row per shaping call, and the cost of longer runs, which
// stats.operations counts), and the spaces that justification stretches or that may hang past
// the end of a column.

/** Code points that HarfBuzz renders invisibly when a font lacks them: never "missing". */
export function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    (cp >= 0x115f && cp <= 0x1160) ||
    (cp >= 0x17b4 && cp <= 0x17b5) ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/**
 * Code points HarfBuzz skips over while matching lookups and attaching marks: default ignorables
 * (ZWJ, ZWNJ, FVS, MVS…) and combining marks. A run of them costs HarfBuzz work quadratic in the
 * run's length (16,000 ZWJ in one call: 13 s), so the layout hands it at most
 * {@link MAX_TRANSPARENT_RUN} of them per shaping call and counts that cost in `stats.operations`.
 */
export function isTransparent(cp: number): boolean {
  if (cp < 0x300 || (cp >= 0x1820 && cp <= 0x1878) || (cp >= 0x3400 && cp <= 0x9fff)) return cp === 0xad;
  return isDefaultIgnorable(cp) || COMBINING_MARK.test(String.fromCodePoint(cp));
}
const COMBINING_MARK = /^\p{M}$/u;

/**
 * The longest run of transparent code points shaped in one call. Real text has at most three in a
 * row (a letter, FVS, ZWJ); longer runs are cut into pieces of this length, which keeps the joining
 * of the letters on both sides (each still sees a ZWJ or FVS next to it) and makes shaping linear.
 */
export const MAX_TRANSPARENT_RUN = 8;

/** HarfBuzz's work on the transparent runs of `text`: about L²/2 for a run of L. */
export function transparentRunCost(text: string): number {
  let cost = 0;
  let run = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (isTransparent(cp)) {
      cost += run;
      run++;
    } else run = 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return cost;
}

/** Spaces that separate words: justification stretches them (NNBSP is not one of them). */
export function isStretchableSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000;
}

/** Whitespace that may hang past the end of a column. */
export function isHangingSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09;
}
