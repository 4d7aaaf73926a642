// The first page of a query over a sharded index without scoring every match: each queried posting
// list's scores come in blocks, best first (a term's score blocks, sharded-format.ts), and the
// candidates (every match, known from the document sets, so the total stays exact) are resolved
// best first — the threshold algorithm of Fagin, Lotem and Naor with the blocks' own bounds. A
// candidate is placed once its score is known and no other can still reach it: one with a posting
// not read yet scores at most what it has plus, per such list, the highest sum of that list's
// postings not read (each block gives it). Float addition and the rounding of scores never
// decrease as an addend grows, so that bound is exact and a candidate reaching exactly a placed
// score ranks after it by number; one whose phrase is not checked could double. The lists and
// candidates that keep the page open are read or checked, a round at a time, until it is settled:
// at worst every block, and then the answer is the one a full scoring gives.
import { bestBy, steadyScore } from './rank.js';

/** One posting list a query scores: a term's own, or (for a Mongolian stem) a word that starts with it. */
export interface RankSource {
  /** MiniSearch's weight of the list (1, or a prefix weight). */
  readonly weight: number;
  /** Its documents, ascending, when they were read (a list whose documents were not read holds every candidate). */
  readonly members?: Int32Array;
  /** How many documents it has. */
  readonly count: number;
  /** The addends (title, text) of its postings known so far, by document; an inline list knows all at once. */
  readonly known: Map<number, readonly [number | undefined, number | undefined]>;
  /** Score blocks read, of `blocks` (0 of 0 for an inline list). */
  blocksRead: number;
  readonly blocks: number;
  /** The worst posting read so far, `[score alone, n]`: every posting not read ranks after it. */
  worst?: readonly [score: number, n: number];
  /** The highest sum of addends (weight 1) of the postings not read; undefined before the first block. */
  next?: number;
}

/** What {@link rankFirst} ranks. */
export interface RankQuery {
  /** The queried terms in MiniSearch's order, each with its lists (its own first, then the words it starts). */
  readonly terms: readonly (readonly RankSource[])[];
  /** MiniSearch's multiplier of an AND query's score (its number of distinct terms). */
  readonly quality: number;
  /** Every match, ascending; undefined when the matches are all the documents of the query's one list. */
  readonly candidates: Int32Array | undefined;
  /** Whether a match holding the query's phrases scores double. */
  readonly phrases: boolean;
}

/** How {@link rankFirst} reads more: the next score block of lists, and the phrase of documents. */
export interface RankReader {
  readBlocks(sources: readonly RankSource[]): Promise<void>;
  holdPhrases(documents: readonly number[]): Promise<readonly boolean[]>;
}

/** A candidate in a round: the best score it can reach, what breaks a tie, and what it still lacks. */
interface Place {
  readonly n: number;
  readonly reach: number;
  readonly tie: number;
  readonly exact: boolean;
  readonly lacks: readonly RankSource[];
}

/** A bound summed from weighted bounds, loosened past any rounding of the sum it bounds. */
const inflated = (score: number) => score * (1 + 1e-9) + 1e-9;

/** Which candidates a list holds. */
function membership(candidates: Int32Array, members: Int32Array | undefined): Uint8Array {
  const out = new Uint8Array(candidates.length);
  if (!members) return out.fill(1);
  for (let i = 0, j = 0; i < candidates.length && j < members.length;) {
    if (candidates[i]! < members[j]!) i++;
    else if (candidates[i]! > members[j]!) j++;
    else out[i++] = 1;
  }
  return out;
}

/**
 * The first `count` matches of `query` in ranking order (score, then number), with their scores
 * exactly as scoring every match would give them.
 */
export async function rankFirst(
  query: RankQuery,
  count: number,
  reader: RankReader,
): Promise<{ n: number; score: number }[]> {
  const { terms, quality, candidates, phrases } = query;
  // A query of one list ranks as the list's blocks do: a posting not read ranks after the worst one
  // read — which its bound alone cannot tell when its number is smaller and the scores tie.
  const alone = terms.length === 1 && terms[0]!.length === 1 && terms[0]![0]!.weight === 1 && quality === 1;
  const only = terms[0]![0]!;
  const holds = candidates && terms.map((sources) => sources.map((s) => membership(candidates, s.members)));
  const phrase = new Map<number, boolean>();
  const placed: { n: number; score: number }[] = [];
  const done = new Set<number>();

  const withPhrase = (n: number, score: number, lacks: readonly RankSource[]): Place => {
    const checked = phrases ? phrase.get(n) : false;
    if (checked === undefined) return { n, reach: 2 * score, tie: n, exact: false, lacks };
    return { n, reach: checked ? 2 * score : score, tie: n, exact: true, lacks };
  };
  /** A match of the one list not read yet (`n`, or -1 for all those not counted): it ranks after the worst read. */
  const unread = (n: number): Place => {
    const [score, worst] = only.worst ?? [Infinity, -1];
    return { n, reach: phrases ? 2 * score : score, tie: worst + 0.5, exact: false, lacks: [only] };
  };
  const place = (n: number, i: number): Place => {
    let combined: number | undefined;
    let loose = false;
    const lacks: RankSource[] = [];
    terms.forEach((sources, t) => {
      // A term of one list adds exactly its posting's sum, which its next blocks bound exactly.
      const one = sources.length === 1 && sources[0]!.weight === 1;
      let sum: number | undefined;
      sources.forEach((source, s) => {
        if (holds && !holds[t]![s]![i]) return;
        const addends = source.known.get(n);
        if (addends) {
          for (const addend of addends) if (addend !== undefined) sum = (sum ?? 0) + addend;
          return;
        }
        lacks.push(source);
        const most = source.next ?? Infinity;
        if (one) sum = most;
        else {
          loose = true;
          sum = (sum ?? 0) + source.weight * most;
        }
      });
      combined = combined === undefined ? sum : combined + (sum ?? 0);
    });
    const score = (combined ?? 0) * quality;
    if (lacks.length === 0) return withPhrase(n, steadyScore(score), lacks);
    if (alone) return unread(n);
    // Float addition and rounding never decrease as an addend grows: the bound is exact, ties go by number.
    const most = loose ? inflated(score) : steadyScore(score);
    return { n, reach: phrases ? 2 * most : most, tie: n, exact: false, lacks };
  };

  while (placed.length < count) {
    const places: Place[] = [];
    if (candidates) {
      for (let i = 0; i < candidates.length; i++) if (!done.has(candidates[i]!)) places.push(place(candidates[i]!, i));
    } else {
      for (const n of only.known.keys()) if (!done.has(n)) places.push(place(n, -1));
      if (only.known.size < only.count) places.push(unread(-1));
    }
    const first = bestBy(places, count - placed.length, (a, b) => b.reach - a.reach || a.tie - b.tie);
    let k = 0;
    for (; k < first.length && first[k]!.exact; k++) {
      placed.push({ n: first[k]!.n, score: first[k]!.reach });
      done.add(first[k]!.n);
    }
    // All placed: the page is full, or every candidate is on it.
    if (k === first.length) break;
    // Read what keeps the rest of the page open: the next block of lists a candidate lacks, phrases unchecked.
    const lists = new Set<RankSource>();
    const unchecked: number[] = [];
    for (const p of first.slice(k)) {
      if (p.exact) continue;
      if (p.lacks.length) for (const s of p.lacks) lists.add(s);
      else unchecked.push(p.n);
    }
    const [, found] = await Promise.all([
      lists.size ? reader.readBlocks([...lists]) : undefined,
      unchecked.length ? reader.holdPhrases(unchecked) : [],
    ]);
    unchecked.forEach((n, i) => phrase.set(n, found[i]!));
  }
  return placed;
}
