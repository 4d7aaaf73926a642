import { SubsetError, WasmLoadError, describeBytes } from '../errors.js';
import { MONGOLIAN_FORMAT_CONTROLS } from '../mongolian.js';

/**
 * Font subsetting with HarfBuzz's own subsetter (harfbuzzjs ships `harfbuzz-subset.wasm`
 * but no JavaScript wrapper for it; this is that wrapper).
 *
 * The subsetter performs GSUB/GPOS closure, so every glyph reachable from the kept
 * characters through the kept features stays: for Mongolian that is every positional
 * (init/medi/fina/isol) and FVS variant of the letters used.
 */

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  _initialize?(): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, setType: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_GLYPH_NAMES = 0x80;

export interface SubsetOptions {
  /** Keep the post table's glyph names (needed by tools that read glyph names, e.g. conformance scorers). Default false. */
  keepGlyphNames?: boolean;
  /** Keep every OpenType layout feature instead of HarfBuzz's default list. Default true: Mongolian needs its rarely listed features and vertical CJK needs vert/vrt2. */
  keepAllFeatures?: boolean;
  /** Drop TrueType hinting. Default false. */
  dropHinting?: boolean;
  /** Table tags to drop from the output, e.g. ["DSIG"]. */
  dropTables?: string[];
  /** A name for error messages. */
  fontName?: string;
}

/** Characters a Mongolian subset must always keep: they are invisible but join words. */
export const MONGOLIAN_CONTROLS: readonly number[] = [0x20, 0xa0, ...MONGOLIAN_FORMAT_CONTROLS].sort((a, b) => a - b);

function tag(s: string): number {
  return ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;
}

/** A loaded HarfBuzz subsetter. Create one with {@link loadSubsetter} and reuse it. */
export class Subsetter {
  readonly #wasm: SubsetExports;

  constructor(instance: WebAssembly.Instance) {
    this.#wasm = instance.exports as unknown as SubsetExports;
    this.#wasm._initialize?.();
  }

  /** Subsets `font` to the characters of `text` (plus {@link MONGOLIAN_CONTROLS}). */
  subsetText(font: Uint8Array, text: string, options: SubsetOptions = {}): Uint8Array {
    const codePoints = new Set<number>(MONGOLIAN_CONTROLS);
    for (const ch of text) codePoints.add(ch.codePointAt(0)!);
    return this.subsetCodePoints(font, codePoints, options);
  }

  /** Subsets `font` to the given code points, keeping the layout closure. */
  subsetCodePoints(font: Uint8Array, codePoints: Iterable<number>, options: SubsetOptions = {}): Uint8Array {
    const w = this.#wasm;
    const name = options.fontName ?? describeBytes(font);
    if (font.byteLength < 12) throw new SubsetError(name, 'the font data is too short to be a font');
    const fontPtr = w.malloc(font.byteLength);
    if (!fontPtr) throw new SubsetError(name, 'out of WebAssembly memory');
    new Uint8Array(w.memory.buffer, fontPtr, font.byteLength).set(font);
    const blob = w.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = w.hb_face_create(blob, 0);
    w.hb_blob_destroy(blob);
    const input = w.hb_subset_input_create_or_fail();
    try {
      if (!input) throw new SubsetError(name, 'HarfBuzz could not create a subset input');
      const unicodes = w.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) w.hb_set_add(unicodes, cp);
      if (options.keepAllFeatures ?? true) {
        const features = w.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
        w.hb_set_clear(features);
        w.hb_set_invert(features);
      }
      if (options.dropTables?.length) {
        const drop = w.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const t of options.dropTables) w.hb_set_add(drop, tag(t.padEnd(4, ' ')));
      }
      let flags = w.hb_subset_input_get_flags(input);
      if (options.keepGlyphNames) flags |= HB_SUBSET_FLAGS_GLYPH_NAMES;
      if (options.dropHinting) flags |= HB_SUBSET_FLAGS_NO_HINTING;
      w.hb_subset_input_set_flags(input, flags >>> 0);
      const subsetFace = w.hb_subset_or_fail(face, input);
      if (!subsetFace)
        throw new SubsetError(name, 'HarfBuzz rejected the font (is it a valid TrueType/OpenType font?)');
      const out = w.hb_face_reference_blob(subsetFace);
      const length = w.hb_blob_get_length(out);
      const dataPtr = w.hb_blob_get_data(out, 0);
      // Copy out before freeing: the view is into WASM memory, which the next call may reuse.
      const result = new Uint8Array(w.memory.buffer, dataPtr, length).slice();
      w.hb_blob_destroy(out);
      w.hb_face_destroy(subsetFace);
      if (length === 0) throw new SubsetError(name, 'HarfBuzz produced an empty font');
      return result;
    } finally {
      if (input) w.hb_subset_input_destroy(input);
      w.hb_face_destroy(face);
      w.free(fontPtr);
    }
  }
}

let defaultSubsetter: Promise<Subsetter> | undefined;

/**
 * Loads `harfbuzz-subset.wasm`. In Node it is found in the harfbuzzjs package; in a browser
 * pass its URL (or bytes), e.g. the URL your bundler gives for `harfbuzzjs/dist/harfbuzz-subset.wasm`.
 */
export function loadSubsetter(source?: string | URL | ArrayBuffer | Uint8Array): Promise<Subsetter> {
  if (source === undefined) return (defaultSubsetter ??= instantiate(undefined));
  return instantiate(source);
}

async function instantiate(source: string | URL | ArrayBuffer | Uint8Array | undefined): Promise<Subsetter> {
  let label = 'harfbuzzjs/dist/harfbuzz-subset.wasm';
  try {
    let bytes: ArrayBuffer | Uint8Array;
    if (source instanceof ArrayBuffer || source instanceof Uint8Array) {
      label = describeBytes(source);
      bytes = source;
    } else {
      const url = source ?? import.meta.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
      label = String(url);
      bytes = await readUrl(url);
    }
    const { instance } = await WebAssembly.instantiate(bytes as BufferSource, {});
    return new Subsetter(instance);
  } catch (cause) {
    if (!source) defaultSubsetter = undefined;
    throw new WasmLoadError(label, cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** Node's file module, named in a variable so that bundlers neither resolve nor warn about it. */
const NODE_FS = 'node:fs/promises';

/** Reads a URL or path: file: URLs and plain paths from disk in Node, anything else with fetch. */
export async function readUrl(url: string | URL): Promise<Uint8Array> {
  const href = String(url);
  const isNode = typeof process !== 'undefined' && !!process.versions?.node;
  if (isNode && (href.startsWith('file:') || !/^[a-z][a-z0-9+.-]*:/i.test(href))) {
    const { readFile } = (await import(/* @vite-ignore */ NODE_FS)) as typeof import('node:fs/promises');
    return new Uint8Array(await readFile(href.startsWith('file:') ? new URL(href) : href));
  }
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}
