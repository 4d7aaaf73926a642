/**
 * `@bichig/elements/config.js`: where the elements' fonts come from, configurable without loading
 * any element. This module is side-effect free and imports nothing but `@bichig/fonts` (four
 * URLs): a page can call `setBasePath()` or `configureFonts()` before, or instead of, importing
 * an element, and pays a few hundred bytes for it.
 *
 * By default the fonts are the files of `@bichig/fonts`, found with `new URL(…, import.meta.url)`
 * so that Vite, webpack 5, Rollup and esbuild copy them into the build, and a page without a
 * bundler fetches them from beside `@bichig/fonts/index.js`.
 *
 * The Mongolian font comes in two files: WOFF2 for the browser's own text (`mongolian`), and the
 * same font as gzip-wrapped TTF for HarfBuzz (`mongolianShaping`), which the browser decompresses
 * natively, so the shaped renderer needs no JavaScript WOFF2 decoder for Mongolian text.
 */
import { chineseWoff2, mongolianTtfGz, mongolianWoff2 } from '@bichig/fonts';

/**
 * The fonts the elements use. URLs may be relative to the page. WOFF2, TTF and OTF are accepted,
 * for shaping also gzip-wrapped (`.ttf.gz`).
 */
export interface BichigFontSources {
  /** Traditional Mongolian (UTN #57 conformant, e.g. Noto Sans Mongolian 3.002+), as the browser draws it. */
  mongolian: string;
  /**
   * The same Mongolian font as the shaped renderer hands it to HarfBuzz; by default the
   * gzip-wrapped TTF. When only `mongolian` is configured, shaping uses that URL too.
   */
  mongolianShaping: string;
  /** Chinese, Latin and digits, with vertical metrics and the vert/vrt2 features (shaped renderer only). */
  chinese: string;
}

const KEYS = ['mongolian', 'mongolianShaping', 'chinese'] as const;

/** File names of the fonts in `@bichig/fonts`: what `setBasePath()` expects in its folder. */
export const FONT_FILES: Readonly<BichigFontSources> = Object.freeze({
  mongolian: 'NotoSansMongolian-Regular.woff2',
  mongolianShaping: 'NotoSansMongolian-Regular.ttf.gz',
  chinese: 'NotoSansSC-GB2312-Regular.woff2',
});

/** The fonts of `@bichig/fonts`, resolved against its module (and rewritten by bundlers). */
export const DEFAULT_FONT_SOURCES: Readonly<BichigFontSources> = Object.freeze({
  mongolian: mongolianWoff2.href,
  mongolianShaping: mongolianTtfGz.href,
  chinese: chineseWoff2.href,
});

/** A font source or base path was given that is not a usable URL, or fonts were reconfigured after use. */
export class FontConfigurationError extends Error {
  override readonly name = 'FontConfigurationError';
  constructor(
    readonly input: unknown,
    readonly reason: string,
  ) {
    super(`Invalid font configuration ${JSON.stringify(String(input))}: ${reason}`);
  }
}

let basePath: string | undefined;
const overrides: Partial<BichigFontSources> = {};
let inUse = false;

function resolve(url: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI ?? import.meta.url).href;
  } catch {
    throw new FontConfigurationError(url, 'not a valid URL');
  }
}

function current(): BichigFontSources {
  const fromBase = (key: keyof BichigFontSources): string =>
    basePath === undefined ? DEFAULT_FONT_SOURCES[key] : new URL(FONT_FILES[key], basePath).href;
  return {
    mongolian: overrides.mongolian ?? fromBase('mongolian'),
    // A site that brings its own Mongolian font shapes with it too, unless it names a shaping file.
    mongolianShaping: overrides.mongolianShaping ?? overrides.mongolian ?? fromBase('mongolianShaping'),
    chinese: overrides.chinese ?? fromBase('chinese'),
  };
}

function guardChange(before: BichigFontSources, input: unknown): void {
  const after = current();
  if (inUse && KEYS.some((key) => after[key] !== before[key])) {
    throw new FontConfigurationError(
      input,
      'the fonts are already loaded; configure them before the first bichig element renders',
    );
  }
}

/**
 * Serves the fonts from a folder of your own (a CDN, a CMS's static folder) that holds copies of
 * `@bichig/fonts`' `*.woff2` and `*.ttf.gz` files under their own names (see `FONT_FILES`). A relative path is
 * resolved against the page. Call it before the first element renders; later changes throw.
 * Individual URLs given to `configureFonts()` take precedence.
 * @throws {FontConfigurationError} on an empty or invalid path, or after the fonts are in use.
 */
export function setBasePath(folder: string): void {
  if (typeof folder !== 'string' || folder.trim() === '')
    throw new FontConfigurationError(folder, 'the base path must be a non-empty URL string');
  let resolved = resolve(folder.trim());
  const url = new URL(resolved);
  if (url.search || url.hash)
    throw new FontConfigurationError(folder, 'the base path must be a folder, without ? or #');
  if (!resolved.endsWith('/')) resolved += '/';
  const before = current();
  const previous = basePath;
  basePath = resolved;
  try {
    guardChange(before, folder);
  } catch (error) {
    basePath = previous;
    throw error;
  }
}

/** The folder the fonts are served from: the one given to `setBasePath()`, else `@bichig/fonts`' own. */
export function getBasePath(): string {
  return basePath ?? new URL('./', DEFAULT_FONT_SOURCES.mongolian).href;
}

/**
 * Points the elements at individual font URLs (for a base folder, `setBasePath()` is simpler).
 * Call it before the first element renders (fonts are loaded once and shared); later changes throw.
 * @throws {FontConfigurationError} on an invalid URL or after the fonts are in use.
 */
export function configureFonts(sources: Partial<BichigFontSources>): void {
  if (sources === null || typeof sources !== 'object')
    throw new FontConfigurationError(sources, 'expected an object such as { mongolian: "/fonts/mongolian.woff2" }');
  const next: Partial<BichigFontSources> = { ...overrides };
  for (const key of KEYS) {
    const value = sources[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '')
      throw new FontConfigurationError(value, `${key} must be a non-empty URL string`);
    next[key] = resolve(value);
  }
  const before = current();
  const previous = { ...overrides };
  Object.assign(overrides, next);
  try {
    guardChange(before, sources);
  } catch (error) {
    for (const key of KEYS) delete overrides[key];
    Object.assign(overrides, previous);
    throw error;
  }
}

/** The font URLs in effect. */
export function getFontSources(): Readonly<BichigFontSources> {
  return current();
}

/**
 * True when the Mongolian font is the file of `@bichig/fonts` (its default URL, which a bundler
 * may rename to `NotoSansMongolian-Regular-<hash>.woff2`, or the copy in a `setBasePath()` folder),
 * whose HarfBuzz advances the `auto` probe has precomputed. A font given to `configureFonts()` is
 * probed by shaping with HarfBuzz.
 */
export function isDefaultMongolianFont(): boolean {
  return overrides.mongolian === undefined;
}

/** @internal Marks the fonts as loaded: from now on a change of source throws. */
export function markFontsInUse(): void {
  inUse = true;
}

/** @internal For tests: forget the configuration. */
export function resetFontConfigurationForTesting(): void {
  basePath = undefined;
  for (const key of KEYS) delete overrides[key];
  inUse = false;
}
