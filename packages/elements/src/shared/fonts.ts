/**
 * Where the elements' fonts come from, loaded once per page and shared by every element and by
 * both renderers: the native renderer registers them as FontFaces, the shaped renderer hands the
 * same bytes (the HTTP cache serves the second request) to HarfBuzz.
 */

/** The two fonts the elements use. URLs may be relative to the page. WOFF2, TTF and OTF are accepted. */
export interface BichigFontSources {
  /** Traditional Mongolian (UTN #57 conformant, e.g. Noto Sans Mongolian 3.002+). */
  mongolian: string;
  /** Chinese, Latin and digits, with vertical metrics and the vert/vrt2 features. */
  chinese: string;
}

/** CSS family names under which the fonts are registered with `document.fonts`. */
export const MONGOLIAN_FAMILY = 'Bichig Mongolian';
export const CHINESE_FAMILY = 'Bichig Chinese';

/**
 * The native renderer's font stack. The Mongolian font comes first and is registered without a
 * unicode-range: with a range, Chromium picks fonts per character and splits the shaping run at
 * NNBSP, MVS and FVS, which breaks the joining of the letters around them (Chromium 40287926).
 * Characters the Mongolian font lacks (hanzi, Latin, digits) fall through to the Chinese font.
 */
export const NATIVE_FONT_STACK = `"${MONGOLIAN_FAMILY}", "${CHINESE_FAMILY}", sans-serif`;

/** The repository's fonts, resolved against this module so they work from src/ and dist/ alike. */
export const DEFAULT_FONT_SOURCES: Readonly<BichigFontSources> = Object.freeze({
  mongolian: new URL('../../../../fonts/NotoSansMongolian-Regular.woff2', import.meta.url).href,
  chinese: new URL('../../../../fonts/NotoSansSC-GB2312-Regular.woff2', import.meta.url).href,
});

/** A font source was given that is not a usable URL, or fonts were reconfigured after use. */
export class FontConfigurationError extends Error {
  override readonly name = 'FontConfigurationError';
  constructor(
    readonly input: unknown,
    readonly reason: string,
  ) {
    super(`Invalid font configuration ${JSON.stringify(String(input))}: ${reason}`);
  }
}

/** A font could not be fetched or was not a font. */
export class ElementFontLoadError extends Error {
  override readonly name = 'ElementFontLoadError';
  constructor(
    /** The URL that failed. */
    readonly url: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not load the font ${url}: ${reason}`, options);
  }
}

let sources: BichigFontSources = { ...DEFAULT_FONT_SOURCES };
let inUse = false;
const bytesByUrl = new Map<string, Promise<Uint8Array>>();
const faceByFamily = new Map<string, FontFace>();

function resolve(url: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI ?? import.meta.url).href;
  } catch {
    throw new FontConfigurationError(url, 'not a valid URL');
  }
}

/**
 * Points the elements at a site's own copies of the fonts. Call it before the first element
 * renders (fonts are loaded once and shared); later calls throw.
 * @throws {FontConfigurationError} on an invalid URL or after the fonts are in use.
 */
export function configureFonts(overrides: Partial<BichigFontSources>): void {
  const next = { ...sources };
  for (const key of ['mongolian', 'chinese'] as const) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '')
      throw new FontConfigurationError(value, `${key} must be a non-empty URL string`);
    next[key] = resolve(value);
  }
  const changed = next.mongolian !== sources.mongolian || next.chinese !== sources.chinese;
  if (changed && inUse) {
    throw new FontConfigurationError(
      overrides,
      'the fonts are already loaded; call configureFonts() before the first bichig element renders',
    );
  }
  sources = next;
}

/** The font URLs in effect. */
export function getFontSources(): Readonly<BichigFontSources> {
  return { ...sources };
}

/** Fetches a font's bytes once per URL; every caller shares the same promise. */
export function fetchFontBytes(url: string): Promise<Uint8Array> {
  inUse = true;
  let pending = bytesByUrl.get(url);
  if (!pending) {
    pending = (async () => {
      let response: Response;
      try {
        response = await fetch(url);
      } catch (cause) {
        throw new ElementFontLoadError(url, 'the request failed', { cause });
      }
      if (!response.ok)
        throw new ElementFontLoadError(url, `the server answered ${response.status} ${response.statusText}`.trim());
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength < 12)
        throw new ElementFontLoadError(url, `only ${bytes.byteLength} bytes arrived, too few for a font`);
      return bytes;
    })();
    // A failed request may succeed later (flaky mobile links): do not cache the failure.
    pending.catch(() => bytesByUrl.delete(url));
    bytesByUrl.set(url, pending);
  }
  return pending;
}

function registerFace(family: string, url: string): FontFace {
  let face = faceByFamily.get(family);
  if (!face) {
    // No unicodeRange descriptor on purpose: see NATIVE_FONT_STACK.
    face = new FontFace(family, `url(${JSON.stringify(url)})`, { display: 'block' });
    document.fonts.add(face);
    faceByFamily.set(family, face);
  }
  return face;
}

/**
 * Registers both fonts with `document.fonts` (once) and waits for the Mongolian one, and for the
 * Chinese one only when `needsChinese` (it is large, and Mongolian-only text never uses it).
 * @throws {ElementFontLoadError} when a needed font does not load; the text then shows in
 *   whatever font the browser has, and the caller says so with a bichig-fallback event.
 */
export async function loadNativeFonts(needsChinese: boolean): Promise<void> {
  inUse = true;
  const mongolian = registerFace(MONGOLIAN_FAMILY, sources.mongolian);
  const chinese = registerFace(CHINESE_FAMILY, sources.chinese);
  const wanted: Array<[FontFace, string]> = [[mongolian, sources.mongolian]];
  if (needsChinese) wanted.push([chinese, sources.chinese]);
  await Promise.all(
    wanted.map(async ([face, url]) => {
      try {
        await face.load();
      } catch (cause) {
        throw new ElementFontLoadError(url, 'the browser could not load it as a font', { cause });
      }
    }),
  );
}

/** True when `text` has characters outside the Mongolian blocks and common controls, i.e. needs the Chinese font. */
export function needsChineseFont(text: string): boolean {
  // Mongolian (U+1800–18AF), Mongolian Supplement (U+11660–1167F), spaces and format controls.
  return /[^\u1800-\u18AF\u{11660}-\u{1167F}\s\u200C\u200D\u202F\u00A0]/u.test(text);
}

/** For tests: forget loaded fonts and configuration. */
export function resetFontsForTesting(): void {
  sources = { ...DEFAULT_FONT_SOURCES };
  inUse = false;
  bytesByUrl.clear();
  for (const face of faceByFamily.values()) document.fonts.delete(face);
  faceByFamily.clear();
}
