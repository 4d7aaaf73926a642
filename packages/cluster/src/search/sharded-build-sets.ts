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
