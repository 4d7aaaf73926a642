/** Errors thrown by @bichig/core. Each names the input it was given and what was wrong with it. */

/** The bytes or URL given as a font could not be loaded or parsed. */
export class FontLoadError extends Error {
  override readonly name = 'FontLoadError';
  constructor(
    /** Where the font came from: a URL, a file path, or a description such as "bytes (12 B)". */
    readonly source: string,
    /** Why it failed, in words. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not load font from ${source}: ${reason}`, options);
  }
}

/** The HarfBuzz WebAssembly module (shaper or subsetter) could not be loaded. */
export class WasmLoadError extends Error {
  override readonly name = 'WasmLoadError';
  constructor(
    readonly source: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not load WebAssembly module from ${source}: ${reason}`, options);
  }
}

/** A font could not be subset with the given input. */
export class SubsetError extends Error {
  override readonly name = 'SubsetError';
  constructor(
    readonly fontName: string,
    readonly reason: string,
  ) {
    super(`Could not subset ${fontName}: ${reason}`);
  }
}

/** Describes a byte source for error messages without dumping its contents. */
export function describeBytes(bytes: ArrayBuffer | ArrayBufferView): string {
  return `bytes (${bytes.byteLength} B)`;
}
