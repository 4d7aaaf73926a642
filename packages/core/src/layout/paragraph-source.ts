// Shaped paragraphs for a layout, from an LRU cache kept beside the shaper's word cache (one per
// shaper and font stack, keyed by the paragraph text and every option shaping depends on), or
// shaped on a miss; paragraphs too long to cache are shaped every time.
import type { FontStack } from '../font/stack.js';
import type { Shaper } from '../shape/shape.js';
import { LruCache } from '../lru.js';
import type { ShapedParagraph, ShapingContext } from './shaped-paragraph.js';
import { shapeParagraph } from './shape-paragraph.js';

/** Paragraphs longer than this are shaped every time instead of cached (their words still are). */
const MAX_CACHED_PARAGRAPH = 20_000;
const PARAGRAPH_CACHE_SIZE = 2_000;
const paragraphCaches = new WeakMap<Shaper, WeakMap<FontStack, LruCache<string, ShapedParagraph>>>();

function paragraphCacheFor(shaper: Shaper, fonts: FontStack): LruCache<string, ShapedParagraph> {
  let byFonts = paragraphCaches.get(shaper);
  if (!byFonts) paragraphCaches.set(shaper, (byFonts = new WeakMap()));
  let cache = byFonts.get(fonts);
  if (!cache) byFonts.set(fonts, (cache = new LruCache(PARAGRAPH_CACHE_SIZE)));
  return cache;
}

/**
 * Gives shaped paragraphs for one layout: analysed and shaped, or taken from the LRU cache kept
 * beside the shaper's word cache (keyed by the paragraph text and every option shaping depends
 * on), so that a re-layout at another block size or alignment only breaks columns.
 */
export class ParagraphSource {
  readonly #cache: LruCache<string, ShapedParagraph>;
  readonly #prefix: string;

  constructor(
    private readonly ctx: ShapingContext,
    fontSize: number,
  ) {
    this.#cache = paragraphCacheFor(ctx.shaper, ctx.fonts);
    this.#prefix = `${fontSize}\u0001${ctx.tateChuYokoMaxDigits}\u0001${(ctx.features ?? []).join(',')}\u0001`;
  }

  get(paragraph: string): ShapedParagraph {
    const cache = this.#cache;
    const cacheable = paragraph.length <= MAX_CACHED_PARAGRAPH;
    const key = this.#prefix + paragraph;
    const cached = cacheable ? cache.get(key) : undefined;
    if (cached) return cached;
    const shaped = shapeParagraph(this.ctx, paragraph);
    if (cacheable) cache.set(key, shaped);
    return shaped;
  }
}
