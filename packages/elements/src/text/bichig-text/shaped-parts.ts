/**
 * The two parts of a shaped <bichig-text> that are not plain template output, as directives so
 * that the element's render() stays the one writer of its shadow DOM: the glyph chunks (drawn
 * where they can be seen, see glyph-chunks.ts) and the text layer (markup built from the layout).
 */
import { nothing } from 'lit';
import type { ElementPart } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { DirectiveResult, PartInfo } from 'lit/directive.js';
import type { TextLayout } from '@bichig/core';
import { textLayerHtml } from '../../internal/shaped-render.js';
import { COLUMNS_PER_CHUNK, GlyphChunks } from './glyph-chunks.js';
import { sharedColumns } from './progressive-layout.js';

class GlyphChunksDirective extends AsyncDirective {
  #chunks: GlyphChunks | undefined;
  #layout: TextLayout | undefined;
  #bold = false;
  #drawn: readonly number[] | undefined;
  /** The chunks follow the viewport once the first ones in sight are drawn. */
  #following = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('glyphChunks() belongs on an element');
  }

  render(_layout: TextLayout, _bold: boolean, _visible: readonly number[] | undefined): typeof nothing {
    return nothing;
  }

  override update(
    part: ElementPart,
    [layout, bold, visible]: [TextLayout, boolean, readonly number[] | undefined],
  ): typeof nothing {
    const container = part.element as HTMLElement;
    if (this.#chunks?.container !== container) {
      this.#chunks?.clear();
      this.#chunks = new GlyphChunks(container);
      this.#layout = undefined;
    }
    if (layout !== this.#layout) {
      // A long text's layout grown by its next paragraphs keeps what is drawn of its first columns.
      const shared = bold === this.#bold ? sharedColumns(this.#layout, layout) : 0;
      if (shared > 0) this.#chunks.extend(layout, shared);
      else {
        this.#drawn = undefined;
        this.#following = false;
        this.#chunks.show(layout, bold);
      }
      this.#layout = layout;
      this.#bold = bold;
    }
    if (visible && visible !== this.#drawn) {
      this.#drawn = visible;
      this.#chunks.drawNow(visible);
      this.#following = true;
      if (this.isConnected) this.#chunks.observe();
    }
    return nothing;
  }

  protected override disconnected(): void {
    this.#chunks?.unobserve();
  }

  protected override reconnected(): void {
    if (this.#following) this.#chunks?.observe();
  }
}

/**
 * Draws `layout`'s glyphs into this element, chunk by chunk: sentinels for every chunk at once;
 * the chunks `visible` (measured in the page's layout batch) at once when given, then the others
 * as they come near the viewport.
 */
export const glyphChunks: (
  layout: TextLayout,
  bold: boolean,
  visible: readonly number[] | undefined,
) => DirectiveResult<typeof GlyphChunksDirective> = directive(GlyphChunksDirective);

/** The text layer's markup of each layout drawn, built once per layout. */
const textLayers = new WeakMap<TextLayout, string>();

class TextLayerDirective extends Directive {
  #layout: TextLayout | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('textLayer() belongs on an element');
  }

  render(_layout: TextLayout): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [layout]: [TextLayout]): typeof nothing {
    if (layout === this.#layout) return nothing;
    const shared = sharedColumns(this.#layout, layout);
    this.#layout = layout;
    if (shared >= COLUMNS_PER_CHUNK) {
      // A long text's layout grown by its next paragraphs: its groups of shared columns stay, and
      // the groups from the first one with a new column on are parsed into place after them.
      const from = shared - (shared % COLUMNS_PER_CHUNK);
      const layer = part.element;
      for (let group = layer.lastElementChild; group && Number((group as HTMLElement).dataset['from']) >= from;) {
        group.remove();
        group = layer.lastElementChild;
      }
      layer.insertAdjacentHTML('beforeend', textLayerHtml(layout, COLUMNS_PER_CHUNK, from));
      return nothing;
    }
    let markup = textLayers.get(layout);
    if (markup === undefined) {
      markup = textLayerHtml(layout, COLUMNS_PER_CHUNK);
      textLayers.set(layout, markup);
    }
    // Parsed once into place, with no template markers among the children (selection offsets
    // are counted over them).
    part.element.innerHTML = markup;
    return nothing;
  }
}

/** Fills this element with `layout`'s text layer: the transparent, selectable text over the glyphs. */
export const textLayer: (layout: TextLayout) => DirectiveResult<typeof TextLayerDirective> =
  directive(TextLayerDirective);
