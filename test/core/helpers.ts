// Shared by the core tests: the project's fonts and real text from the shared corpus.
import { readFileSync } from 'node:fs';
import { loadFont, FontStack } from '@bichig/core';
import type { BichigFont } from '@bichig/core';

export const MONGOLIAN_TTF = new URL('../../fonts/NotoSansMongolian-Regular.ttf', import.meta.url);
export const MONGOLIAN_WOFF2 = new URL('../../fonts/NotoSansMongolian-Regular.woff2', import.meta.url);
export const CHINESE_TTF = new URL('../../fonts/NotoSansSC-GB2312-Regular.ttf', import.meta.url);

let fonts: Promise<{ mongolian: BichigFont; chinese: BichigFont; stack: FontStack }> | undefined;

/** The project fonts, loaded once per test process. */
export function projectFonts(): Promise<{ mongolian: BichigFont; chinese: BichigFont; stack: FontStack }> {
  return (fonts ??= (async () => {
    const [mongolian, chinese] = await Promise.all([loadFont(MONGOLIAN_TTF), loadFont(CHINESE_TTF)]);
    return { mongolian, chinese, stack: new FontStack([mongolian, chinese]) };
  })());
}

const corpus = new URL('../../../shared/corpus/', import.meta.url);
/** UDHR article 1 in traditional Mongolian script (as published). */
export const UDHR_MN = readFileSync(new URL('udhr-article1.mn-Mong.txt', corpus), 'utf8').trim();
/** UDHR article 1 in Simplified Chinese. */
export const UDHR_ZH = readFileSync(new URL('udhr-article1.zh-Hans.txt', corpus), 'utf8').trim();
