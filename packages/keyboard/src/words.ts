import { WORD_FREQUENCIES } from './data/word-frequencies.js';
import { assertValidState } from './engine.js';
import type { EditorState } from './types.js';
import { isWordCharacter, wordStartBefore } from './words-common.js';

/** A word and how often it occurs. */
export interface WordFrequency {
  readonly word: string;
  readonly count: number;
}

/**
 * A list of words by frequency, searchable by prefix. Built once (sorting), then each lookup is
 * a binary search for the block of words sharing the prefix plus a scan of that block.
 */
export class WordFrequencyList {
  /** Entries sorted by word, in UTF-16 code unit order, for binary search. */
  private readonly byWord: readonly WordFrequency[];

  constructor(entries: Iterable<readonly [word: string, count: number] | WordFrequency>) {
    const merged = new Map<string, number>();
    for (const entry of entries) {
      const [word, count] = Array.isArray(entry)
        ? entry
        : [(entry as WordFrequency).word, (entry as WordFrequency).count];
      if (typeof word !== 'string' || word === '' || !Number.isFinite(count) || count <= 0) continue;
      merged.set(word, (merged.get(word) ?? 0) + count);
    }
    this.byWord = [...merged]
      .map(([word, count]) => ({ word, count }))
      .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }

  /** How many distinct words the list has. */
  get size(): number {
    return this.byWord.length;
  }

  /** The count of a word, 0 if absent. */
  countOf(word: string): number {
    const index = this.lowerBound(word);
    const entry = this.byWord[index];
    return entry?.word === word ? entry.count : 0;
  }

  /**
   * Up to `limit` words that start with `prefix` and are longer than it, most frequent first
   * (ties: shorter, then code unit order). An empty prefix gives nothing.
   */
  complete(prefix: string, limit = 5): WordFrequency[] {
    if (prefix === '' || limit <= 0) return [];
    const matches: WordFrequency[] = [];
    for (let i = this.lowerBound(prefix); i < this.byWord.length; i++) {
      const entry = this.byWord[i];
      if (!entry || !entry.word.startsWith(prefix)) break;
      if (entry.word.length > prefix.length) matches.push(entry);
    }
    return matches
      .sort((a, b) => b.count - a.count || a.word.length - b.word.length || (a.word < b.word ? -1 : 1))
      .slice(0, limit);
  }

  private lowerBound(key: string): number {
    let low = 0;
    let high = this.byWord.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.byWord[mid]?.word ?? '') < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

let defaultList: WordFrequencyList | undefined;

/** The built-in list, made by scripts/build-word-list.ts from the corpus and the cluster fixture. */
export function defaultWordList(): WordFrequencyList {
  defaultList ??= new WordFrequencyList(WORD_FREQUENCIES);
  return defaultList;
}

/** A completion of the word at the caret. */
export interface WordSuggestion extends WordFrequency {
  /** Where the typed prefix starts; applying replaces value[start, caret) with `word`. */
  readonly start: number;
}

/**
 * Completions for the Mongolian word being typed (the letters right before the caret), most
 * frequent first. Empty with a selection, or in the middle of a word.
 */
export function wordSuggestions(
  state: EditorState,
  list: WordFrequencyList = defaultWordList(),
  limit = 5,
): WordSuggestion[] {
  assertValidState(state);
  const { value, selectionStart, selectionEnd } = state;
  if (selectionStart !== selectionEnd || isWordCharacter(value[selectionEnd])) return [];
  const start = wordStartBefore(value, selectionStart);
  return list.complete(value.slice(start, selectionStart), limit).map((entry) => ({ ...entry, start }));
}

/** Replaces the typed prefix with the chosen word and puts the caret after it. */
export function applyWordSuggestion(state: EditorState, suggestion: WordSuggestion): EditorState {
  assertValidState(state);
  const { value, selectionStart } = state;
  const start = Math.min(suggestion.start, selectionStart);
  const caret = start + suggestion.word.length;
  const { pendingLatin: _dropped, ...rest } = state;
  return {
    ...rest,
    value: value.slice(0, start) + suggestion.word + value.slice(state.selectionEnd),
    selectionStart: caret,
    selectionEnd: caret,
  };
}
