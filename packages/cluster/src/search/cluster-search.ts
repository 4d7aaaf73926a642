// The search index of a whole cluster, on MiniSearch (BM25 ranking): `ClusterSearch` builds it from
// a cluster (at once or in slices), serialises and loads it, and answers queries with ranked,
// filtered, paged hits that carry snippets and highlight ranges. Rare terms are queried first;
// common ones are verified on the candidates.
import MiniSearch from 'minisearch';
import type { Cluster } from '../cluster.js';
import { SearchIndexLoadError } from '../errors.js';
import {
  SERIAL_FORMAT,
  SERIAL_VERSION,
  type SearchDocument,
  type SearchIndexOptions,
  type SearchOptions,
  type SearchResults,
  type SerializeOptions,
  type SerializedClusterSearch,
} from './types.js';
import { queryParts } from './tokenize.js';
import {
  COMMON_TERM_SHARE,
  type Ranked,
  TITLE_BOOST,
  best,
  bm25,
  indexOptions,
  occurrences,
  steadyScore,
} from './rank.js';
import { highlightRanges, snippet } from './highlight.js';
import { searchDocuments } from './documents.js';
import { checkSerialized, serializedDocuments } from './serial.js';

/** How many single characters' documents {@link ClusterSearch} keeps. */
const CHARACTERS_KEPT = 64;

/** The documents holding a single character, with its counts in their title and text. */
interface CharacterPostings {
  readonly counts: ReadonlyMap<SearchDocument, readonly [inTitle: number, inText: number]>;
}

/**
 * The search index of a whole cluster: public articles, catalog entries, service guides, public
 * replied letters, interviews, surveys, topics and supply-and-demand notices of every site.
 *
 * Build it with {@link ClusterSearch.build} (or {@link ClusterSearch.buildAsync}), or — on phones —
 * load one built ahead of time: `JSON.stringify(search)` at build time, then
 * {@link ClusterSearch.fromJSON} in the browser, which answers exactly like the built one.
 */
export class ClusterSearch {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly documents = new Map<string, SearchDocument>();
  private readonly documentList: readonly SearchDocument[];
  /** In how many documents each term occurs, to query by the rare terms first. */
  private readonly documentFrequency: Map<string, number>;
  /** The moment that decided which articles are public. */
  readonly now: string;
  private readonly averageTitleLength: number;
  private readonly averageTextLength: number;
  /** The documents holding each of the single characters queried most recently (see `character`). */
  private readonly characters = new Map<string, CharacterPostings>();

  private constructor(
    documents: readonly SearchDocument[],
    index: MiniSearch<SearchDocument>,
    documentFrequency: Map<string, number>,
    now: string,
  ) {
    this.index = index;
    this.documentList = documents;
    this.documentFrequency = documentFrequency;
    this.now = now;
    let titles = 0;
    let texts = 0;
    for (const d of documents) {
      this.documents.set(d.id, d);
      titles += d.title.length;
      texts += d.text.length;
    }
    this.averageTitleLength = Math.max(1, titles / Math.max(1, documents.length));
    this.averageTextLength = Math.max(1, texts / Math.max(1, documents.length));
  }

  /**
   * A fresh index whose term processing also counts document frequencies as MiniSearch adds each
   * document (MiniSearch reads a document's id before its fields), so every text is tokenised once.
   */
  private static emptyIndex(): { index: MiniSearch<SearchDocument>; documentFrequency: Map<string, number> } {
    const documentFrequency = new Map<string, number>();
    let seen = new Set<string>();
    const options = indexOptions((term) => {
      if (!seen.has(term)) {
        seen.add(term);
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      }
      return term;
    });
    const index = new MiniSearch<SearchDocument>({
      ...options,
      extractField: (document, field) => {
        if (field === 'id') seen = new Set();
        return (document as unknown as Record<string, string>)[field]!;
      },
    });
    return { index, documentFrequency };
  }

  /** Builds the index in one go (blocks; use {@link buildAsync} on a phone's main thread, or better {@link fromJSON}). */
  static build(cluster: Cluster, options: SearchIndexOptions = {}): ClusterSearch {
    const now = options.now ?? new Date().toISOString();
    const docs = searchDocuments(cluster, { now });
    const { index, documentFrequency } = ClusterSearch.emptyIndex();
    index.addAll(docs);
    return new ClusterSearch(docs, index, documentFrequency, now);
  }

  /** Builds the index in chunks, yielding to the event loop between them. */
  static async buildAsync(
    cluster: Cluster,
    options: SearchIndexOptions & { chunkSize?: number } = {},
  ): Promise<ClusterSearch> {
    const now = options.now ?? new Date().toISOString();
    const docs = searchDocuments(cluster, { now });
    const { index, documentFrequency } = ClusterSearch.emptyIndex();
    await index.addAllAsync(docs, { chunkSize: options.chunkSize ?? 500 });
    return new ClusterSearch(docs, index, documentFrequency, now);
  }

  /**
   * The index as plain JSON data (what `JSON.stringify(search)` writes): MiniSearch's inverted
   * index, the term statistics and the moment it was built for, and with `{ documents: true }`
   * the documents themselves.
   */
  toJSON(options?: SerializeOptions | string): SerializedClusterSearch {
    // JSON.stringify calls toJSON with the property name; only an options object means options.
    const withDocuments = typeof options === 'object' && options.documents === true;
    return {
      format: SERIAL_FORMAT,
      version: SERIAL_VERSION,
      now: this.now,
      documentFrequency: Object.fromEntries(this.documentFrequency),
      index: this.index.toJSON(),
      ...(withDocuments ? { documents: this.documentList } : {}),
    };
  }

  /**
   * Loads an index serialised by {@link toJSON} (the object, or its JSON text). The documents come
   * from the serialisation when it has them, otherwise from `cluster` (as public at the moment the
   * index was built). Throws {@link SearchIndexLoadError} for data that is not such an index, of
   * another format version, or whose documents do not match the index (built from other data).
   */
  static fromJSON(json: SerializedClusterSearch | string | unknown, cluster?: Cluster): ClusterSearch {
    const data = checkSerialized(json);
    const docs = serializedDocuments(data, cluster);
    const index = MiniSearch.loadJS<SearchDocument>(data.index, indexOptions());
    return ClusterSearch.loaded(data, docs, index);
  }

  /** {@link fromJSON} in chunks that yield to the event loop, for a phone's main thread. */
  static async fromJSONAsync(
    json: SerializedClusterSearch | string | unknown,
    cluster?: Cluster,
  ): Promise<ClusterSearch> {
    const data = checkSerialized(json);
    const docs = serializedDocuments(data, cluster);
    const index = await MiniSearch.loadJSAsync<SearchDocument>(data.index, indexOptions());
    return ClusterSearch.loaded(data, docs, index);
  }

  private static loaded(
    data: SerializedClusterSearch,
    docs: readonly SearchDocument[],
    index: MiniSearch<SearchDocument>,
  ): ClusterSearch {
    if (index.documentCount !== docs.length) {
      throw new SearchIndexLoadError(
        `the index holds ${index.documentCount} documents but the data gives ${docs.length}: it was built from other data (rebuild it, or pass the cluster it was built from).`,
      );
    }
    const missing = docs.find((d) => typeof d?.id !== 'string' || !index.has(d.id));
    if (missing)
      throw new SearchIndexLoadError(
        `document ${JSON.stringify(missing?.id)} is not in the index: it was built from other data.`,
      );
    return new ClusterSearch(docs, index, new Map(Object.entries(data.documentFrequency)), data.now);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Searches the cluster. All query terms must match (Chinese bigrams of a phrase, Mongolian
   * stems, other words); Mongolian words also match as prefixes, so ᠬᠣᠰᠢᠭᠤ finds ᠬᠣᠰᠢᠭᠤᠨ ᠤ, and a
   * single Chinese character matches wherever it occurs. Documents that contain a Chinese phrase
   * exactly rank above those that only contain its bigrams apart. Throws {@link SearchQueryError}
   * for a query with no searchable terms.
   */
  search(query: string, options: SearchOptions = {}): SearchResults {
    const { terms, phrases, mongolianStems, singleCharacters } = queryParts(query);
    const sites = options.siteIds?.length ? new Set(options.siteIds) : undefined;
    const languages = options.languages?.length ? new Set(options.languages) : undefined;
    const kinds = options.kinds?.length ? new Set(options.kinds) : undefined;
    const wanted = (d: SearchDocument) =>
      !(sites && !sites.has(d.siteId)) && !(languages && !languages.has(d.language)) && !(kinds && !kinds.has(d.kind));
    // Query planning. A term found in most documents costs the most (its whole posting list is
    // scored) and narrows least; a single Chinese character would be expanded to every bigram
    // starting with it (hundreds of posting lists) and still miss it at the end of a run. So the
    // index is queried with the rare terms only (always with the rarest one, and with every
    // Mongolian stem, whose written forms vary), and single characters and the very common
    // Chinese bigrams and Latin/digit words are checked on those candidates by substring. A query
    // made only of such terms scans the documents once and ranks them with BM25 of its own.
    const unique = [...new Set(terms)].sort(
      (a, b) =>
        (this.documentFrequency.get(a) ?? 0) - (this.documentFrequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const commonAbove = Math.max(50, this.index.documentCount * COMMON_TERM_SHARE);
    const indexable = unique.filter((t) => !singleCharacters.has(t));
    const queried = indexable.filter(
      (t, i) => i === 0 || mongolianStems.has(t) || (this.documentFrequency.get(t) ?? 0) <= commonAbove,
    );
    const verified = unique.filter((t) => !queried.includes(t));
    // Terms are lowercased; only those with cased letters need the lowercased text (which costs a copy).
    const cased = new Set(verified.filter((t) => t !== t.toUpperCase()));
    // Single characters are checked against the documents known to hold them (see `character`).
    const holding = new Map(verified.filter((t) => singleCharacters.has(t)).map((t) => [t, this.character(t).counts]));
    const contains = (d: SearchDocument, t: string) =>
      holding.get(t)?.has(d) ??
      (d.title.includes(t) ||
        d.text.includes(t) ||
        (cased.has(t) && (d.title.toLowerCase().includes(t) || d.text.toLowerCase().includes(t))));
    let matches: Ranked[];
    if (queried.length > 0) {
      const raw = this.index.search(queried.join(' '), {
        prefix: (term) => mongolianStems.has(term),
        filter: (result) => {
          const d = this.documents.get(result.id as string);
          return d !== undefined && wanted(d) && verified.every((t) => contains(d, t));
        },
      });
      matches = raw.map((r) => ({ document: this.documents.get(r.id as string)!, score: steadyScore(r.score) }));
    } else {
      matches = this.scan(verified, wanted);
    }
    const ranked =
      phrases.length === 0
        ? matches
        : matches.map((m) =>
            phrases.every((p) => m.document.title.includes(p) || m.document.text.includes(p))
              ? { document: m.document, score: m.score * 2 }
              : m,
          );
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(1, options.limit ?? 20);
    const context = options.snippetContext ?? 60;
    const hits = best(ranked, offset + limit)
      .slice(offset)
      .map(({ document, score }) => ({
        document,
        score,
        titleHighlights: highlightRanges(document.title, query),
        snippet: snippet(document.text, query, context),
      }));
    return { hits, total: ranked.length };
  }

  /**
   * The documents holding a single character (by substring), with its counts in their title and
   * text: found by one pass over the documents on the first query of the character, then kept for
   * the characters queried most recently (a common character otherwise costs every query a pass).
   */
  private character(c: string): CharacterPostings {
    let postings = this.characters.get(c);
    if (postings) {
      // Most recently used last.
      this.characters.delete(c);
    } else {
      const counts = new Map<SearchDocument, readonly [number, number]>();
      for (const d of this.documentList) {
        const inTitle = occurrences(d.title, c);
        const inText = occurrences(d.text, c);
        if (inTitle || inText) counts.set(d, [inTitle, inText]);
      }
      postings = { counts };
      if (this.characters.size >= CHARACTERS_KEPT) this.characters.delete(this.characters.keys().next().value!);
    }
    this.characters.set(c, postings);
    return postings;
  }

  /** Every wanted document containing all the single characters `terms`, scored with BM25 over their counts. */
  private scan(terms: readonly string[], wanted: (d: SearchDocument) => boolean): Ranked[] {
    const postings = terms.map((t) => this.character(t).counts);
    const rarest = postings.reduce((a, b) => (b.size < a.size ? b : a));
    const found: SearchDocument[] = [];
    for (const d of rarest.keys()) if (wanted(d) && postings.every((p) => p.has(d))) found.push(d);
    const total = this.documentList.length;
    // Every found document contains every term, so each term's document count is at least the
    // found count; the index's frequency (of the term as an indexed token) is a lower bound too.
    const matching = terms.map((t) => Math.max(found.length, this.documentFrequency.get(t) ?? 0));
    return found.map((d) => {
      let score = 0;
      postings.forEach((p, i) => {
        const [inTitle, inText] = p.get(d)!;
        if (inTitle) score += TITLE_BOOST * bm25(inTitle, matching[i]!, total, d.title.length, this.averageTitleLength);
        if (inText) score += bm25(inText, matching[i]!, total, d.text.length, this.averageTextLength);
      });
      return { document: d, score };
    });
  }
}
