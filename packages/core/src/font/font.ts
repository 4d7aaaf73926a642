// harfbuzzjs's declarations use Emscripten's global types without declaring them (@types/emscripten).
/// <reference types="emscripten" preserve="true" />
import * as hb from 'harfbuzzjs';
import { FontLoadError, describeBytes } from '../errors.js';
import { readUrl } from '../subset/subset.js';

/** What a font can be loaded from: its bytes, or a URL / file path to fetch them from. */
export type FontSource = Uint8Array | ArrayBuffer | string | URL;

/**
 * The container the bytes came in. WOFF2 is decoded to SFNT before HarfBuzz sees it; a gzip
 * wrapper (a `.ttf.gz`) is removed first and reports the format of the font inside it.
 */
export type FontFormat = 'truetype' | 'opentype' | 'woff2';

/** Names and facts from the font's own tables (name, head, maxp, post), read with HarfBuzz. */
export interface FontMetadata {
  family: string;
  subfamily: string;
  fullName: string;
  postScriptName: string;
  version: string;
  format: FontFormat;
  glyphCount: number;
  unitsPerEm: number;
  /** True when the post table carries glyph names (format 2), so `glyphName` returns real names. */
  hasGlyphNames: boolean;
}

/** Metrics in font units (y grows up, as in the font). */
export interface FontMetrics {
  unitsPerEm: number;
  /** hhea ascender (positive). */
  ascender: number;
  /** hhea descender (negative). */
  descender: number;
  lineGap: number;
  /** The font has vhea/vmtx, so upright vertical glyphs use its own vertical advances. */
  hasVerticalMetrics: boolean;
}

export interface LoadFontOptions {
  /** A label for error messages and debugging; defaults to the URL or "bytes (N B)". */
  name?: string;
}

let nextFontId = 1;

/**
 * A loaded font: the HarfBuzz font used for shaping and outlines, plus metadata, coverage
 * and metrics. Create one with {@link loadFont}; it is immutable and can be shared.
 */
export class BichigFont {
  /** A process-unique id, used in shaping cache keys. */
  readonly id: number;
  /** Where the font came from (URL, path, or "bytes (N B)"). */
  readonly source: string;
  /** The SFNT bytes (WOFF2 already decoded). */
  readonly bytes: Uint8Array;
  readonly metadata: FontMetadata;
  readonly metrics: FontMetrics;
  /** The HarfBuzz font, at the font's own units per em. */
  readonly harfbuzz: hb.Font;
  readonly #coverage: Set<number>;
  readonly #names = new Map<number, string>();
  readonly #paths = new Map<number, string>();
  readonly #verticalOrigins = new Map<number, number>();
  readonly #vmtx: DataView | undefined;
  readonly #longVerticalMetrics: number;

  /** @internal Use {@link loadFont}. */
  constructor(source: string, bytes: Uint8Array, format: FontFormat, face: hb.Face, tables: SfntFacts) {
    this.id = nextFontId++;
    this.source = source;
    this.bytes = bytes;
    this.harfbuzz = new hb.Font(face);
    this.#coverage = new Set(face.collectUnicodes());
    const extents = this.harfbuzz.hExtents();
    const names = face.listNames();
    const name = (nameId: number): string => {
      // HarfBuzz matches "en" against en-US, en-GB…; a font without English names gets its first one.
      const english = face.getName(nameId, 'en');
      if (english) return english;
      const other = names.find((entry) => entry.nameId === nameId);
      return other ? face.getName(nameId, other.language) : '';
    };
    this.metadata = {
      family: name(1),
      subfamily: name(2),
      fullName: name(4),
      postScriptName: name(6),
      version: name(5),
      format,
      glyphCount: tables.numGlyphs,
      unitsPerEm: tables.unitsPerEm,
      hasGlyphNames: tables.hasGlyphNames,
    };
    this.metrics = {
      unitsPerEm: face.upem,
      ascender: extents.ascender,
      descender: extents.descender,
      lineGap: extents.lineGap,
      hasVerticalMetrics: false,
    };
    // Read from the SFNT bytes, not with harfbuzzjs's referenceTable: that never releases the
    // table's blob, which holds the whole font in HarfBuzz's heap for as long as the page lives.
    const vhea = tables.tables.get('vhea');
    const vmtx = tables.tables.get('vmtx');
    if (vhea && vmtx && vhea.byteLength >= 36) {
      this.#longVerticalMetrics = vhea.getUint16(34);
      if (this.#longVerticalMetrics > 0 && vmtx.byteLength >= this.#longVerticalMetrics * 4) {
        this.#vmtx = vmtx;
        this.metrics.hasVerticalMetrics = true;
      }
    } else {
      this.#longVerticalMetrics = 0;
    }
  }

  /**
   * The y (font units, y up) of the glyph's vertical origin: the top of its vertical em box,
   * from vmtx (top side bearing + glyph top), as the OpenType spec defines it for TrueType
   * outlines. Without vmtx: the ascender. (HarfBuzz's WebAssembly build falls back to the
   * ascender even when vmtx exists, which sets upright CJK too low; the shaper corrects that.)
   */
  verticalOrigin(glyphId: number): number {
    let origin = this.#verticalOrigins.get(glyphId);
    if (origin === undefined) {
      origin = this.metrics.ascender;
      const vmtx = this.#vmtx;
      const extents = this.harfbuzz.glyphExtents(glyphId);
      if (vmtx && extents && glyphId < this.metadata.glyphCount) {
        const long = this.#longVerticalMetrics;
        const offset = glyphId < long ? glyphId * 4 + 2 : long * 4 + (glyphId - long) * 2;
        if (offset + 2 <= vmtx.byteLength) origin = extents.yBearing + vmtx.getInt16(offset);
      }
      this.#verticalOrigins.set(glyphId, origin);
    }
    return origin;
  }

  /** Units per em. */
  get upem(): number {
    return this.metrics.unitsPerEm;
  }

  /** The code points the font maps to a glyph (its cmap). */
  get coverage(): ReadonlySet<number> {
    return this.#coverage;
  }

  /** Whether the font's cmap maps `codePoint` to a glyph. */
  hasCodePoint(codePoint: number): boolean {
    return this.#coverage.has(codePoint);
  }

  /** The glyph's name from the post table (HarfBuzz falls back to "gidN" when the font has none). */
  glyphName(glyphId: number): string {
    let name = this.#names.get(glyphId);
    if (name === undefined) {
      name = this.harfbuzz.glyphName(glyphId);
      this.#names.set(glyphId, name);
    }
    return name;
  }

  /** The glyph's outline as SVG path data in font units, y growing up (as in the font). */
  glyphPath(glyphId: number): string {
    let path = this.#paths.get(glyphId);
    if (path === undefined) {
      path = this.harfbuzz.glyphToPath(glyphId);
      this.#paths.set(glyphId, path);
    }
    return path;
  }
}

function detectFormat(bytes: Uint8Array): FontFormat | 'woff' | 'collection' | undefined {
  if (bytes.byteLength < 4) return undefined;
  const tag = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (tag === '\x00\x01\x00\x00' || tag === 'true') return 'truetype';
  if (tag === 'OTTO') return 'opentype';
  if (tag === 'wOF2') return 'woff2';
  if (tag === 'wOFF') return 'woff';
  if (tag === 'ttcf') return 'collection';
  return undefined;
}

function toUint8(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/**
 * Loads a TrueType, OpenType or WOFF2 font from bytes, a URL or (in Node) a file path. Any of
 * them may come gzip-wrapped (a `.ttf.gz`: magic bytes 1f 8b); the wrapper is removed with the
 * platform's own `DecompressionStream`, so a TTF travels at about WOFF2 size without a JS
 * decoder. A server that already removed the encoding hands the plain font, which works too.
 *
 * @throws {FontLoadError} naming the source and the reason when the bytes cannot be fetched,
 *   are bad gzip, are not a font, are WOFF 1 or a collection, or cannot be parsed.
 */
export async function loadFont(source: FontSource, options: LoadFontOptions = {}): Promise<BichigFont> {
  let label: string;
  let raw: Uint8Array;
  if (typeof source === 'string' || source instanceof URL) {
    label = options.name ?? String(source);
    try {
      raw = await readUrl(source);
    } catch (cause) {
      throw new FontLoadError(label, `could not read it (${cause instanceof Error ? cause.message : String(cause)})`, {
        cause,
      });
    }
  } else {
    raw = toUint8(source);
    label = options.name ?? describeBytes(raw);
  }
  if (isGzip(raw)) raw = await gunzip(raw, label);
  const format = detectFormat(raw);
  if (format === undefined) {
    throw new FontLoadError(
      label,
      raw.byteLength < 4
        ? `only ${raw.byteLength} bytes, too short to be a font`
        : 'not a TrueType, OpenType or WOFF2 font (unknown signature)',
    );
  }
  if (format === 'woff') throw new FontLoadError(label, 'WOFF 1 is not supported; use WOFF2, TTF or OTF');
  if (format === 'collection')
    throw new FontLoadError(label, 'font collections (TTC/OTC) are not supported; extract one font');
  let sfnt = raw;
  if (format === 'woff2') {
    // The decoder allocates what the header declares: a few bytes may not ask for gigabytes.
    const declared = raw.byteLength >= 20 ? new DataView(raw.buffer, raw.byteOffset, 20).getUint32(16) : 0;
    if (declared > MAX_FONT_BYTES)
      throw new FontLoadError(
        label,
        `the WOFF2 header declares a ${declared} B font, more than the ${MAX_FONT_BYTES} B a font may take`,
      );
    try {
      const { default: decompress } = await import('woff2-encoder/decompress');
      sfnt = await decompress(raw);
    } catch (cause) {
      throw new FontLoadError(
        label,
        `WOFF2 data could not be decoded (${cause instanceof Error ? cause.message : String(cause)})`,
        { cause },
      );
    }
  }
  if (sfnt.byteLength > MAX_FONT_BYTES)
    throw new FontLoadError(
      label,
      `the font is ${sfnt.byteLength} B, more than the ${MAX_FONT_BYTES} B a font may take`,
    );
  return fontFromSfnt(sfnt, label, format);
}

/** What loadFont reads from the raw tables before trusting HarfBuzz with the rest. */
interface SfntFacts {
  numGlyphs: number;
  unitsPerEm: number;
  hasGlyphNames: boolean;
  /** Each table of the directory, as a view into the SFNT bytes. */
  tables: ReadonlyMap<string, DataView>;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** No font we would shape is near this size (the Chinese subset is 2.2 MB); a gzip that inflates past it is a bomb. */
const MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024;
/** The largest font (as SFNT, after decompression) loadFont hands HarfBuzz, which copies it into its memory. */
const MAX_FONT_BYTES = MAX_GUNZIPPED_BYTES;

async function gunzip(bytes: Uint8Array, label: string): Promise<Uint8Array> {
  if (typeof DecompressionStream !== 'function')
    throw new FontLoadError(label, 'the font is gzip-wrapped and this platform has no DecompressionStream');
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.byteLength;
      if (length > MAX_GUNZIPPED_BYTES) {
        await reader.cancel();
        throw new FontLoadError(label, `the gzip-wrapped font inflates past ${MAX_GUNZIPPED_BYTES} bytes`);
      }
    }
    const out = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  } catch (cause) {
    if (cause instanceof FontLoadError) throw cause;
    throw new FontLoadError(
      label,
      `gzip data could not be decompressed (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    );
  }
}

/**
 * Checks the SFNT table directory (every table inside the file) and reads maxp.numGlyphs,
 * head.unitsPerEm and the post format. HarfBuzz never throws on a damaged font (it sanitizes
 * tables to empty), so these checks are what turns a corrupt file into a FontLoadError.
 */
function readSfntFacts(sfnt: Uint8Array, label: string): SfntFacts {
  const unparsable = (why: string) => new FontLoadError(label, `the font tables could not be parsed (${why})`);
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  if (sfnt.byteLength < 12) throw unparsable('the file ends inside the table directory');
  const numTables = view.getUint16(4);
  if (numTables === 0) throw unparsable('the table directory is empty');
  if (12 + numTables * 16 > sfnt.byteLength) throw unparsable(`the directory of ${numTables} tables runs past the end`);
  const tables = new Map<string, DataView>();
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    const checksum = view.getUint32(record + 4);
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > sfnt.byteLength)
      throw unparsable(`table '${tag}' (${length} B at ${offset}) lies past the end of the ${sfnt.byteLength} B file`);
    // A damaged table (a flipped bit, a truncated download) is refused before HarfBuzz reads it:
    // HarfBuzz would shape with whatever survives its sanitizer, and one damaged GPOS took all memory.
    const actual = tableChecksum(view, offset, length, tag === 'head');
    if (actual !== checksum)
      throw new FontLoadError(
        label,
        `table '${tag}' is damaged: its checksum is 0x${actual.toString(16).padStart(8, '0')}, the table directory says 0x${checksum.toString(16).padStart(8, '0')}`,
      );
    tables.set(tag, new DataView(sfnt.buffer, sfnt.byteOffset + offset, length));
  }
  const maxp = tables.get('maxp');
  const head = tables.get('head');
  const numGlyphs = maxp && maxp.byteLength >= 6 ? maxp.getUint16(4) : 0;
  const unitsPerEm = head && head.byteLength >= 54 ? head.getUint16(18) : 0;
  if (!numGlyphs || !unitsPerEm) throw new FontLoadError(label, 'the font has no glyphs or no units per em');
  const post = tables.get('post');
  const postVersion = post && post.byteLength >= 4 ? post.getUint32(0) : 0;
  // post 2.0 (0x00020000) and 2.5 (0x00025000) carry glyph names.
  return { numGlyphs, unitsPerEm, hasGlyphNames: postVersion === 0x00020000 || postVersion === 0x00025000, tables };
}

/** The OpenType checksum of a table: the sum of its big-endian uint32s (zero-padded), head's checkSumAdjustment as 0. */
function tableChecksum(view: DataView, offset: number, length: number, isHead: boolean): number {
  let sum = 0;
  const whole = offset + (length & ~3);
  for (let at = offset; at < whole; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  if (length & 3) {
    let last = 0;
    for (let k = 0; k < 4; k++)
      last = (last << 8) | (k < (length & 3) && whole + k < view.byteLength ? view.getUint8(whole + k) : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  if (isHead && length >= 12) sum = (sum - view.getUint32(offset + 8)) >>> 0;
  return sum;
}

function fontFromSfnt(sfnt: Uint8Array, label: string, format: FontFormat): BichigFont {
  const facts = readSfntFacts(sfnt, label);
  const face = new hb.Face(new hb.Blob(sfnt));
  const font = new BichigFont(label, sfnt, format, face, facts);
  if (face.upem === 0 || font.coverage.size === 0)
    throw new FontLoadError(label, 'HarfBuzz found no character map in the font');
  return font;
}
