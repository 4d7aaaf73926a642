// The document sets of a sharded index being built (sharded-format.ts): each distinct set of
// documents is written once, Rice-coded (sharded-codec.ts), however many terms and characters
// hold exactly those documents (in Chinese, the bigrams inside a word that occurs only as a whole
// all share its documents), with the groups of its documents beside it when a term's postings are
// filtered by them.
import { encodeDocumentSet } from './sharded-codec.js';
import { shardPaths } from './sharded-format.js';

/** Delta-codes ascending numbers. */
export function deltas(sorted: readonly number[]): number[] {
  const out = new Array<number>(sorted.length);
  let last = 0;
  for (let i = 0; i < sorted.length; i++) {
    out[i] = sorted[i]! - last;
    last = sorted[i]!;
  }
  return out;
}

export class DocumentSets {
  readonly #numbers = new Map<string, number>();
  readonly #grouped = new Set<number>();
  readonly #groupOf: readonly number[];

  /** `groupOf` is the group of each document. */
  constructor(groupOf: readonly number[]) {
    this.#groupOf = groupOf;
  }

  /**
   * The number of the set of `docs` (ascending), yielding its file the first time (and its groups'
   * the first time they are asked for).
   */
  *add(docs: readonly number[], withGroups: boolean): Generator<[string, unknown], number> {
    const encoded = encodeDocumentSet(docs);
    const key = encoded.join(' ');
    let set = this.#numbers.get(key);
    if (set === undefined) {
      this.#numbers.set(key, (set = this.#numbers.size));
      yield [shardPaths.sets(set), { set: encoded }];
    }
    if (withGroups && !this.#grouped.has(set)) {
      this.#grouped.add(set);
      yield [shardPaths.setGroups(set), { groups: { [set]: docs.map((n) => this.#groupOf[n]!) } }];
    }
    return set;
  }
}

/** Whether every number of ascending `a` is in ascending `b`. */
function isSubset(a: Int32Array, b: Int32Array): boolean {
  if (a.length > b.length) return false;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const n = a[i]!;
    while (j < b.length && b[j]! < n) j++;
    if (j === b.length || b[j] !== n) return false;
    j++;
  }
  return true;
}

/**
 * For each Chinese bigram, the blocked bigrams beside it (starting with its last character or
 * ending with its first) that are in every document it is in. A bigram across a word boundary
 * (态保 in 生态保护) mostly occurs in one phrase only, so its documents imply its neighbours'.
 */
export function bigramsWithin(
  bigrams: ReadonlyMap<string, Int32Array>,
  blocked: ReadonlySet<string>,
): Map<string, string[]> {
  const starting = new Map<string, string[]>();
  const ending = new Map<string, string[]>();
  for (const u of blocked) {
    const [first, last] = Array.from(u) as [string, string];
    (starting.get(first) ?? starting.set(first, []).get(first)!).push(u);
    (ending.get(last) ?? ending.set(last, []).get(last)!).push(u);
  }
  const within = new Map<string, string[]>();
  for (const [t, docs] of bigrams) {
    const [first, last] = Array.from(t) as [string, string];
    const beside = [...new Set([...(starting.get(last) ?? []), ...(ending.get(first) ?? [])])];
    const around = beside.filter((u) => u !== t && isSubset(docs, bigrams.get(u)!)).sort();
    if (around.length) within.set(t, around);
  }
  return within;
}
