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
import { find } from './sharded-scoring.js';

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

/** A bound summed from weighted bounds, loosened past any rounding of the sum it bounds. */
const inflated = (score: number) => score * (1 + 1e-9) + 1e-9;

/** Which of `docs` (ascending) a list holds: all, when its documents were not read. */
function membership(docs: Int32Array, members: Int32Array | undefined): Uint8Array {
  const out = new Uint8Array(docs.length);
  if (!members) return out.fill(1);
  for (let i = 0, j = 0; i < docs.length && j < members.length;) {
    if (docs[i]! < members[j]!) i++;
    else if (docs[i]! > members[j]!) j++;
    else out[i++] = 1;
  }
  return out;
}

/**
 * What is known of each candidate, list by list, in arrays aligned with the candidates (a round
 * looks at every candidate, so nothing is allocated per candidate): whether the list holds it,
 * whether its posting was read, and the posting's addends (NaN for a field without the term).
 */
class Ledger {
  readonly docs: Int32Array;
  readonly holds: Uint8Array[];
  readonly read: Uint8Array[];
  readonly title: Float64Array[];
  readonly text: Float64Array[];
  /** Per list, how many of its known postings are entered. */
  readonly #entered: number[];

  constructor(docs: Int32Array, lists: readonly RankSource[], counted: boolean) {
    this.docs = docs;
    this.holds = lists.map((list) => membership(docs, counted ? list.members : undefined));
    this.read = lists.map(() => new Uint8Array(docs.length));
    this.title = lists.map(() => new Float64Array(docs.length));
    this.text = lists.map(() => new Float64Array(docs.length));
    this.#entered = lists.map(() => 0);
  }

  /** Enters the postings the lists have read since the last call. */
  enter(lists: readonly RankSource[]): void {
    lists.forEach((list, g) => {
      let k = 0;
      for (const [n, [title, text]] of list.known) {
        if (k++ < this.#entered[g]!) continue;
        const i = find(this.docs, n);
        if (i < 0) continue;
        this.read[g]![i] = 1;
        this.title[g]![i] = title ?? NaN;
        this.text[g]![i] = text ?? NaN;
      }
      this.#entered[g] = k;
    });
  }
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
  const lists = terms.flat();
  // A term of one list adds exactly its posting's sum, which the list's next blocks bound exactly.
  const single = terms.map((sources) => sources.length === 1 && sources[0]!.weight === 1);
  // A query of one list ranks as the list's blocks do: a posting not read ranks after the worst one
  // read — which its bound alone cannot tell when its number is smaller and the scores tie.
  const alone = lists.length === 1 && single[0]! && quality === 1;
  const only = lists[0]!;
  const phrase = new Map<number, boolean>();
  const placed: { n: number; score: number }[] = [];
  const done = new Set<number>();
  const ledger = candidates && new Ledger(candidates, lists, true);

  while (placed.length < count) {
    // The candidates of this round: every match, or (uncounted) the one list's postings read, and the rest as one.
    let table: Ledger;
    if (ledger) table = ledger;
    else {
      const docs = Int32Array.from([...only.known.keys()].filter((n) => !done.has(n))).sort();
      table = new Ledger(docs, lists, false);
    }
    table.enter(lists);
    const { docs, holds, read, title, text } = table;
    const size = docs.length;
    const rest = !ledger && only.known.size < only.count ? size : -1;
    const reach = new Float64Array(size + 1);
    const tie = new Float64Array(size + 1);
    const exact = new Uint8Array(size + 1);
    const open: number[] = [];
    for (let i = 0; i < size; i++) {
      const n = docs[i]!;
      if (ledger && done.has(n)) continue;
      open.push(i);
      let combined = NaN;
      let loose = false;
      let lacking = false;
      for (let t = 0, g = 0; t < terms.length; t++) {
        let sum = NaN;
        for (let s = 0; s < terms[t]!.length; s++, g++) {
          if (!holds[g]![i]) continue;
          if (read[g]![i]) {
            const a = title[g]![i]!;
            const b = text[g]![i]!;
            if (a === a) sum = (sum === sum ? sum : 0) + a;
            if (b === b) sum = (sum === sum ? sum : 0) + b;
            continue;
          }
          lacking = true;
          const most = lists[g]!.next ?? Infinity;
          if (single[t]) sum = most;
          else {
            loose = true;
            sum = (sum === sum ? sum : 0) + lists[g]!.weight * most;
          }
        }
        combined = combined === combined ? combined + (sum === sum ? sum : 0) : sum;
      }
      const score = (combined === combined ? combined : 0) * quality;
      if (!lacking) {
        const final = steadyScore(score);
        const checked = phrases ? phrase.get(n) : false;
        reach[i] = checked === false ? final : 2 * final;
        tie[i] = n;
        exact[i] = checked === undefined ? 0 : 1;
      } else if (alone) {
        const [worst, after] = only.worst ?? [Infinity, -1];
        reach[i] = phrases ? 2 * worst : worst;
        tie[i] = after + 0.5;
      } else {
        // Float addition and rounding never decrease as an addend grows: the bound is exact, ties go by number.
        const most = loose ? inflated(score) : steadyScore(score);
        reach[i] = phrases ? 2 * most : most;
        tie[i] = n;
      }
    }
    if (rest >= 0) {
      // Uncounted matches not read yet: each ranks after the worst read.
      const [worst, after] = only.worst ?? [Infinity, -1];
      reach[rest] = phrases ? 2 * worst : worst;
      tie[rest] = after + 0.5;
      open.push(rest);
    }
    const first = bestBy(open, count - placed.length, (i, j) => reach[j]! - reach[i]! || tie[i]! - tie[j]!);
    let k = 0;
    for (; k < first.length && exact[first[k]!]; k++) {
      const i = first[k]!;
      placed.push({ n: docs[i]!, score: reach[i]! });
      done.add(docs[i]!);
    }
    // All placed: the page is full, or every candidate is on it.
    if (k === first.length) break;
    // Read what keeps the rest of the page open: the next block of lists a candidate lacks, phrases unchecked.
    const lacked = new Set<RankSource>();
    const unchecked: number[] = [];
    for (const i of first.slice(k)) {
      if (exact[i]) continue;
      if (i === rest) lacked.add(only);
      else {
        let lacking = false;
        lists.forEach((list, g) => {
          if (holds[g]![i] && !read[g]![i]) {
            lacked.add(list);
            lacking = true;
          }
        });
        if (!lacking) unchecked.push(docs[i]!);
      }
    }
    const [, found] = await Promise.all([
      lacked.size ? reader.readBlocks([...lacked]) : undefined,
      unchecked.length ? reader.holdPhrases(unchecked) : [],
    ]);
    unchecked.forEach((n, i) => phrase.set(n, found[i]!));
  }
  return placed;
}
