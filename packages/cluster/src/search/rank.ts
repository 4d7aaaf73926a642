// Ranking for cluster search: the MiniSearch options the index is built and loaded with, the
// weights (title boost, BM25 parameters) used to rank substring matches the way MiniSearch ranks its
// own, the order of hits (score, then newer, then id) and a bounded heap that picks one page of
// the best hits without sorting them all.
import type { Options } from 'minisearch';
import type { SearchDocument } from './types.js';
import { tokenize } from './tokenize.js';

const FIELDS = ['title', 'text'];
/** Terms in more than this share of documents are verified on candidates rather than queried. */
export const COMMON_TERM_SHARE = 0.05;
/** Title matches weigh this much more than text matches. */
export const TITLE_BOOST = 3;
// BM25 parameters for the ranking of substring matches, the ones MiniSearch uses for its own.
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
const SEARCH_OPTIONS = { boost: { title: TITLE_BOOST }, combineWith: 'AND' } as const;

/** MiniSearch options; the same for building and loading, or the loaded index would tokenise queries differently. */
export function indexOptions(processTerm: (term: string) => string = (term) => term): Options<SearchDocument> {
  return {
    fields: FIELDS,
    idField: 'id',
    tokenize,
    processTerm,
    searchOptions: { ...SEARCH_OPTIONS, processTerm: (term) => term },
  };
}

/** Occurrences of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

export function bm25(
  termFrequency: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  averageLength: number,
): number {
  const idf = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (
    idf *
    (BM25_D +
      (termFrequency * (BM25_K + 1)) / (termFrequency + BM25_K * (1 - BM25_B + (BM25_B * fieldLength) / averageLength)))
  );
}

/**
 * A score rounded to nine decimals. MiniSearch adds a document's term scores in the order it walks
 * its radix tree, and a tree loaded from JSON is walked in another order than the one it was built
 * in, so the same score can differ in its last bit; rounded, a loaded index ranks and scores
 * exactly like a freshly built one.
 */
export function steadyScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}

export interface Ranked {
  readonly document: SearchDocument;
  readonly score: number;
}

/** Best first: score, then newer, then id, so that every page of a result list is cut from the same order. */
export function better(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    (a.document.date < b.document.date
      ? 1
      : a.document.date > b.document.date
        ? -1
        : a.document.id < b.document.id
          ? -1
          : a.document.id > b.document.id
            ? 1
            : 0)
  );
}

/**
 * The first `count` items of `items` in {@link better} order, without sorting them all: a bounded
 * max-heap of the best so far, which a broad query (tens of thousands of matches, one page shown)
 * fills far faster than a full sort.
 */
export function best(items: readonly Ranked[], count: number): Ranked[] {
  return bestBy(items, count, better);
}

/** The first `count` items of `items` in `better` order (a negative result puts its first argument first). */
export function bestBy<T>(items: readonly T[], count: number, better: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  if (items.length <= count * 4) return [...items].sort(better).slice(0, count);
  // heap[0] is the worst of the kept items.
  const heap: T[] = [];
  const worse = (i: number, j: number) => better(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(l, m)) m = l;
      if (r < heap.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (better(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(better);
}
