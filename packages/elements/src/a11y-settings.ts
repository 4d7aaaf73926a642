/**
 * `@bichig/elements/a11y-settings.js`: the accessibility toolbar's settings — what they are, their
 * defaults, where they are kept — without the toolbar. A page reads them here (a few hundred bytes)
 * to decide whether to load the toolbar at all: a visitor who saved settings gets them back on
 * every page, one who never opened the menu does not download it. Side-effect free, no imports.
 */

/** The visitor's accessibility settings. */
export interface A11ySettings {
  /** Text size as a multiple of the page's (1 = unchanged). */
  textScale: number;
  /** High contrast colours. */
  highContrast: boolean;
  /** A reading guide line that follows the pointer. */
  readingGuide: boolean;
  /** A large mouse cursor. */
  largeCursor: boolean;
}

export const DEFAULT_A11Y_SETTINGS: Readonly<A11ySettings> = Object.freeze({
  textScale: 1,
  highContrast: false,
  readingGuide: false,
  largeCursor: false,
});
/** The text sizes the larger/smaller buttons step through. */
export const TEXT_SCALES: readonly number[] = [1, 1.125, 1.25, 1.5, 1.75, 2];
/** The localStorage key the settings persist under. */
export const A11Y_STORAGE_KEY = 'bichig-a11y-settings';

/** `localStorage`, unless the page may not use it (reading it throws then, as in a sandboxed frame). */
function pageStorage(): Storage | undefined {
  return globalThis.localStorage;
}

/** Reads stored settings; anything missing or malformed, or storage refused, falls back to the defaults. */
export function readA11ySettings(storage?: Storage): A11ySettings {
  try {
    const raw = (storage ?? pageStorage())?.getItem(A11Y_STORAGE_KEY);
    if (!raw) return { ...DEFAULT_A11Y_SETTINGS };
    const value = JSON.parse(raw) as Partial<A11ySettings>;
    return {
      textScale: TEXT_SCALES.includes(Number(value.textScale)) ? Number(value.textScale) : 1,
      highContrast: value.highContrast === true,
      readingGuide: value.readingGuide === true,
      largeCursor: value.largeCursor === true,
    };
  } catch {
    return { ...DEFAULT_A11Y_SETTINGS };
  }
}

/** Whether the visitor saved settings (false when storage is refused, as in some private modes). */
export function hasStoredA11ySettings(storage?: Storage): boolean {
  try {
    return (storage ?? pageStorage())?.getItem(A11Y_STORAGE_KEY) != null;
  } catch {
    return false;
  }
}
