import { MVS, ZWJ, ZWNJ, fvsNumber, isMongolianLetter } from './unicode.js';

/**
 * Characters that belong inside a Mongolian word: letters, FVS1–4, MVS (ᠨᠡᠷ᠎ᠡ), ZWJ, ZWNJ and
 * the nirugu. NNBSP is not one of them: it starts a suffix, which is a word of its own.
 */
export function isWordCharacter(char: string | undefined): boolean {
  if (char === undefined) return false;
  return (
    isMongolianLetter(char) ||
    fvsNumber(char) !== 0 ||
    char === MVS ||
    char === ZWJ ||
    char === ZWNJ ||
    char === '\u180A'
  );
}

/** The offset where the Mongolian word that ends at `end` begins (`end` itself if none does). */
export function wordStartBefore(value: string, end: number): number {
  let start = end;
  while (start > 0 && isWordCharacter(value[start - 1])) start--;
  return start;
}
