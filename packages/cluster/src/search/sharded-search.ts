// The client of a sharded search index (sharded-format.ts): it fetches the manifest on start, then
// per query only the files of the query's terms and the fragments of the hits shown, caches what
// it fetched (sharded-store.ts), and answers exactly like ClusterSearch.search over the same
// documents: the same query plan (rare terms queried, common ones and single characters
// verified), every match counted from the terms' document sets, MiniSearch's BM25 scoring
// reproduced from the postings for the matches that can reach the page (read best first from
// score blocks, sharded-rank.ts), the phrase bonus from the matches' text or bigram offsets, ties
// broken by document number (numbered newer first, then by id), and snippets and highlights from
// the fragments.
import type { SearchService } from './search-service.js';
import { checkManifest, shardOf, shardPaths, type CharEntry, type ShardedSearchManifest } from './sharded-format.js';
import { COMMON_TERM_SHARE, TITLE_BOOST, bestBy, bm25 } from './rank.js';
import { queryParts, tokenize } from './tokenize.js';
import {
  PREFIX_WEIGHT,
  groupsWanted,
  intersect,
  scanCharacters,
  union,
  type CharacterPostings,
  type TermPostings,
} from './sharded-scoring.js';
import { ShardStore, fetchFile, type ShardFetcher } from './sharded-store.js';
import { rankFirst, type RankSource } from './sharded-rank.js';
import { partsToRead, type MatchPart } from './sharded-matches.js';
import { rankSource, readScoreBlocks, PhraseChecker } from './sharded-sources.js';
import { highlightRanges, snippet } from './highlight.js';
import type { SearchHit, SearchKind, SearchOptions, SearchResults } from './types.js';

export type { ShardFetcher } from './sharded-store.js';

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The answer to a query nothing matches. */
const nothing = (): SearchResults => ({ hits: [], total: 0 });

/**
 * Cluster search over a sharded index built by {@link buildShardedSearch}: load it with
 * {@link ShardedClusterSearch.load} and a fetcher for its files; {@link search} answers with the
 * same results (ids, order, scores, total, snippets, highlights) as `ClusterSearch.search` over the
 * same documents, fetching only the files of the query's terms and the fragments of the hits
 * shown. A missing or malformed file rejects with {@link SearchIndexLoadError}.
 */
export class ShardedClusterSearch implements SearchService {
  readonly manifest: ShardedSearchManifest;
  readonly #store: ShardStore;

  private constructor(manifest: ShardedSearchManifest, fetcher: ShardFetcher) {
    this.manifest = manifest;
    this.#store = new ShardStore(manifest, fetcher);
  }

  /** Fetches the manifest (and nothing else). */
  static async load(fetcher: ShardFetcher): Promise<ShardedClusterSearch> {
    const path = shardPaths.manifest;
    return new ShardedClusterSearch(checkManifest(await fetchFile(fetcher, path), path), fetcher);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.manifest.documentCount;
  }

  /** The moment that decided which articles were public. */
  get now(): string {
    return this.manifest.now;
  }

  /** The site ids of the documents (a facet). */
  get sites(): readonly string[] {
    return this.manifest.sites;
  }

  /** The kinds of the documents (a facet). */
  get kinds(): readonly SearchKind[] {
    return this.manifest.kinds;
  }

  /** Paths fetched so far (each once). */
  get fetched(): readonly string[] {
    return this.#store.fetched;
  }

  /** What the term shards say of `term` and, with `prefix`, of every term that starts with it. */
  async #postings(term: string, prefix: boolean): Promise<Map<string, TermPostings>> {
    const starts = this.manifest.termShards;
    const first = shardOf(starts, term);
    const last = prefix ? shardOf(starts, `${term}\uffff`) : first;
    const shards = await Promise.all(
      Array.from({ length: last - first + 1 }, (_, k) => this.#store.termShard(first + k)),
    );
    const found = new Map<string, TermPostings>();
    for (const shard of shards) {
      if (!prefix) {
        const p = shard.get(term);
        if (p) found.set(term, p);
      } else for (const [t, p] of shard) if (t.startsWith(term)) found.set(t, p);
    }
    return found;
  }

  async #character(c: string): Promise<CharEntry | undefined> {
    return own(await this.#store.charShard(shardOf(this.manifest.charShards, c)), c);
  }

  /**
   * Searches like `ClusterSearch.search` (same options, same results), fetching what the query
   * needs. Rejects with {@link SearchQueryError} for a query with no searchable terms and with
   * {@link SearchIndexLoadError} when a file of the index is missing or malformed.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const { terms, phrases, mongolianStems, singleCharacters } = queryParts(query);
    const { manifest } = this;
    const store = this.#store;
    const wantedGroups = groupsWanted(manifest, options);

    // What the dictionary says of every term (with the words a Mongolian stem starts), and of single characters.
    const distinct = [...new Set(terms)];
    const postings = new Map<string, TermPostings>();
    const prefixed = new Map<string, Map<string, TermPostings>>();
    const summaries = new Map<string, CharEntry | undefined>();
    await Promise.all(
      distinct.map(async (t) => {
        if (singleCharacters.has(t)) summaries.set(t, await this.#character(t));
        else {
          const found = await this.#postings(t, mongolianStems.has(t));
          const exact = found.get(t);
          if (exact) postings.set(t, exact);
          if (mongolianStems.has(t)) prefixed.set(t, found);
        }
      }),
    );
    const df = (t: string) => (singleCharacters.has(t) ? summaries.get(t)?.[0] : postings.get(t)?.df) ?? 0;
    // The query plan of ClusterSearch.search, term for term.
    const unique = distinct.sort((a, b) => df(a) - df(b) || (a < b ? -1 : a > b ? 1 : 0));
    const commonAbove = Math.max(50, manifest.documentCount * COMMON_TERM_SHARE);
    const indexable = unique.filter((t) => !singleCharacters.has(t));
    const queried = indexable.filter((t, i) => i === 0 || mongolianStems.has(t) || df(t) <= commonAbove);
    const verified = unique.filter((t) => !queried.includes(t));
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(1, options.limit ?? 20);
    const context = options.snippetContext ?? 60;
    if (queried.length === 0) return this.#characters(query, verified, summaries, wantedGroups, offset, limit, context);

    // MiniSearch tokenises the query it is given (the queried terms joined by spaces) once more.
    const queryTerms = tokenize(queried.join(' '));
    const lists = queryTerms.map((term) => {
      const exact = postings.get(term);
      const words = [...(mongolianStems.has(term) ? (prefixed.get(term) ?? []) : [])]
        .filter(([word]) => word.length !== term.length)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([word, p]): [TermPostings, number] => [
          p,
          (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length)),
        ]);
      return [...(exact ? [[exact, 1] as [TermPostings, number]] : []), ...words];
    });
    // A term in no document leaves nothing to match.
    if (
      lists.some((l) => l.length === 0) ||
      verified.some((t) => (singleCharacters.has(t) ? !summaries.get(t) : !postings.get(t)))
    )
      return nothing();

    // The matches: every document in each term's lists, in each verified term's documents and in a wanted group.
    const one = lists.length === 1 && lists[0]!.length === 1 && lists[0]![0]![1] === 1 ? lists[0]![0]![0] : undefined;
    const counted = !one || verified.length > 0 || wantedGroups !== undefined;
    let candidates: Int32Array | undefined;
    const members = new Map<TermPostings, Int32Array>();
    if (counted) {
      const parts: MatchPart[] = [
        ...lists.map((l) => ({
          ...(l.length === 1 && l[0]![1] === 1 ? { term: l[0]![0] } : {}),
          size: l.reduce((n, [p]) => n + p.count, 0),
          read: async () =>
            union(await Promise.all(l.map(async ([p]) => members.set(p, await store.members(p)).get(p)!))),
        })),
        ...verified.map((t): MatchPart => {
          const p = postings.get(t);
          if (p)
            return { ...(p.contains === undefined ? { term: p } : {}), size: p.count, read: () => store.containing(p) };
          const entry = summaries.get(t)!;
          return { size: entry[1], read: () => store.documentSet(entry[5], entry[1]) };
        }),
      ];
      const sets = await Promise.all(partsToRead(parts).map((part) => part.read()));
      candidates = sets.reduce((a, b) => (b.length < a.length ? intersect(b, a) : intersect(a, b)));
      if (wantedGroups) candidates = await this.#wanted(candidates, lists, members, wantedGroups);
    }
    const total = candidates ? candidates.length : one!.count;
    if (total === 0) return nothing();

    const sources = lists.map((l) => l.map(([p, weight]) => rankSource(manifest, p, weight, members.get(p))));
    const byList = new Map<RankSource, TermPostings>();
    lists.forEach((l, t) => l.forEach(([p], s) => byList.set(sources[t]![s]!, p)));
    const phraseChecker = new PhraseChecker(store, phrases, postings, offset + limit);
    const matches = await rankFirst(
      { terms: sources, quality: new Set(queryTerms).size || 1, candidates, phrases: phrases.length > 0 },
      offset + limit,
      {
        readBlocks: (ranked) => readScoreBlocks(manifest, store, ranked, byList),
        holdPhrases: (documents) => phraseChecker.hold(documents),
      },
    );
    return this.#page(query, matches, total, offset, limit, context);
  }

  /** The candidates in a wanted group: the groups of the queried term with the fewest documents, whose lists hold every candidate. */
  async #wanted(
    candidates: Int32Array,
    lists: readonly (readonly [TermPostings, number])[][],
    members: ReadonlyMap<TermPostings, Int32Array>,
    wanted: ReadonlySet<number>,
  ): Promise<Int32Array> {
    const size = (l: readonly (readonly [TermPostings, number])[]) => l.reduce((n, [p]) => n + p.count, 0);
    const pivot = lists.reduce((a, b) => (size(b) < size(a) ? b : a));
    const groupOf = new Map<number, number>();
    await Promise.all(
      pivot.map(async ([p]) => {
        const [docs, groups] = await Promise.all([members.get(p) ?? this.#store.members(p), this.#store.groupsOf(p)]);
        docs.forEach((n, i) => groupOf.set(n, groups[i]!));
      }),
    );
    return candidates.filter((n) => wanted.has(groupOf.get(n)!));
  }

  /** A query of single characters only: from the summary of one alone, else from their postings. */
  async #characters(
    query: string,
    verified: readonly string[],
    summaries: ReadonlyMap<string, CharEntry | undefined>,
    wantedGroups: ReadonlySet<number> | undefined,
    offset: number,
    limit: number,
    context: number,
  ): Promise<SearchResults> {
    // A character alone, unfiltered, whose page lies among its best documents needs only its summary.
    const alone =
      verified.length === 1 && !wantedGroups ? this.#alone(summaries.get(verified[0]!), offset + limit) : undefined;
    if (alone) return this.#page(query, alone.matches, alone.total, offset, limit, context);
    const characters = new Map(
      await Promise.all(
        verified.map(async (t): Promise<[string, CharacterPostings | undefined]> => {
          const entry = summaries.get(t);
          return [t, entry && (await this.#store.charPostings(t, entry))];
        }),
      ),
    );
    if (wantedGroups)
      await Promise.all([...characters].map(([c, p]) => (p ? this.#store.withCharacterGroups(c, p) : undefined)));
    const matches = scanCharacters(this.manifest, verified, characters, wantedGroups);
    const page = bestBy(matches, offset + limit, (a, b) => b.score - a.score || a.n - b.n);
    return this.#page(query, page, matches.length, offset, limit, context);
  }

  /** The page of `ranked` (the first matches, best first) asked for, with its documents fetched. */
  async #page(
    query: string,
    ranked: readonly { n: number; score: number }[],
    total: number,
    offset: number,
    limit: number,
    context: number,
  ): Promise<SearchResults> {
    const page = ranked.slice(offset, offset + limit);
    const hits: SearchHit[] = await Promise.all(
      page.map(async ({ n, score }) => {
        const document = await this.#store.document(n);
        return {
          document,
          score,
          titleHighlights: highlightRanges(document.title, query),
          snippet: snippet(document.text, query, context),
        };
      }),
    );
    return { hits, total };
  }

  /**
   * The matches of a query of one character alone (unfiltered) from its summary: its best
   * documents, scored as {@link scanCharacters} scores them, best first, when the `count`-th of
   * them ranks before every document left out (by score, then number); otherwise undefined (the
   * postings are needed).
   */
  #alone(
    entry: CharEntry | undefined,
    count: number,
  ): { matches: { n: number; score: number }[]; total: number } | undefined {
    if (!entry) return { matches: [], total: 0 };
    const [df, total, top, bound, boundDocument] = entry;
    const { documentCount, averageLength } = this.manifest;
    const matching = Math.max(total, df);
    const matches: { n: number; score: number }[] = [];
    for (let k = 0; k + 4 < top.length; k += 5) {
      const [n, inTitle, inText, titleLength, textLength] = top.slice(k, k + 5) as [
        number,
        number,
        number,
        number,
        number,
      ];
      let score = 0;
      if (inTitle) score += TITLE_BOOST * bm25(inTitle, matching, documentCount, titleLength, averageLength[0]);
      if (inText) score += bm25(inText, matching, documentCount, textLength, averageLength[1]);
      matches.push({ n, score });
    }
    matches.sort((a, b) => b.score - a.score || a.n - b.n);
    if (bound >= 0) {
      if (matches.length < count) return undefined;
      const kth = matches[count - 1]!;
      if (!(kth.score > bound || (kth.score === bound && kth.n < boundDocument))) return undefined;
    }
    return { matches, total };
  }
}
