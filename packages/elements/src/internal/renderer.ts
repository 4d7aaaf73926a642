/** How an element draws Mongolian: HarfBuzz glyphs as SVG, the browser's own text, or whichever is correct here. */
export type RendererMode = 'shaped' | 'native' | 'auto';

export const RENDERER_MODES: readonly RendererMode[] = ['shaped', 'native', 'auto'];

/** An attribute value that is not a renderer mode. */
export class InvalidRendererError extends Error {
  override readonly name = 'InvalidRendererError';
  constructor(
    readonly value: unknown,
    readonly tagName: string,
  ) {
    super(`<${tagName}> renderer="${String(value)}" is not one of ${RENDERER_MODES.join(', ')}; using auto`);
  }
}

/** Reads a renderer attribute; an unknown value falls back to `auto` and is reported once per element. */
export function parseRenderer(value: unknown, element: Element): RendererMode {
  if (RENDERER_MODES.includes(value as RendererMode)) return value as RendererMode;
  if (value !== null && value !== undefined) console.warn(new InvalidRendererError(value, element.localName).message);
  return 'auto';
}
