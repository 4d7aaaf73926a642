import { executeServerCommand } from '@web/test-runner-commands';

/** Screenshots the viewport area of `element` (saved to .cache/elements-screenshots/<name>.png for people to look at). */
export async function screenshot(element: Element, name: string): Promise<ImageData> {
  const rect = element.getBoundingClientRect();
  const clip = { x: Math.floor(rect.left), y: Math.floor(rect.top), width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
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
  /** Pixels whose ink differs by more than the per-pixel threshold, as a fraction of the inked pixels of either image. */
  differingShare: number;
  inkedPixels: number;
}

/**
 * Compares two screenshots of text. Anti-aliasing differs between an SVG path and a text
 * rasteriser, so a pixel counts as different only when the ink differs by more than `threshold`
 * (0–1), and the count is relative to the pixels that carry ink at all.
 */
export function pixelDiff(a: ImageData, b: ImageData, threshold = 0.5): PixelDiff {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  let inked = 0;
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ia = (y * a.width + x) * 4;
      const ib = (y * b.width + x) * 4;
      const inkA = ink(a.data, ia);
      const inkB = ink(b.data, ib);
      if (inkA > 0.1 || inkB > 0.1) inked++;
      if (Math.abs(inkA - inkB) > threshold) differing++;
    }
  }
  // Size differences count in full: every pixel outside the common area that has ink differs.
  for (const image of [a, b]) {
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        if (x < width && y < height) continue;
        if (ink(image.data, (y * image.width + x) * 4) > 0.1) differing++, inked++;
      }
    }
  }
  return { differingShare: inked ? differing / inked : 0, inkedPixels: inked };
}
