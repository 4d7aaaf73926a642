/**
 * The content language of a column element: which cluster language a `lang` means, its BCP 47 tag,
 * the text of a localized value in it (else in the other language), the language of a text.
 */
import { pickLocalized } from '@bichig/cluster';
import type { Language, Localized, LocalizedText } from '@bichig/cluster';
import { isMongolian, langTag, languageOfTag } from '@bichig/core/mongolian';
import { formatNumber } from '@bichig/core/format';
import { getLocale } from '../../localize.js';

/** BCP 47 tag of a content language, as written in `lang` attributes. */
export type ContentLang = 'zh-Hans' | 'mn-Mong';

/** The cluster language (`zh` / `mn`) a `lang` value means, or undefined for other languages. */
export function languageOfLang(lang: string | null | undefined): Language | undefined {
  return languageOfTag(lang);
}

/** The BCP 47 tag written on text in a cluster language. */
export function langOf(language: Language): ContentLang {
  return langTag(language);
}

/** Text in one language together with that language (a Mongolian page may fall back to Chinese text). */
export type LangText = LocalizedText;

/** Picks `value`'s text in `language`, falling back to the other language, and says which one it got. */
export const pickText: (value: Localized, language: Language) => LangText = pickLocalized;

/** The language text is written in: Mongolian when it has traditional Mongolian letters, else Chinese. */
export function languageOfText(text: string): Language {
  return isMongolian(text) ? 'mn' : 'zh';
}

/** A number in the interface locale (page counters, result counts: they sit in interface strings). */
export function formatUiNumber(value: number): string {
  const locale = getLocale();
  try {
    return formatNumber(value, { locale: locale === 'mn-Mong' || locale === 'en' ? locale : 'zh-Hans' });
  } catch {
    return String(value);
  }
}
