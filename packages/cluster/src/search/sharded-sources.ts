// What the ranking of a sharded index's query (sharded-rank.ts) reads through: a term's posting
// list as a ranked source (an inline list scored at once, a blocked one block by block, each
// block's postings scored as MiniSearch scores them), and the exact-phrase check of candidates on
// their own text (the fragments, which the hits shown need anyway) or, past the first matches, on
// the bigrams' offsets.
import type { PositionEntry, ShardedSearchManifest } from './sharded-format.js';
import { find, postingAddends, postingScore, undelta, type TermPostings } from './sharded-scoring.js';
import { scoreBlocks, type ShardStore } from './sharded-store.js';
import type { RankSource } from './sharded-rank.js';
import { hanBigrams } from './tokenize.js';

/** How many documents (from the first) the exact-phrase bonus checks on their text before it reads offsets. */
const FRAGMENT_CHECKS = 40;

/** A term's posting list, weighted, as {@link rankFirst} ranks it; `members` are its documents when they were read. */
export function rankSource(
  manifest: ShardedSearchManifest,
  p: TermPostings,
  weight: number,
  members: Int32Array | undefined,
): RankSource {
  const known = new Map<number, readonly [number | undefined, number | undefined]>();
  const inline = p.inline;
  if (inline) {
    const { inTitle, inText, titleLength, textLength } = inline.scoring;
    inline.docs.forEach((n, i) =>
      known.set(
        n,
        postingAddends(manifest, p.matching, weight, inTitle[i]!, inText[i]!, titleLength[i]!, textLength[i]!),
      ),
    );
  }
  return {
    weight,
    members: members ?? inline?.docs,
    count: p.count,
    known,
    blocksRead: 0,
    blocks: inline ? 0 : scoreBlocks(manifest, p.count),
  };
}

/** Reads the next score block of each of `sources` (lists of the terms `byList` gives). */
export async function readScoreBlocks(
  manifest: ShardedSearchManifest,
  store: ShardStore,
  sources: readonly RankSource[],
  byList: ReadonlyMap<RankSource, TermPostings>,
): Promise<void> {
  await Promise.all(
    sources.map(async (source) => {
      const p = byList.get(source)!;
      const { docs, scoring, next } = await store.scoreBlock(p, source.blocksRead);
      const { inTitle, inText, titleLength, textLength } = scoring;
      let worst: [number, number] | undefined;
      docs.forEach((n, i) => {
        const columns = [inTitle[i]!, inText[i]!, titleLength[i]!, textLength[i]!] as const;
        source.known.set(n, postingAddends(manifest, p.matching, source.weight, ...columns));
        const score = postingScore(
          source.weight === 1 ? source.known.get(n)! : postingAddends(manifest, p.matching, 1, ...columns),
        );
        if (!worst || score < worst[0] || (score === worst[0] && n > worst[1])) worst = [score, n];
      });
      source.blocksRead++;
      source.worst = worst;
      source.next = next;
    }),
  );
}

/** A phrase's bigrams: their documents, offsets and the length of each one's first character. */
type PhraseBigrams = readonly { members: Int32Array; positions: PositionEntry | undefined; step: number }[];

/** Checks which candidates hold every phrase of a query. */
export class PhraseChecker {
  readonly #store: ShardStore;
  readonly #phrases: readonly string[];
  readonly #postings: ReadonlyMap<string, TermPostings>;
  readonly #count: number;
  #checked = 0;
  #bigrams: Promise<PhraseBigrams[]> | undefined;

  /** `count` is how many first matches the page needs: beyond {@link FRAGMENT_CHECKS}, offsets are read at once. */
  constructor(
    store: ShardStore,
    phrases: readonly string[],
    postings: ReadonlyMap<string, TermPostings>,
    count: number,
  ) {
    this.#store = store;
    this.#phrases = phrases;
    this.#postings = postings;
    this.#count = count;
  }

  /** Whether each of `documents` holds every phrase (in its title or its text). */
  async hold(documents: readonly number[]): Promise<boolean[]> {
    const byText = this.#count <= FRAGMENT_CHECKS && this.#checked < FRAGMENT_CHECKS;
    this.#checked += documents.length;
    if (byText)
      return Promise.all(
        documents.map(async (n) => {
          const d = await this.#store.document(n);
          return this.#phrases.every((p) => d.title.includes(p) || d.text.includes(p));
        }),
      );
    this.#bigrams ??= Promise.all(this.#phrases.map((p) => this.#phraseBigrams(p)));
    const phrases = await this.#bigrams;
    return documents.map((n) => phrases.every((bigrams) => holdsPhrase(n, bigrams)));
  }

  #phraseBigrams(phrase: string): Promise<PhraseBigrams> {
    const chars = Array.from(phrase);
    return Promise.all(
      hanBigrams(phrase).map(async (b, k) => {
        const p = this.#postings.get(b);
        const [members, positions] = p
          ? await Promise.all([this.#store.members(p), this.#store.positionsOf(p)])
          : [new Int32Array(0), undefined];
        return { members, positions, step: chars[k]!.length };
      }),
    );
  }
}

/** Does document `n` hold the phrase of `bigrams` (each at the offset after the one before)? */
function holdsPhrase(n: number, bigrams: PhraseBigrams): boolean {
  const lists: [Set<number>, Set<number>][] = [];
  for (const b of bigrams) {
    const i = find(b.members, n);
    const entry = i < 0 ? undefined : b.positions?.[i];
    if (!entry) return false;
    lists.push([new Set(undelta(entry[0])), new Set(undelta(entry[1]))]);
  }
  for (const field of [0, 1] as const) {
    for (const start of lists[0]![field]) {
      let at = start;
      let whole = true;
      for (let k = 1; k < lists.length; k++) {
        at += bigrams[k - 1]!.step;
        if (!lists[k]![field].has(at)) {
          whole = false;
          break;
        }
      }
      if (whole) return true;
    }
  }
  return false;
}
