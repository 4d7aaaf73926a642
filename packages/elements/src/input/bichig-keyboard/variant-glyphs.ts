/**
 * Glyph pictures for the long-press variant menu: a letter (with its FVS) in a given position,
 * shaped by @bichig/core with HarfBuzz and the project font and drawn as SVG. The position is
 * forced with zero width joiners around the letter (UTN #57's test method), so the picture is
 * the form the font will really use at the caret.
 */
import type { LetterPosition } from '@bichig/keyboard';
import { ZWJ } from '@bichig/keyboard';
import { loadShapedEngine } from '../../internal/shaped-engine.js';
import { glyphSvg } from '../../internal/shaped-render.js';

/** The letter (and its FVS) between the joiners that give it `position`. */
export function inContext(text: string, position: LetterPosition): string {
  switch (position) {
    case 'init':
      return text + ZWJ;
    case 'medi':
      return ZWJ + text + ZWJ;
    case 'fina':
      return ZWJ + text;
    default:
      return text;
  }
}

const cache = new Map<string, Promise<string>>();
let nextId = 1;

/**
 * The SVG markup of `text` shaped in `position` at `fontSize` px, set vertically (one column).
 * @throws ShapedRendererError when HarfBuzz or the font cannot be loaded; callers show the
 *   native text instead.
 */
export function variantGlyphSvg(text: string, position: LetterPosition, fontSize: number): Promise<string> {
  const display = inContext(text, position);
  const key = `${fontSize}\u0001${display}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = (async () => {
      const engine = await loadShapedEngine(display);
      const options = { fonts: engine.fonts, fontSize, columnWidth: fontSize * 1.4 };
      // First pass finds the column's natural length, the second draws it at exactly that length.
      const natural = engine.core.layoutText(display, { ...options, blockSize: 10_000 });
      const extent = Math.max(1, Math.ceil(Math.max(0, ...natural.columns.map((column) => column.extent))));
      const layout = engine.core.layoutText(display, { ...options, blockSize: extent });
      return glyphSvg(layout, `v${nextId++}`);
    })();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
