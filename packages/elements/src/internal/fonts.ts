/**
 * The elements' fonts, loaded once per page and shared by every element and by both renderers:
 * the native renderer registers the Mongolian font (WOFF2) as a FontFace; the shaped renderer
 * hands HarfBuzz the same font as gzip-wrapped TTF (decompressed by the browser, no JS decoder),
 * registers the FontFace from those bytes when no native element did so first, and loads the
 * Chinese font for text that has hanzi, Latin or digits. Where they come from is configured in `../config.ts`
 * (the light `@bichig/elements/config.js` entry).
 */
import { getFontSources, markFontsInUse, resetFontConfigurationForTesting } from '../config.js';
import { FontLoadError } from '@bichig/core/errors';
import { isMongolianCodePoint, isMongolianFormatControl } from '@bichig/core/mongolian';

const SPACE = /\s/u;

export type { BichigFontSources } from '../config.js';
export {
  configureFonts,
  getFontSources,
  setBasePath,
  getBasePath,
  DEFAULT_FONT_SOURCES,
  FONT_FILES,
  FontConfigurationError,
} from '../config.js';

/** CSS family names under which the fonts are registered with `document.fonts`. */
export const MONGOLIAN_FAMILY = 'Bichig Mongolian';
/**
 * The family the shaped renderer's Chinese font had as a web font. Nothing registers it any
 * more (the native renderer uses the system's CJK fonts); kept so that a site's CSS naming it
 * still parses.
 */
export const CHINESE_FAMILY = 'Bichig Chinese';

/**
 * The system fonts after the Mongolian one: every phone and desktop in the region has one of these
 * CJK families, and they draw hanzi, Latin and digits. No Chinese web font (975 KB) is fetched
 * for native text; only the shaped renderer, which needs the bytes for HarfBuzz, fetches one.
 */
export const SYSTEM_FALLBACK_STACK = `"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", system-ui, sans-serif`;

/**
 * The native renderer's font stack. The Mongolian font comes first and is registered without a
 * unicode-range: with a range, Chromium picks fonts per character and splits the shaping run at
 * NNBSP, MVS and FVS, which breaks the joining of the letters around them (Chromium 40287926).
 * Characters the Mongolian font lacks (hanzi, Latin, digits) fall through to the system fonts.
 */
export const NATIVE_FONT_STACK = `"${MONGOLIAN_FAMILY}", ${SYSTEM_FALLBACK_STACK}`;

const bytesByUrl = new Map<string, Promise<Uint8Array>>();
const faceByFamily = new Map<string, FontFace>();

/** Fetches a font's bytes once per URL; every caller shares the same promise. */
export function fetchFontBytes(url: string): Promise<Uint8Array> {
  markFontsInUse();
  let pending = bytesByUrl.get(url);
  if (!pending) {
    pending = (async () => {
      let response: Response;
      try {
        response = await fetch(url);
      } catch (cause) {
        throw new FontLoadError(url, 'the request failed', { cause });
      }
      if (!response.ok)
        throw new FontLoadError(url, `the server answered ${response.status} ${response.statusText}`.trim());
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength < 12)
        throw new FontLoadError(url, `only ${bytes.byteLength} bytes arrived, too few for a font`);
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
 * Registers the Mongolian font with `document.fonts` from SFNT bytes the shaped renderer already
 * holds, unless a face is registered already (a native element on the page fetched the WOFF2):
 * a shaped-only page then downloads the Mongolian font once. Synchronous, so a later
 * `loadNativeFonts()` finds the face. If the browser refuses the bytes, the face is forgotten and
 * native text registers the configured URL as usual.
 */
export function adoptMongolianFontBytes(bytes: Uint8Array): void {
  if (faceByFamily.has(MONGOLIAN_FAMILY)) return;
  const face = new FontFace(MONGOLIAN_FAMILY, bytes as Uint8Array<ArrayBuffer>, { display: 'block' });
  document.fonts.add(face);
  faceByFamily.set(MONGOLIAN_FAMILY, face);
  face.loaded.catch(() => {
    if (faceByFamily.get(MONGOLIAN_FAMILY) === face) faceByFamily.delete(MONGOLIAN_FAMILY);
    document.fonts.delete(face);
  });
}

/**
 * Why a font face did not load: asks the server again (the HTTP cache usually answers) for a
 * status or a network error to name, since FontFace.load() only says "a network error occurred".
 */
async function diagnose(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    if (!response.ok) return `the server answered ${response.status} ${response.statusText}`.trim();
    return 'the browser could not read it as a font';
  } catch {
    return 'the request failed';
  }
}

/**
 * Registers the Mongolian font with `document.fonts` (once) and waits for it. Only the Mongolian
 * font: native text draws hanzi, Latin and digits with the system's fonts (`NATIVE_FONT_STACK`).
 * @throws {FontLoadError} when the font does not load, naming the URL and the server's
 *   status; the text then shows in whatever font the browser has, and the caller says so with a
 *   bichig-fallback event.
 */
export async function loadNativeFonts(): Promise<void> {
  markFontsInUse();
  const url = getFontSources().mongolian;
  const face = registerFace(MONGOLIAN_FAMILY, url);
  try {
    await face.load();
  } catch (cause) {
    throw new FontLoadError(url, await diagnose(url), { cause });
  }
}

/** True when `text` has characters outside the Mongolian blocks and common controls, i.e. needs the Chinese font. */
export function needsChineseFont(text: string): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!isMongolianCodePoint(codePoint) && !isMongolianFormatControl(codePoint) && !SPACE.test(char)) return true;
  }
  return false;
}

/** For tests: forget loaded fonts and configuration. */
export function resetFontsForTesting(): void {
  resetFontConfigurationForTesting();
  bytesByUrl.clear();
  for (const face of faceByFamily.values()) document.fonts.delete(face);
  faceByFamily.clear();
}
