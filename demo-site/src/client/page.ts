// What every interactive column of a page needs first: the elements' interface in the page's
// language and the page's own font files. Kept apart from data.ts (the cluster loader and the
// form adapters), so a page that needs neither — search — does not download them.
import { configureFonts } from '@bichig/elements/config.js';
import { setLocale } from '@bichig/elements/localize.js';

const root = document.documentElement;

/**
 * Prepares the elements for this page: the interface in the page's language, and Mongolian drawn
 * with the same font files the page declared.
 */
export async function prepareElements(): Promise<void> {
  await setLocale(root.lang === 'mn-Mong' ? 'mn-Mong' : 'zh-Hans');
  const mongolian = root.dataset['fontMongolian'];
  const chinese = root.dataset['fontChinese'];
  configureFonts({ ...(mongolian ? { mongolian } : {}), ...(chinese ? { chinese } : {}) });
}

/** The `lang` of the page's content. */
export function pageLang(): string {
  return root.lang;
}
