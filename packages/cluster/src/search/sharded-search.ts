// The client of a sharded search index (sharded-format.ts): it fetches the manifest on start, then
// per query only the shards of the query's terms and the fragments of the hits shown, caches what
// it fetched, and answers exactly like ClusterSearch.search over the same documents: the same query
// plan (rare terms queried, common ones and single characters verified), MiniSearch's BM25 scoring
// reproduced from the postings, the phrase bonus from bigram offsets, ties broken by document
// number (numbered newer first, then by id), and snippets and highlights from the fragments.
import type { SearchService } from './search-service.js';
import { SearchIndexLoadError } from '../errors.js';
import {
  checkCharPostings,
  checkCharShard,
  checkFragments,
  checkGroupShard,
  checkManifest,
  checkPositionShard,
  checkScoreShard,
  checkTermShard,
  shardOf,
  shardPaths,
  type CharEntry,
  type PositionEntry,
  type ShardedSearchManifest,
} from './sharded-format.js';
import { COMMON_TERM_SHARE, TITLE_BOOST, bestBy, bm25 } from './rank.js';
import { hanBigrams, queryParts } from './tokenize.js';
import {
  decodeChar,
  decodeTerm,
  find,
  scanCharacters,
  scoreTerms,
  groupsWanted,
  scoringOf,
  undelta,
  type Postings,
} from './sharded-scoring.js';
import { highlightRanges, snippet } from './highlight.js';
import type { SearchDocument, SearchHit, SearchKind, SearchOptions, SearchResults } from './types.js';

/** Fetches one file of the index (a path relative to the manifest, e.g. `terms/3.json`) and gives its parsed JSON. */
export type ShardFetcher = (path: string) => Promise<unknown>;

/** How many documents (from the first) the exact-phrase bonus checks on their text before it fetches offsets. */
const FRAGMENT_CHECKS = 40;

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * Cluster search over a sharded index built by {@link buildShardedSearch}: load it with
 * {@link ShardedClusterSearch.load} and a fetcher for its files; {@link search} answers with the
 * same results (ids, order, scores, total, snippets, highlights) as `ClusterSearch.search` over the
 * same documents, fetching only the shards of the query's terms and the fragments of the hits
 * shown. A missing or malformed file rejects with {@link SearchIndexLoadError}.
 */
export class ShardedClusterSearch implements SearchService {
  readonly manifest: ShardedSearchManifest;
  readonly #fetcher: ShardFetcher;
  readonly #files = new Map<string, Promise<unknown>>();
  readonly #terms = new Map<number, Promise<Map<string, Postings>>>();
  readonly #chars = new Map<number, Promise<Readonly<Record<string, CharEntry>>>>();
  readonly #charPostings = new Map<string, Promise<Postings>>();
  readonly #positions = new Map<number, Promise<Readonly<Record<string, PositionEntry>>>>();
  readonly #scores = new Map<number, Promise<void>>();
  readonly #groups = new Map<string, Promise<void>>();
  readonly #fragments = new Map<number, Promise<readonly SearchDocument[]>>();

  private constructor(manifest: ShardedSearchManifest, fetcher: ShardFetcher) {
    this.manifest = manifest;
    this.#fetcher = fetcher;
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
    return [...this.#files.keys()];
  }

  #file<T>(path: string, check: (data: unknown, path: string) => T): Promise<T> {
    let file = this.#files.get(path);
    if (!file) {
      file = fetchFile(this.#fetcher, path).then((data) => check(data, path));
      this.#files.set(path, file);
      // A failed fetch is not kept: the next query tries again.
      file.catch(() => this.#files.delete(path));
    }
    return file as Promise<T>;
  }

  #cached<K, T>(cache: Map<K, Promise<T>>, i: K, load: () => Promise<T>): Promise<T> {
    let value = cache.get(i);
    if (!value) {
      value = load();
      cache.set(i, value);
      value.catch(() => cache.delete(i));
    }
    return value;
  }

  #termShard(i: number): Promise<Map<string, Postings>> {
    return this.#cached(this.#terms, i, async () => {
      const shard = await this.#file(shardPaths.terms(i), checkTermShard);
      return new Map(Object.entries(shard.terms).map(([term, entry]) => [term, decodeTerm(entry, i)]));
    });
  }

  #charShard(i: number): Promise<Readonly<Record<string, CharEntry>>> {
    return this.#cached(this.#chars, i, async () => (await this.#file(shardPaths.chars(i), checkCharShard)).chars);
  }

  /** The postings of a character (of the summary `entry`). */
  #characterPostings(c: string, entry: CharEntry): Promise<Postings> {
    return this.#cached(this.#charPostings, c, async () => {
      const path = shardPaths.charPostings(c);
      const p = decodeChar((await this.#file(path, checkCharPostings)).postings, entry[0]);
      if (p.docs.length !== entry[1])
        throw new SearchIndexLoadError(`${path}: it lists ${p.docs.length} documents, not ${entry[1]}.`);
      return p;
    });
  }

  /** Sets the groups of the documents of a character's postings. */
  #withCharacterGroups(c: string, p: Postings): Promise<void> {
    const path = shardPaths.charGroups(c);
    return this.#cached(this.#groups, path, async () => {
      const groups = own((await this.#file(path, checkGroupShard)).groups, c);
      if (!groups || groups.length !== p.docs.length)
        throw new SearchIndexLoadError(`${path}: the groups of ${JSON.stringify(c)} are missing or do not fit.`);
      p.groups = groups;
    });
  }

  /** Sets the scoring columns of the common terms among `postings` (from their score shards). */
  async #withScores(postings: Iterable<Postings>): Promise<void> {
    const shards = new Set<number>();
    for (const p of postings) if (!p.scoring) shards.add(p.shard);
    await Promise.all(
      [...shards].map((i) =>
        this.#cached(this.#scores, i, async () => {
          const path = shardPaths.scores(i);
          const [file, terms] = await Promise.all([this.#file(path, checkScoreShard), this.#termShard(i)]);
          for (const [term, p] of terms) {
            if (p.scoring) continue;
            const columns = own(file.scores, term);
            if (!columns || columns[0].length !== p.docs.length)
              throw new SearchIndexLoadError(
                `${path}: the scores of ${JSON.stringify(term)} are missing or do not fit.`,
              );
            p.scoring = scoringOf(columns);
          }
        }),
      ),
    );
  }

  /** Sets the groups of the documents of the terms' `postings` (from their group shards). */
  async #withGroups(postings: Iterable<Postings>): Promise<void> {
    const shards = new Set<number>();
    for (const p of postings) if (!p.groups) shards.add(p.shard);
    await Promise.all(
      [...shards].map((i) => {
        const path = shardPaths.groups(i);
        return this.#cached(this.#groups, path, async () => {
          const [file, entries] = await Promise.all([this.#file(path, checkGroupShard), this.#termShard(i)]);
          for (const [key, p] of entries) {
            const groups = own(file.groups, key);
            if (!groups || groups.length !== p.docs.length)
              throw new SearchIndexLoadError(
                `${path}: the groups of ${JSON.stringify(key)} are missing or do not fit.`,
              );
            p.groups = groups;
          }
        });
      }),
    );
  }

  #positionShard(i: number): Promise<Readonly<Record<string, PositionEntry>>> {
    return this.#cached(
      this.#positions,
      i,
      async () => (await this.#file(shardPaths.positions(i), checkPositionShard)).positions,
    );
  }

  #fragment(i: number): Promise<readonly SearchDocument[]> {
    return this.#cached(this.#fragments, i, async () => {
      const path = shardPaths.fragments(i);
      const file = await this.#file(path, checkFragments);
      if (file.first !== i * this.manifest.fragmentSize)
        throw new SearchIndexLoadError(
          `${path}: it starts at document ${file.first}, not ${i * this.manifest.fragmentSize}.`,
        );
      return file.documents;
    });
  }

  async #document(n: number): Promise<SearchDocument> {
    const size = this.manifest.fragmentSize;
    const document = (await this.#fragment(Math.floor(n / size)))[n % size];
    if (!document) throw new SearchIndexLoadError(`document ${n} is missing from its fragment file.`);
    return document;
  }

  /** The postings of `term` and, with `prefix`, of every term that starts with it. */
  async #postings(term: string, prefix: boolean): Promise<Map<string, Postings>> {
    const starts = this.manifest.termShards;
    const first = shardOf(starts, term);
    const last = prefix ? shardOf(starts, `${term}\uffff`) : first;
    const shards = await Promise.all(Array.from({ length: last - first + 1 }, (_, k) => this.#termShard(first + k)));
    const found = new Map<string, Postings>();
    for (const shard of shards) {
      if (!prefix) {
        const p = shard.get(term);
        if (p) found.set(term, p);
      } else for (const [t, p] of shard) if (t.startsWith(term)) found.set(t, p);
    }
    return found;
  }

  async #character(c: string): Promise<CharEntry | undefined> {
    return own(await this.#charShard(shardOf(this.manifest.charShards, c)), c);
  }

  /** Does the document at posting index `i` of `first` hold the phrase of `bigrams` (with their first characters' lengths)? */
  #hasPhrase(
    n: number,
    bigrams: readonly { postings: Postings | undefined; positions: PositionEntry | undefined; step: number }[],
  ): boolean {
    const lists: [Set<number>, Set<number>][] = [];
    for (const b of bigrams) {
      if (!b.postings || !b.positions) return false;
      const i = find(b.postings.docs, n);
      const entry = i < 0 ? undefined : b.positions[i];
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

  /**
   * Searches like `ClusterSearch.search` (same options, same results), fetching what the query
   * needs. Rejects with {@link SearchQueryError} for a query with no searchable terms and with
   * {@link SearchIndexLoadError} when a file of the index is missing or malformed.
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const { terms, phrases, mongolianStems, singleCharacters } = queryParts(query);
    const { manifest } = this;
    const wantedGroups = groupsWanted(this.manifest, options);

    // Fetch the postings of every term (with the words a Mongolian stem starts), and of single characters.
    const distinct = [...new Set(terms)];
    const postings = new Map<string, Postings>();
    const prefixed = new Map<string, Map<string, Postings>>();
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
    // A character alone, unfiltered, whose page lies among its best documents needs only its summary.
    const alone =
      queried.length === 0 && verified.length === 1 && !wantedGroups
        ? this.#alone(summaries.get(verified[0]!), offset + limit)
        : undefined;
    if (alone) return this.#page(query, alone.matches, alone.total, offset, limit, context);
    const characters = new Map(
      await Promise.all(
        verified
          .filter((t) => singleCharacters.has(t))
          .map(async (t): Promise<[string, Postings | undefined]> => {
            const entry = summaries.get(t);
            return [t, entry && (await this.#characterPostings(t, entry))];
          }),
      ),
    );
    const verifiedSets = verified.map((t) => {
      if (singleCharacters.has(t)) return new Set(characters.get(t)?.docs ?? []);
      const p = postings.get(t);
      return p?.contains ?? new Set(p?.docs ?? []);
    });
    const passes = (n: number, group: number | undefined) =>
      (!wantedGroups || wantedGroups.has(group!)) && verifiedSets.every((s) => s.has(n));

    let matches: { n: number; score: number }[];
    if (queried.length > 0) {
      // The scoring columns (and for a filter, the groups) of the queried terms only.
      const scored = queried.flatMap((t) => [
        ...(postings.has(t) ? [postings.get(t)!] : []),
        ...(prefixed.get(t)?.values() ?? []),
      ]);
      await Promise.all([this.#withScores(scored), wantedGroups ? this.#withGroups(scored) : undefined]);
      matches = scoreTerms(this.manifest, queried, mongolianStems, postings, prefixed, passes);
    } else {
      if (wantedGroups)
        await Promise.all([...characters].map(([c, p]) => (p ? this.#withCharacterGroups(c, p) : undefined)));
      matches = scanCharacters(this.manifest, verified, characters, wantedGroups);
    }

    if (phrases.length > 0 && matches.length > 0)
      matches = await this.#phraseBonus(matches, phrases, postings, offset + limit);
    return this.#page(query, matches, matches.length, offset, limit, context);
  }

  /** The page of `matches` asked for, with its documents fetched. */
  async #page(
    query: string,
    matches: readonly { n: number; score: number }[],
    total: number,
    offset: number,
    limit: number,
    context: number,
  ): Promise<SearchResults> {
    const page = bestBy(matches, offset + limit, (a, b) => b.score - a.score || a.n - b.n).slice(offset);
    const hits: SearchHit[] = await Promise.all(
      page.map(async ({ n, score }) => {
        const document = await this.#document(n);
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
   * documents, scored as {@link #scan} scores them, when the `count`-th of them ranks before every
   * document left out (by score, then number); otherwise undefined (the postings are needed).
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
    if (bound >= 0) {
      if (matches.length < count) return undefined;
      const kth = [...matches].sort((a, b) => b.score - a.score || a.n - b.n)[count - 1]!;
      if (!(kth.score > bound || (kth.score === bound && kth.n < boundDocument))) return undefined;
    }
    return { matches, total };
  }

  /**
   * The exact-phrase bonus (a document holding every phrase of the query scores double), given
   * to enough matches that the first `count` in ranking order are exact; a match left without it
   * could not rank among them even with it. Matches are checked best first on their own text (the
   * fragments of the hits shown, fetched anyway), while the `count`-th best checked score is not
   * above twice the best unchecked one; past {@link FRAGMENT_CHECKS} documents (or for a page
   * beyond them) the rest are checked by the bigrams' offsets (position shards).
   */
  async #phraseBonus(
    matches: readonly { n: number; score: number }[],
    phrases: readonly string[],
    postings: ReadonlyMap<string, Postings>,
    count: number,
  ): Promise<{ n: number; score: number }[]> {
    const order = [...matches].sort((a, b) => b.score - a.score || a.n - b.n);
    const bonus = new Map<number, number>();
    const finals: { n: number; score: number }[] = [];
    const holds = (d: SearchDocument) => phrases.every((p) => d.title.includes(p) || d.text.includes(p));
    // Settled when the count-th best checked match ranks before the best any unchecked one could
    // reach: twice its score (the unchecked ones with that score come after it by number).
    const settled = (next: number) => {
      if (next >= order.length) return true;
      if (finals.length < count) return false;
      const kth = [...finals].sort((a, b) => b.score - a.score || a.n - b.n)[count - 1]!;
      const reach = 2 * order[next]!.score;
      return kth.score > reach || (kth.score === reach && kth.n < order[next]!.n);
    };
    let next = 0;
    while (!settled(next) && count <= FRAGMENT_CHECKS && next < FRAGMENT_CHECKS) {
      const batch = order.slice(next, next + Math.max(count - finals.length, Math.min(count, 10)));
      const documents = await Promise.all(batch.map((m) => this.#document(m.n)));
      batch.forEach((m, k) => {
        const score = holds(documents[k]!) ? m.score * 2 : m.score;
        bonus.set(m.n, score);
        finals.push({ n: m.n, score });
      });
      next += batch.length;
    }
    if (!settled(next)) {
      const { termShards } = this.manifest;
      const phraseBigrams = await Promise.all(
        phrases.map((p) => {
          const chars = Array.from(p);
          return Promise.all(
            hanBigrams(p).map(async (b, k) => {
              const shard = await this.#positionShard(shardOf(termShards, b));
              return { postings: postings.get(b), positions: own(shard, b), step: chars[k]!.length };
            }),
          );
        }),
      );
      for (const m of order.slice(next))
        if (phraseBigrams.every((bigrams) => this.#hasPhrase(m.n, bigrams))) bonus.set(m.n, m.score * 2);
    }
    return matches.map((m) => {
      const score = bonus.get(m.n);
      return score === undefined ? m : { n: m.n, score };
    });
  }
}

async function fetchFile(fetcher: ShardFetcher, path: string): Promise<unknown> {
  try {
    return await fetcher(path);
  } catch (error) {
    if (error instanceof SearchIndexLoadError) throw error;
    throw new SearchIndexLoadError(
      `${path} could not be fetched (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
