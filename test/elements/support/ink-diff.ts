// Compares the ink of two pictures of text. No imports: browser tests (ImageData from a
// screenshot) and the Node e2e tests (decoded PNGs) share it.

/** RGBA pixels, row by row: an ImageData, or a decoded PNG. */
export interface InkImage {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

/** Ink coverage per pixel: 0 (background) … 1 (full glyph colour), from luminance against a white page. */
function ink(data: InkImage['data'], i: number): number {
  const luminance = (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!) / 255;
  return 1 - luminance;
}

export interface PixelDiff {
  /** Inked pixels of either image with no similar ink nearby in the other, as a fraction of all inked pixels. */
  differingShare: number;
  inkedPixels: number;
}

/**
 * Compares two screenshots of text. An SVG path and a text rasteriser anti-alias differently and
 * may sit a fraction of a pixel apart, so an inked pixel (ink > 0.5) of one image counts as
 * matched when the other image has ink > 0.25 within `radius` pixels. Everything else differs:
 * a missing or extra glyph, a glyph in another form, a column in another place.
 */
export function pixelDiff(a: InkImage, b: InkImage, radius = 1): PixelDiff {
  let inked = 0;
  let differing = 0;
  const compare = (from: InkImage, to: InkImage): void => {
    for (let y = 0; y < from.height; y++) {
      for (let x = 0; x < from.width; x++) {
        if (ink(from.data, (y * from.width + x) * 4) <= 0.5) continue;
        inked++;
        let matched = false;
        for (let dy = -radius; dy <= radius && !matched; dy++) {
          for (let dx = -radius; dx <= radius && !matched; dx++) {
            const tx = x + dx;
            const ty = y + dy;
            if (tx < 0 || ty < 0 || tx >= to.width || ty >= to.height) continue;
            if (ink(to.data, (ty * to.width + tx) * 4) > 0.25) matched = true;
          }
        }
        if (!matched) differing++;
      }
    }
  };
  compare(a, b);
  compare(b, a);
  return { differingShare: inked ? differing / inked : 0, inkedPixels: inked };
}
