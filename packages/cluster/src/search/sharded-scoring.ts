// Reading and scoring a sharded index's postings (sharded-format.ts), as ClusterSearch's MiniSearch
// scores its own: decoding the delta-coded lists, the two addends (title, text) a posting adds to
// its document's score for a queried term (BM25+ with the title boost and the prefix weight of
// Mongolian stems), BM25 over the counts of single characters, operations on sorted document
// lists, and the facet groups a search's filters let through.
import type { CharPostings, ShardedSearchManifest, TermEntry } from './sharded-format.js';
import { TITLE_BOOST, bm25, steadyScore } from './rank.js';
import type { Language } from '../schema/index.js';
import type { SearchKind, SearchOptions } from './types.js';

/** MiniSearch's prefix weight, for words found by a Mongolian stem they start with. */
export const PREFIX_WEIGHT = 0.375;

/** Scoring columns aligned with a list of documents. */
export interface Scoring {
  readonly inTitle: readonly number[];
  readonly inText: readonly number[];
  readonly titleLength: readonly number[];
  readonly textLength: readonly number[];
}

/**
 * What a term shard says of a term: its document frequency and how many documents it is in, in
 * each field and at all; for an inline term its documents and scoring columns, for a blocked one
 * the numbers of its document set and score blocks (and the set of the documents containing it,
 * for a common Latin/digit term).
 */
export interface TermPostings {
  readonly term: string;
  /** The term shard that holds it. */
  readonly shard: number;
  readonly df: number;
  readonly count: number;
  readonly matching: readonly [title: number, text: number];
  readonly inline?: { readonly docs: Int32Array; readonly scoring: Scoring };
  readonly set?: number;
  /** The number of its score blocks. */
  readonly scores?: number;
  readonly contains?: number;
  /** Blocked terms in every document this one is in. */
  readonly within?: readonly string[];
}

/** A character's postings, decoded. */
export interface CharacterPostings {
  readonly df: number;
  readonly docs: Int32Array;
  readonly scoring: Scoring;
  groups?: readonly number[];
}

export function undelta(values: readonly number[]): Int32Array {
  const out = new Int32Array(values.length);
  let last = 0;
  for (let i = 0; i < values.length; i++) out[i] = last += values[i]!;
  return out;
}

export const scoringOf = ([inTitle, inText, titleLength, textLength]: readonly (readonly number[])[]): Scoring => ({
  inTitle: inTitle!,
  inText: inText!,
  titleLength: titleLength!,
  textLength: textLength!,
});

const countPositive = (values: readonly number[]) => values.reduce((n, v) => (v > 0 ? n + 1 : n), 0);

export function decodeTerm(
  term: string,
  entry: TermEntry,
  shard: number,
  within: readonly string[] | undefined,
): TermPostings {
  const related = within ? { within } : {};
  if (Array.isArray(entry[1])) {
    const scoring = scoringOf(entry[2] as number[][]);
    const docs = undelta(entry[1]);
    const matching = [countPositive(scoring.inTitle), countPositive(scoring.inText)] as const;
    return { term, shard, df: entry[0], count: docs.length, matching, inline: { docs, scoring }, ...related };
  }
  const [df, set, count, titleMatching, textMatching, scores, contains] = entry as number[];
  return {
    term,
    shard,
    df: df!,
    count: count!,
    matching: [titleMatching!, textMatching!],
    set,
    scores,
    ...(contains === undefined ? {} : { contains }),
    ...related,
  };
}

export function decodeChar(entry: CharPostings, df: number): CharacterPostings {
  return { df, docs: undelta(entry[0]), scoring: scoringOf(entry.slice(1) as number[][]) };
}

/** The index statistics a term's score depends on. */
export type ScoringStatistics = Pick<ShardedSearchManifest, 'documentCount' | 'averageFieldLength'>;

/**
 * The addends of a posting of a term to its document's score, as MiniSearch adds them: its title's
 * (boosted) then its text's, each only for a field that holds the term, times `weight`.
 */
export function postingAddends(
  statistics: ScoringStatistics,
  matching: readonly [number, number],
  weight: number,
  titleTf: number,
  textTf: number,
  titleLength: number,
  textLength: number,
): [title: number | undefined, text: number | undefined] {
  const { documentCount, averageFieldLength } = statistics;
  return [
    titleTf > 0
      ? weight * TITLE_BOOST * bm25(titleTf, matching[0], documentCount, titleLength, averageFieldLength[0])
      : undefined,
    textTf > 0 ? weight * 1 * bm25(textTf, matching[1], documentCount, textLength, averageFieldLength[1]) : undefined,
  ];
}

/**
 * A posting's addends summed as MiniSearch sums them for a term of one list (title, then text):
 * weighted 1, the very number a match's score adds for the term.
 */
export function postingSum(addends: readonly [number | undefined, number | undefined]): number {
  let sum: number | undefined;
  for (const addend of addends) if (addend !== undefined) sum = (sum ?? 0) + addend;
  return sum ?? 0;
}

/** What a posting scores as a hit of a query of its term alone: score blocks are ranked by it (then by document). */
export function postingScore(addends: readonly [number | undefined, number | undefined]): number {
  return steadyScore(postingSum(addends) * 1);
}

/** Where `n` is in ascending `docs`, or -1. */
export function find(docs: Int32Array, n: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = docs[mid]!;
    if (v === n) return mid;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The documents in both ascending lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let k = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[k++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.slice(0, k);
}

/** The documents in any of the ascending lists. */
export function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const all = new Set<number>();
  for (const list of lists) for (const n of list) all.add(n);
  return Int32Array.from(all).sort();
}

/** Every wanted document holding all the single characters `terms`, ranked by BM25 over their counts. */
export function scanCharacters(
  manifest: ShardedSearchManifest,
  terms: readonly string[],
  characters: ReadonlyMap<string, CharacterPostings | undefined>,
  wantedGroups: ReadonlySet<number> | undefined,
): { n: number; score: number }[] {
  const lists = terms.map((t) => characters.get(t));
  if (lists.some((p) => !p)) return [];
  const postings = lists as CharacterPostings[];
  const rarest = postings.reduce((a, b) => (b.docs.length < a.docs.length ? b : a));
  const found: { n: number; at: number[] }[] = [];
  for (let i = 0; i < rarest.docs.length; i++) {
    const n = rarest.docs[i]!;
    if (wantedGroups && !wantedGroups.has(rarest.groups![i]!)) continue;
    const at = postings.map((p) => (p === rarest ? i : find(p.docs, n)));
    if (at.every((k) => k >= 0)) found.push({ n, at });
  }
  const { documentCount, averageLength } = manifest;
  const matching = terms.map((_, i) => Math.max(found.length, postings[i]!.df));
  return found.map(({ n, at }) => {
    let score = 0;
    postings.forEach((p, i) => {
      const k = at[i]!;
      const scoring = p.scoring;
      const inTitle = scoring.inTitle[k]!;
      const inText = scoring.inText[k]!;
      if (inTitle)
        score += TITLE_BOOST * bm25(inTitle, matching[i]!, documentCount, scoring.titleLength[k]!, averageLength[0]);
      if (inText) score += bm25(inText, matching[i]!, documentCount, scoring.textLength[k]!, averageLength[1]);
    });
    return { n, score };
  });
}

/** The document groups the filters let through, or undefined for all. */
export function groupsWanted(manifest: ShardedSearchManifest, options: SearchOptions): Set<number> | undefined {
  const sites = options.siteIds?.length ? new Set(options.siteIds) : undefined;
  const languages = options.languages?.length ? new Set<Language>(options.languages) : undefined;
  const kinds = options.kinds?.length ? new Set<SearchKind>(options.kinds) : undefined;
  if (!sites && !languages && !kinds) return undefined;
  const wanted = new Set<number>();
  manifest.groups.forEach(([site, kind, language], g) => {
    if (sites && !sites.has(manifest.sites[site]!)) return;
    if (kinds && !kinds.has(manifest.kinds[kind]!)) return;
    if (languages && !languages.has(manifest.languages[language]!)) return;
    wanted.add(g);
  });
  return wanted;
}
