import { executeServerCommand } from '@web/test-runner-commands';

/** Screenshots the viewport area of `element` (saved to .cache/elements-screenshots/<name>.png for people to look at). */
export async function screenshot(element: Element, name: string): Promise<ImageData> {
  const rect = element.getBoundingClientRect();
  const clip = {
    x: Math.floor(rect.left),
    y: Math.floor(rect.top),
    width: Math.ceil(rect.width),
    height: Math.ceil(rect.height),
  };
  const base64 = await executeServerCommand<string, unknown>('bichig-screenshot', { name, clip });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Ink coverage per pixel: 0 (background) … 1 (full glyph colour), from luminance against a white page. */
function ink(data: Uint8ClampedArray, i: number): number {
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
export function pixelDiff(a: ImageData, b: ImageData, radius = 1): PixelDiff {
  let inked = 0;
  let differing = 0;
  const compare = (from: ImageData, to: ImageData): void => {
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

/** Chromium's accessibility tree, flattened. */
export function accessibilityTree(): Promise<Array<{ role: string; name: string; ignored: boolean }>> {
  return executeServerCommand('bichig-ax-tree', {});
}

export { axeViolations } from './axe.js';
