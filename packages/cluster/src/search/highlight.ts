// Highlighting for cluster search: the ranges of a text that match a query (exact Chinese runs or
// their bigrams, Mongolian words whose stem starts with a query stem, other words case-insensitively)
// and a snippet around the first match that never cuts a character or a Mongolian word in half.
import { isMongolianFormatControl, isMongolianLetter } from '@bichig/core/mongolian';
import type { HighlightRange } from './types.js';
import { hanBigrams, mongolianStem, segments } from './tokenize.js';

/**
 * Ranges of `text` that match the query: exact Chinese runs (or, where a run does not occur as a
 * whole, its bigrams), whole Mongolian words (with their suffixes) whose stem starts with a query
 * stem, and other words case-insensitively. Sorted and merged.
 */
export function highlightRanges(text: string, query: string): HighlightRange[] {
  const ranges: [number, number][] = [];
  const mongolianStems: string[] = [];
  const lowered = text.toLowerCase();
  const addAll = (needle: string, haystack: string) => {
    if (!needle) return 0;
    let found = 0;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
      ranges.push([i, i + needle.length]);
      found++;
    }
    return found;
  };
  for (const s of segments(query)) {
    if (s.kind === 'han') {
      if (addAll(s.text, text) === 0) for (const bigram of hanBigrams(s.text)) addAll(bigram, text);
    } else if (s.kind === 'mongolian') mongolianStems.push(mongolianStem(s.text));
    else addAll(s.text.toLowerCase(), lowered);
  }
  if (mongolianStems.length) {
    for (const word of segments(text)) {
      if (word.kind !== 'mongolian') continue;
      const stem = mongolianStem(word.text);
      if (mongolianStems.some((q) => q && stem.startsWith(q))) ranges.push([word.index, word.index + word.text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A low surrogate, a Mongolian letter or a Mongolian format control: cutting before it would split a character or word. */
function insideWord(codeUnit: number): boolean {
  return (
    (codeUnit >= 0xdc00 && codeUnit <= 0xdfff) || isMongolianLetter(codeUnit) || isMongolianFormatControl(codeUnit)
  );
}

/** A passage of `text` around the first match, with its highlight ranges shifted to the passage. */
export function snippet(text: string, query: string, context = 60): { text: string; highlights: HighlightRange[] } {
  const all = highlightRanges(text, query);
  const first = all[0];
  if (!first) return { text: text.slice(0, context * 2), highlights: [] };
  let start = Math.max(0, first[0] - context);
  let end = Math.min(text.length, first[1] + context);
  // Never cut a surrogate pair or a Mongolian word in half.
  while (start > 0 && insideWord(text.charCodeAt(start))) start--;
  while (end < text.length && insideWord(text.charCodeAt(end))) end++;
  const highlights = all.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const);
  return { text: text.slice(start, end), highlights };
}
