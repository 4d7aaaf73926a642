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

export { pixelDiff, type PixelDiff } from './ink-diff.js';

/** Chromium's accessibility tree, flattened. */
export function accessibilityTree(): Promise<Array<{ role: string; name: string; ignored: boolean }>> {
  return executeServerCommand('bichig-ax-tree', {});
}

export { axeViolations } from './axe.js';
