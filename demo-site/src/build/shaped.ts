// Short Mongolian texts on Chinese pages (a site's Mongolian name, the language switch) are drawn
// at build time as shaped SVG: @bichig/core lays them out in Node with HarfBuzz (the same layout
// the elements use in browsers) and the glyph outlines go into the page. Such a page then needs no
// Mongolian font at all, and the names read correctly in any browser, with or without JavaScript.
// The SVG carries the text as its accessible name (role="img", aria-label, lang="mn-Mong").
import { layoutText, loadFontStack, toSVG, type FontStack } from '@bichig/core';
import { raw, type Html } from './html.js';

export class ShapedMongolian {
  readonly #cache = new Map<string, Html>();
  #nextId = 1;

  private constructor(private readonly fonts: FontStack) {}

  /** Loads the project fonts (Mongolian first, then Chinese for anything else). */
  static async create(mongolianFont: Uint8Array, chineseFont: Uint8Array): Promise<ShapedMongolian> {
    return new ShapedMongolian(await loadFontStack([mongolianFont, chineseFont]));
  }

  /**
   * `text` set vertically at `fontSize` px in columns at most `blockSize` px long (advancing
   * left→right), as an inline SVG exactly as large as the columns the text needs.
   */
  svg(text: string, fontSize: number, blockSize: number, className: string): Html {
    const key = `${fontSize}/${blockSize}/${className}/${text}`;
    let markup = this.#cache.get(key);
    if (!markup) {
      const columnWidth = fontSize * 1.5;
      const free = layoutText(text, { fonts: this.fonts, fontSize, columnWidth, blockSize });
      // Short texts take only the length they need; longer ones wrap at blockSize.
      const used = Math.ceil(Math.max(...free.columns.map((c) => c.extent), 1));
      const layout =
        used < blockSize ? layoutText(text, { fonts: this.fonts, fontSize, columnWidth, blockSize: used + 1 }) : free;
      const svg = toSVG(layout, { lang: 'mn-Mong', idPrefix: `mn${this.#nextId++}` });
      markup = raw(svg.replace('<svg ', `<svg class="${className}" focusable="false" `));
      this.#cache.set(key, markup);
    }
    return markup;
  }
}
