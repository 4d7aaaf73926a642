/**
 * The shaped renderer's engine: @bichig/core (and through it the HarfBuzz WebAssembly module)
 * loaded with a dynamic import, so that a failed WASM fetch is an ordinary rejected promise the
 * element can catch, instead of a module that never evaluates. Loaded once per page and shared.
 */
import type { FontStack, LayoutOptions, TextLayout, BichigFont } from '@bichig/core';
import type { FallbackReason } from './events.js';
import { adoptMongolianFontBytes, fetchFontBytes, getFontSources, needsChineseFont } from './fonts.js';

type Core = typeof import('@bichig/core');

/** The shaped renderer could not start; `reason` says which part failed. */
export class ShapedRendererError extends Error {
  override readonly name = 'ShapedRendererError';
  constructor(
    readonly reason: FallbackReason,
    /** The URL or module that failed. */
    readonly input: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${message} (${input})`, options);
  }
}

let corePromise: Promise<Core> | undefined;
const fontPromises = new Map<string, Promise<BichigFont>>();

/**
 * True when `cause` comes from the HarfBuzz WebAssembly module (fetch, compile or instantiate),
 * not from loading the JavaScript: Emscripten aborts with "Aborted(…)" (a RuntimeError) and the
 * WebAssembly API throws CompileError/LinkError/RuntimeError.
 */
function isWasmFailure(cause: unknown): boolean {
  const wasm = (globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly;
  if (!wasm) return true; // no WebAssembly in this browser at all
  if (cause instanceof wasm.CompileError || cause instanceof wasm.LinkError || cause instanceof wasm.RuntimeError)
    return true;
  const message = cause instanceof Error ? cause.message : String(cause);
  return (
    /\bAborted\(|\.wasm\b|WebAssembly/i.test(message) && !/dynamically imported module|module script/i.test(message)
  );
}

/** The module a failed dynamic import names (browsers put the URL that failed in the message). */
function failedModule(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return /(?:https?|file):\/\/\S+/.exec(message)?.[0].replace(/[.)]+$/, '') ?? '@bichig/core';
}

/**
 * Loads @bichig/core and HarfBuzz once.
 * @throws {ShapedRendererError} with reason `module` when the shaping code did not load (a module
 *   of @bichig/core or its dependencies failed to fetch or evaluate, e.g. CommonJS served to a
 *   page without a bundler), or `wasm` when the HarfBuzz WebAssembly did not fetch or instantiate.
 */
export function loadCore(): Promise<Core> {
  corePromise ??= import('@bichig/core').catch((cause: unknown) => {
    if (isWasmFailure(cause))
      throw new ShapedRendererError(
        'wasm',
        'harfbuzzjs (harfbuzz.wasm)',
        `The HarfBuzz WebAssembly module did not load or instantiate: ${describe(cause)}`,
        { cause },
      );
    throw new ShapedRendererError(
      'module',
      failedModule(cause),
      `The shaping code (@bichig/core) did not load: ${describe(cause)}`,
      { cause },
    );
  });
  return corePromise;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

async function loadFontOnce(core: Core, url: string): Promise<BichigFont> {
  let pending = fontPromises.get(url);
  if (!pending) {
    pending = (async () => {
      let bytes: Uint8Array;
      try {
        bytes = await fetchFontBytes(url);
      } catch (cause) {
        throw new ShapedRendererError('font', url, `The font did not load: ${describe(cause)}`, { cause });
      }
      try {
        return await core.loadFont(bytes, { name: url });
      } catch (cause) {
        throw new ShapedRendererError('font', url, `The font could not be read: ${describe(cause)}`, { cause });
      }
    })();
    pending.catch(() => fontPromises.delete(url));
    fontPromises.set(url, pending);
  }
  return pending;
}

/** What the shaped renderer needs to lay out one text. */
export interface ShapedEngine {
  core: Core;
  fonts: FontStack;
}

let mongolianOnly: Promise<ShapedEngine> | undefined;
let withChinese: Promise<ShapedEngine> | undefined;
/** Which of the two engines have loaded (a promise cannot be asked synchronously). */
const loaded = { mongolianOnly: false, withChinese: false };

/**
 * Whether the engine for `text` has already loaded, so a layout can start at once. Until it has,
 * a shaped text shows the browser's own setting of the text: on a slow link the font and
 * HarfBuzz take seconds, and a reader should read meanwhile.
 */
export function shapedEngineLoaded(text: string): boolean {
  return needsChineseFont(text) ? loaded.withChinese : loaded.mongolianOnly;
}

/**
 * The engine for `text`: the Mongolian font alone when the text is all Mongolian (the Chinese
 * font is ten times larger and not needed), both fonts otherwise. The Mongolian font is its
 * shaping file (`mongolianShaping`: gzip-wrapped TTF by default, so no WOFF2 decoder loads for
 * Mongolian text); its bytes also become the page's "Bichig Mongolian" face when no native
 * element registered one, for the shaped renderer's text layer.
 * @throws {ShapedRendererError} with reason `module`, `wasm` or `font`.
 */
export function loadShapedEngine(text: string): Promise<ShapedEngine> {
  const chinese = needsChineseFont(text);
  const make = async (): Promise<ShapedEngine> => {
    const core = await loadCore();
    const { mongolianShaping, chinese: chineseUrl } = getFontSources();
    const fonts = await Promise.all(
      chinese
        ? [loadFontOnce(core, mongolianShaping), loadFontOnce(core, chineseUrl)]
        : [loadFontOnce(core, mongolianShaping)],
    );
    adoptMongolianFontBytes(fonts[0]!.bytes);
    loaded[chinese ? 'withChinese' : 'mongolianOnly'] = true;
    return { core, fonts: new core.FontStack(fonts) };
  };
  if (chinese) {
    withChinese ??= make();
    withChinese.catch(() => (withChinese = undefined));
    return withChinese;
  }
  mongolianOnly ??= make();
  mongolianOnly.catch(() => (mongolianOnly = undefined));
  return mongolianOnly;
}

export type { TextLayout, LayoutOptions };
