// Reading and scoring a sharded index's postings (sharded-format.ts), as ClusterSearch's MiniSearch
// scores its own: decoding the delta-coded lists, BM25+ with the title boost and the prefix weight
// of Mongolian stems for the queried terms, and BM25 over the counts of single characters.
import type { CharPostings, ShardedSearchManifest, TermEntry } from './sharded-format.js';
import { TITLE_BOOST, bm25, steadyScore } from './rank.js';
import { tokenize } from './tokenize.js';
import type { Language } from '../schema/index.js';
import type { SearchKind, SearchOptions } from './types.js';

/** MiniSearch's prefix weight, for words found by a Mongolian stem they start with. */
const PREFIX_WEIGHT = 0.375;

/**
 * Postings decoded once: absolute document numbers beside the other columns. A common term's
 * scoring columns and every term's groups are in files of their own, fetched (and set here) only
 * for a query that needs them.
 */
export interface Postings {
  /** Which term or character shard holds them. */
  readonly shard: number;
  readonly df: number;
  readonly docs: Int32Array;
  scoring?: {
    readonly inTitle: readonly number[];
    readonly inText: readonly number[];
    readonly titleLength: readonly number[];
    readonly textLength: readonly number[];
  };
  groups?: readonly number[];
  readonly contains?: Set<number>;
}

export function undelta(values: readonly number[]): Int32Array {
  const out = new Int32Array(values.length);
  let last = 0;
  for (let i = 0; i < values.length; i++) out[i] = last += values[i]!;
  return out;
}

export const scoringOf = ([inTitle, inText, titleLength, textLength]: readonly (readonly number[])[]) => ({
  inTitle: inTitle!,
  inText: inText!,
  titleLength: titleLength!,
  textLength: textLength!,
});

export function decodeTerm(entry: TermEntry, shard: number): Postings {
  const contains = entry[3];
  return {
    shard,
    df: entry[0],
    docs: undelta(entry[1]),
    ...(entry[2] === 0 ? {} : { scoring: scoringOf(entry[2]) }),
    ...(contains ? { contains: new Set(undelta(contains)) } : {}),
  };
}

export function decodeChar(entry: CharPostings, df: number): Postings {
  return { shard: -1, df, docs: undelta(entry[0]), scoring: scoringOf(entry.slice(1) as number[][]) };
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

/** MiniSearch's AND query over `queried`, scored as it scores (BM25+, title boost, prefix weights). */
export function scoreTerms(
  manifest: ShardedSearchManifest,
  queried: readonly string[],
  mongolianStems: ReadonlySet<string>,
  postings: ReadonlyMap<string, Postings>,
  prefixed: ReadonlyMap<string, ReadonlyMap<string, Postings>>,
  passes: (n: number, group: number | undefined) => boolean,
): { n: number; score: number }[] {
  const { documentCount, averageFieldLength } = manifest;
  // MiniSearch tokenises the query it is given (the queried terms joined by spaces) once more.
  const queryTerms = tokenize(queried.join(' '));
  const groups = new Map<number, number>();
  const termResults = (p: Postings, weight: number, into: Map<number, number>) => {
    const { inTitle, inText, titleLength, textLength } = p.scoring!;
    for (const [boost, tf, lengths, average] of [
      [TITLE_BOOST, inTitle, titleLength, averageFieldLength[0]],
      [1, inText, textLength, averageFieldLength[1]],
    ] as const) {
      let matching = 0;
      for (const f of tf) if (f > 0) matching++;
      if (matching === 0) continue;
      for (let i = 0; i < p.docs.length; i++) {
        const f = tf[i]!;
        if (f === 0) continue;
        const n = p.docs[i]!;
        if (p.groups) groups.set(n, p.groups[i]!);
        const raw = bm25(f, matching, documentCount, lengths[i]!, average);
        into.set(n, (into.get(n) ?? 0) + weight * boost * raw);
      }
    }
  };
  let combined: Map<number, number> | undefined;
  for (const term of queryTerms) {
    const results = new Map<number, number>();
    const exact = postings.get(term);
    if (exact) termResults(exact, 1, results);
    if (mongolianStems.has(term)) {
      const words = [...(prefixed.get(term) ?? new Map<string, Postings>())].sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      for (const [word, p] of words) {
        const distance = word.length - term.length;
        if (!distance) continue;
        termResults(p, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance), results);
      }
    }
    if (!combined) combined = results;
    else {
      const next = new Map<number, number>();
      for (const [n, score] of results) {
        const before = combined.get(n);
        if (before !== undefined) next.set(n, before + score);
      }
      combined = next;
    }
  }
  const quality = new Set(queryTerms).size || 1;
  const out: { n: number; score: number }[] = [];
  for (const [n, score] of combined ?? []) {
    if (passes(n, groups.get(n))) out.push({ n, score: steadyScore(score * quality) });
  }
  return out;
}

/** Every wanted document holding all the single characters `terms`, ranked by BM25 over their counts. */
export function scanCharacters(
  manifest: ShardedSearchManifest,
  terms: readonly string[],
  characters: ReadonlyMap<string, Postings | undefined>,
  wantedGroups: ReadonlySet<number> | undefined,
): { n: number; score: number }[] {
  const lists = terms.map((t) => characters.get(t));
  if (lists.some((p) => !p)) return [];
  const postings = lists as Postings[];
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
      const scoring = p.scoring!;
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
