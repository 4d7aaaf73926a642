// Which documents a query of a sharded index must read to count its matches exactly: a match is in
// the documents of every part of the query (a queried term's posting lists, a verified term's or
// character's documents), so a part whose documents include all of another's adds nothing and is
// not read (term shards record, for each Chinese bigram, the blocked bigrams beside it that are in
// every document it is in; a chain of them through the query's terms implies the same).
import type { TermPostings } from './sharded-scoring.js';

/** A part of a query: what a match must be in. */
export interface MatchPart {
  /** The term whose documents the part's are exactly (none for a word's several lists, a character, a term checked by substring). */
  readonly term?: TermPostings;
  /** How many documents it has (at most, for several lists). */
  readonly size: number;
  /** Its documents, ascending. */
  read(): Promise<Int32Array>;
}

/**
 * The parts whose documents are read: the smallest first, each unless a part read already implies
 * it (its documents are within the part's, directly or through other parts of the query).
 */
export function partsToRead(parts: readonly MatchPart[]): MatchPart[] {
  const byTerm = new Map<string, MatchPart>();
  for (const part of parts) if (part.term) byTerm.set(part.term.term, part);
  const implied = new Set<MatchPart>();
  const imply = (from: MatchPart) => {
    const queue = [from];
    for (let part = queue.pop(); part; part = queue.pop())
      for (const term of part.term?.within ?? []) {
        const next = byTerm.get(term);
        if (next && !implied.has(next)) {
          implied.add(next);
          queue.push(next);
        }
      }
  };
  const read: MatchPart[] = [];
  const order = [...parts].sort((a, b) => a.size - b.size || ((a.term?.term ?? '') < (b.term?.term ?? '') ? -1 : 1));
  for (const part of order) {
    if (implied.has(part)) continue;
    read.push(part);
    imply(part);
  }
  return read;
}
