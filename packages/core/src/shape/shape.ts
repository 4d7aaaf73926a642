import * as hb from 'harfbuzzjs';
import type { BichigFont } from '../font/font.js';
import { LruCache } from '../lru.js';

/**
 * The direction HarfBuzz shapes in. Mongolian and Latin are shaped `ltr` and the layout
 * rotates them 90° clockwise; Chinese (upright) is shaped `ttb`, which applies vert/vrt2 and
 * the font's vertical metrics.
 */
export type ShapeDirection = 'ltr' | 'ttb';

/** How to shape a piece of text. */
export interface ShapeRequest {
  direction: ShapeDirection;
  /** ISO 15924 script code ("Mong", "Hani", "Latn"); guessed from the text when absent. */
  script?: string;
  /** BCP 47 language ("mn", "zh"); HarfBuzz's default when absent. */
  language?: string;
  /**
   * Feature overrides in HarfBuzz/CSS syntax: "kern=0", "-liga", "+ss01", "aalt=2", "vert[3:5]".
   * @throws {FeatureSyntaxError} for a string HarfBuzz cannot parse.
   */
  features?: readonly string[];
}

/** One shaped glyph. Positions are in font units (HarfBuzz's, y grows up). */
export interface ShapedGlyph {
  /** Glyph id in the font. 0 is .notdef: the font has no glyph for the character. */
  id: number;
  /** UTF-16 offset, in the shaped text, of the first code unit of the glyph's cluster. */
  cluster: number;
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A feature string HarfBuzz cannot parse. */
export class FeatureSyntaxError extends Error {
  override readonly name = 'FeatureSyntaxError';
  constructor(readonly feature: string) {
    super(`Invalid OpenType feature setting "${feature}": expected e.g. "kern=0", "-liga", "+ss01" or "aalt=2"`);
  }
}

/**
 * Where each number of a packed glyph sits in {@link ShapedRun.data}, as HarfBuzz gives them
 * (hb_glyph_info_t, hb_glyph_position_t); positions are in font units.
 */
export const GLYPH_SLOT = {
  /** Glyph id in the font. */
  id: 0,
  /** UTF-16 offset in the shaped text of the first character the glyph stands for. */
  cluster: 1,
  /** Advance along x (horizontal shaping: the pen moves right by it). */
  xAdvance: 2,
  /** Advance along y (vertical shaping: negative, the pen moves down). */
  yAdvance: 3,
  /** Offset from the pen along x, for drawing only. */
  xOffset: 4,
  /** Offset from the pen along y (up), for drawing only. */
  yOffset: 5,
} as const;

/** Numbers per packed glyph. */
const STRIDE = 6;

/**
 * The result of shaping one piece of text with one font. Glyphs are kept packed in an
 * Int32Array ({@link GLYPH_SLOT}: id, cluster, xAdvance, yAdvance, xOffset, yOffset per glyph)
 * so that thousands of cached words stay small; {@link ShapedRun.glyphs} unpacks them.
 */
export class ShapedRun {
  /** Packed glyphs, {@link ShapedRun.STRIDE} numbers each. */
  readonly data: Int32Array;
  readonly length: number;
  /** Total advance along the shaping direction, in font units (positive). */
  readonly advance: number;

  static readonly STRIDE = STRIDE;
  /** The slot of each number within a packed glyph. */
  static readonly SLOT = GLYPH_SLOT;

  constructor(
    readonly font: BichigFont,
    readonly text: string,
    readonly direction: ShapeDirection,
    data: Int32Array,
  ) {
    this.data = data;
    this.length = data.length / STRIDE;
    let advance = 0;
    for (let i = 0; i < data.length; i += STRIDE)
      advance += direction === 'ttb' ? -data[i + GLYPH_SLOT.yAdvance]! : data[i + GLYPH_SLOT.xAdvance]!;
    this.advance = advance;
  }

  /** The glyphs, unpacked. */
  glyphs(): ShapedGlyph[] {
    const d = this.data;
    const out: ShapedGlyph[] = [];
    for (let i = 0; i < d.length; i += STRIDE) {
      out.push({
        id: d[i + GLYPH_SLOT.id]!,
        cluster: d[i + GLYPH_SLOT.cluster]!,
        xAdvance: d[i + GLYPH_SLOT.xAdvance]!,
        yAdvance: d[i + GLYPH_SLOT.yAdvance]!,
        xOffset: d[i + GLYPH_SLOT.xOffset]!,
        yOffset: d[i + GLYPH_SLOT.yOffset]!,
      });
    }
    return out;
  }

  /** Glyph names from the font's post table, in glyph order. */
  glyphNames(): string[] {
    const names: string[] = [];
    for (let i = 0; i < this.data.length; i += STRIDE) names.push(this.font.glyphName(this.data[i + GLYPH_SLOT.id]!));
    return names;
  }
}

export interface ShaperOptions {
  /** How many shaped words the LRU cache keeps. Default 20 000; 0 disables the cache. */
  cacheSize?: number;
  /** Texts longer than this (UTF-16 units) are shaped but not cached. Default 128. */
  maxCachedLength?: number;
}

/** Counters of a {@link Shaper}'s word cache. */
export interface ShapeCacheStats {
  size: number;
  capacity: number;
  hits: number;
  misses: number;
  evictions: number;
}

const featureCache = new Map<string, hb.Feature[]>();

function parseFeatures(features: readonly string[] | undefined): { key: string; list: hb.Feature[] } {
  if (!features || features.length === 0) return { key: '', list: [] };
  const key = features.join(',');
  let list = featureCache.get(key);
  if (!list) {
    list = features.map((text) => {
      const feature = hb.Feature.fromString(text.trim());
      if (!feature) throw new FeatureSyntaxError(text);
      return feature;
    });
    featureCache.set(key, list);
  }
  return { key, list };
}

/**
 * Shapes text with HarfBuzz and remembers the result in a bounded LRU cache. The cache key is
 * the whole text (a word with its NNBSP/MVS suffixes: splitting the suffix off would change
 * its shapes), the font, the direction, script, language and feature overrides.
 */
export class Shaper {
  readonly #cache: LruCache<string, ShapedRun>;
  readonly #maxCachedLength: number;
  readonly #buffer = new hb.Buffer();
  #hits = 0;
  #misses = 0;

  constructor(options: ShaperOptions = {}) {
    this.#cache = new LruCache(Math.max(0, Math.floor(options.cacheSize ?? 20_000)));
    this.#maxCachedLength = options.maxCachedLength ?? 128;
  }

  /**
   * Shapes `text` with `font`. Cached: the same word, font and request return the same
   * {@link ShapedRun} object.
   * @throws {FeatureSyntaxError} when a feature override cannot be parsed.
   */
  shape(font: BichigFont, text: string, request: ShapeRequest): ShapedRun {
    const features = parseFeatures(request.features);
    if (this.#cache.capacity === 0 || text.length > this.#maxCachedLength) {
      this.#misses++;
      return this.#shapeNow(font, text, request, features.list);
    }
    const key = `${font.id}\u0001${request.direction}\u0001${request.script ?? ''}\u0001${request.language ?? ''}\u0001${features.key}\u0001${text}`;
    const cached = this.#cache.get(key);
    if (cached) {
      this.#hits++;
      return cached;
    }
    this.#misses++;
    const run = this.#shapeNow(font, text, request, features.list);
    this.#cache.set(key, run);
    return run;
  }

  /** Cache counters since construction (or the last {@link Shaper.clearCache}). */
  get cacheStats(): ShapeCacheStats {
    return {
      size: this.#cache.size,
      capacity: this.#cache.capacity,
      hits: this.#hits,
      misses: this.#misses,
      evictions: this.#cache.evictions,
    };
  }

  /** Empties the cache and resets its counters. */
  clearCache(): void {
    this.#cache.clear();
    this.#hits = this.#misses = 0;
  }

  #shapeNow(font: BichigFont, text: string, request: ShapeRequest, features: hb.Feature[]): ShapedRun {
    const buffer = this.#buffer;
    buffer.clearContents();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    if (request.script) buffer.setScript(request.script);
    if (request.language) buffer.setLanguage(request.language);
    // harfbuzzjs wants the numeric enum; a string is silently ignored.
    buffer.setDirection(request.direction === 'ttb' ? hb.Direction.TTB : hb.Direction.LTR);
    hb.shape(font.harfbuzz, buffer, features);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    const data = new Int32Array(infos.length * STRIDE);
    const vertical = request.direction === 'ttb';
    for (let i = 0, j = 0; i < infos.length; i++, j += STRIDE) {
      const info = infos[i]!;
      const position = positions[i]!;
      data[j + GLYPH_SLOT.id] = info.codepoint;
      data[j + GLYPH_SLOT.cluster] = info.cluster;
      data[j + GLYPH_SLOT.xAdvance] = position.xAdvance;
      data[j + GLYPH_SLOT.yAdvance] = position.yAdvance;
      data[j + GLYPH_SLOT.xOffset] = position.xOffset;
      data[j + GLYPH_SLOT.yOffset] = position.yOffset;
      if (vertical) {
        // Re-base on the glyph's true vertical origin (see BichigFont.verticalOrigin).
        const used = font.harfbuzz.glyphVOrigin(info.codepoint)?.[1] ?? font.metrics.ascender;
        data[j + GLYPH_SLOT.yOffset] = position.yOffset + used - font.verticalOrigin(info.codepoint);
      }
    }
    return new ShapedRun(font, text, request.direction, data);
  }
}

/** Shapes `text` once, without a cache (for tools and tests; layouts use a {@link Shaper}). */
export function shapeText(font: BichigFont, text: string, request: ShapeRequest = { direction: 'ltr' }): ShapedRun {
  return uncachedShaper.shape(font, text, request);
}

const uncachedShaper = new Shaper({ cacheSize: 0 });
