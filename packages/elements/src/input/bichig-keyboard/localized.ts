import type { LocalizedText } from '@bichig/keyboard';
import { getLocale } from '../../localize.js';

/** A layout's, key's or case's name in the interface language, else in Chinese. */
export function localized(text: LocalizedText | undefined): string | undefined {
  if (!text) return undefined;
  return text[getLocale()] ?? text['zh-Hans'];
}
