import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/** A locale the elements' interface strings are available in: zh-Hans (the source), mn-Mong, en. */
export type BichigLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** Every locale the elements can show, source locale first. */
export const BICHIG_LOCALES: readonly BichigLocale[] = [sourceLocale, ...targetLocales];

/** A locale was asked for that the elements have no strings in. */
export class UnsupportedLocaleError extends Error {
  override readonly name = 'UnsupportedLocaleError';
  constructor(readonly locale: string) {
    super(`The locale "${locale}" is not available; use one of ${BICHIG_LOCALES.join(', ')}`);
  }
}

// Runtime mode: the generated locale modules are ordinary source, loaded on demand, so a page
// that stays in the source locale never downloads the others.
// Static specifiers (not a template string) so that tsc, esbuild, Vite and the test server all
// resolve them to the .ts sources or the built .js alike.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  'mn-Mong': () => import('./generated/locales/mn-Mong.js'),
  en: () => import('./generated/locales/en.js'),
};
const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as (typeof targetLocales)[number]](),
});

/** The locale the elements' interface strings are currently shown in. */
export function getLocale(): BichigLocale {
  return localization.getLocale() as BichigLocale;
}

/**
 * Switches every bichig element's interface strings (labels, page counters, tab names) to
 * `locale`. Resolves when the new strings are on screen.
 * @throws {UnsupportedLocaleError} when `locale` is not one of {@link BICHIG_LOCALES}.
 */
export async function setLocale(locale: string): Promise<void> {
  if (!isBichigLocale(locale)) throw new UnsupportedLocaleError(locale);
  await localization.setLocale(locale);
}

export function isBichigLocale(locale: string): locale is BichigLocale {
  return (BICHIG_LOCALES as readonly string[]).includes(locale);
}
