// Cluster-wide search over every site, in Chinese and Mongolian, on MiniSearch (BM25 ranking).
// Chinese has no spaces, so it is indexed as overlapping character bigrams; Mongolian is indexed by
// word, with the case suffixes that follow a NARROW NO-BREAK SPACE (U+202F) folded away, so
// ᠠᠵᠢᠯ ᠢ, ᠠᠵᠢᠯ ᠳᠤ and ᠠᠵᠢᠯ ᠤᠨ all index and match as ᠠᠵᠢᠯ.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { isPublic, type Cluster } from './cluster.js';
import { SearchIndexLoadError, SearchQueryError } from './errors.js';
import { formatDocumentNumber } from './catalog.js';
import { currentStatus } from './letters.js';
import type { Language, Localized } from './schema/index.js';
import { CONTROL_CODE_POINTS, NNBSP, isMongolianFormatControl, isMongolianLetter } from '@bichig/core/mongolian';

const NNBSP_CODE_POINT = CONTROL_CODE_POINTS.NNBSP;

/** What a search hit is. */
export type SearchKind =
  'article' | 'catalog' | 'service' | 'letter' | 'interview' | 'survey' | 'topic' | 'supply-demand';

/** A document in the search index. */
export interface SearchDocument {
  /** `kind:siteId:itemId`. */
  readonly id: string;
  readonly kind: SearchKind;
  /** The site the item lives on. */
  readonly siteId: string;
  /** The item's id within its kind (article id, index number, service id, …). */
  readonly itemId: string;
  readonly language: Language;
  readonly title: string;
  /** The searchable body text. */
  readonly text: string;
  /** Publication date (YYYY-MM-DD) for display and tie-breaking. */
  readonly date: string;
}

/** A half-open range `[start, end)` of UTF-16 code units to highlight. */
export type HighlightRange = readonly [start: number, end: number];

/** One search result. */
export interface SearchHit {
  readonly document: SearchDocument;
  /** Relevance (BM25, with a bonus for exact Chinese phrases); higher is better. */
  readonly score: number;
  /** Ranges of `document.title` to highlight. */
  readonly titleHighlights: readonly HighlightRange[];
  /** A passage of the text around the first match, and its ranges to highlight. */
  readonly snippet: { readonly text: string; readonly highlights: readonly HighlightRange[] };
}

/** A page of search results. */
export interface SearchResults {
  /** Hits on this page, best first. */
  readonly hits: readonly SearchHit[];
  /** All matching documents. */
  readonly total: number;
}

/** Options for {@link ClusterSearch.search}. */
export interface SearchOptions {
  /** Only items of these sites. */
  readonly siteIds?: readonly string[];
  /** Only items in these languages. */
  readonly languages?: readonly Language[];
  /** Only these kinds. */
  readonly kinds?: readonly SearchKind[];
  /** Hits per page; 20 by default. */
  readonly limit?: number;
  /** Hits to skip; 0 by default. */
  readonly offset?: number;
  /** Characters of context on each side of the first match in the snippet; 60 by default. */
  readonly snippetContext?: number;
}

const MONGOLIAN_CONTROLS = /[\u180B-\u180F\u200C\u200D]/g;
const OTHER_LETTER = /[\p{L}\p{N}\p{M}]/u;

const enum CharKind {
  Separator,
  Han,
  HanPair,
  Mongolian,
  Word,
}

/** Classifies the code unit at `i` (a high surrogate of CJK Extension B+ counts as the start of a Han pair). */
function kindAt(text: string, i: number): CharKind {
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
      ? CharKind.Word
      : CharKind.Separator;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return CharKind.Han;
  if (isMongolianLetter(c) || (c !== NNBSP_CODE_POINT && isMongolianFormatControl(c))) return CharKind.Mongolian;
  if (c >= 0xd840 && c <= 0xd87f) return CharKind.HanPair; // U+20000–U+2FFFF
  if (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0x1800 && c <= 0x180a) ||
    c === NNBSP_CODE_POINT ||
    (c >= 0x2000 && c <= 0x206f)
  )
    return CharKind.Separator;
  if (c >= 0xd800 && c <= 0xdfff) return CharKind.Separator;
  return OTHER_LETTER.test(text[i]!) ? CharKind.Word : CharKind.Separator;
}

/** The stem of a Mongolian word: the part before its first NNBSP suffix, without variation selectors, MVS or joiners. */
export function mongolianStem(word: string): string {
  const cut = word.indexOf(NNBSP);
  return (cut < 0 ? word : word.slice(0, cut)).replace(MONGOLIAN_CONTROLS, '');
}

/** A piece of a query or text, classified by script, with its UTF-16 offset. */
interface Segment {
  readonly kind: 'han' | 'mongolian' | 'other';
  readonly text: string;
  readonly index: number;
}

/**
 * Splits text into runs of Han characters, Mongolian words (a word keeps its NNBSP suffixes:
 * NNBSP joins when a Mongolian letter follows it) and other words (letters and digits).
 */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindAt(text, i);
    if (kind === CharKind.Separator) {
      i++;
      continue;
    }
    const start = i;
    if (kind === CharKind.Han || kind === CharKind.HanPair) {
      while (i < n) {
        const k = kindAt(text, i);
        if (k === CharKind.Han) i++;
        else if (k === CharKind.HanPair) i += 2;
        else break;
      }
      out.push({ kind: 'han', text: text.slice(start, i), index: start });
    } else if (kind === CharKind.Mongolian) {
      while (i < n) {
        if (kindAt(text, i) === CharKind.Mongolian) i++;
        else if (text.charCodeAt(i) === NNBSP_CODE_POINT && i + 1 < n && kindAt(text, i + 1) === CharKind.Mongolian)
          i++;
        else break;
      }
      out.push({ kind: 'mongolian', text: text.slice(start, i), index: start });
    } else {
      while (i < n && kindAt(text, i) === CharKind.Word) i++;
      out.push({ kind: 'other', text: text.slice(start, i), index: start });
    }
  }
  return out;
}

function hanBigrams(run: string): string[] {
  const chars = /[\uD800-\uDBFF]/.test(run) ? Array.from(run) : run.split('');
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Splits text into index terms: Chinese runs into character bigrams (a lone character stays a
 * unigram), Mongolian words into their stems, other words (Latin, digits) lowercased.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const s of segments(text)) {
    if (s.kind === 'han') {
      for (const bigram of hanBigrams(s.text)) terms.push(bigram);
    } else if (s.kind === 'mongolian') {
      const stem = mongolianStem(s.text);
      if (stem) terms.push(stem);
    } else terms.push(s.text.toLowerCase());
  }
  return terms;
}

/** Options for building the index. */
export interface SearchIndexOptions {
  /** The moment that decides which articles are public (ISO timestamp); now by default. */
  readonly now?: string;
}

/**
 * A search index serialised by {@link ClusterSearch.toJSON}: build it once (at site build time),
 * ship it as JSON, and load it with {@link ClusterSearch.fromJSON} instead of indexing on a phone.
 */
export interface SerializedClusterSearch {
  /** Always `bichig-cluster-search`. */
  readonly format: typeof SERIAL_FORMAT;
  /** Format version; {@link ClusterSearch.fromJSON} refuses other versions. */
  readonly version: typeof SERIAL_VERSION;
  /** The moment that decided which articles were public when the index was built. */
  readonly now: string;
  /** In how many documents each term occurs (the query planner picks the rare terms by it). */
  readonly documentFrequency: Readonly<Record<string, number>>;
  /** MiniSearch's own serialisation of the inverted index (`MiniSearch#toJSON`). */
  readonly index: AsPlainObject;
  /** The documents, when serialised with `{ documents: true }`; otherwise they are rebuilt from the cluster. */
  readonly documents?: readonly SearchDocument[];
}

/** Options for {@link ClusterSearch.toJSON}. */
export interface SerializeOptions {
  /**
   * Include the documents (titles and texts), so the index loads without the cluster. Off by
   * default: a site that loads the cluster anyway rebuilds them from it, which is cheap.
   */
  readonly documents?: boolean;
}

const SERIAL_FORMAT = 'bichig-cluster-search';
const SERIAL_VERSION = 1;
const FIELDS = ['title', 'text'];
/** Terms in more than this share of documents are verified on candidates rather than queried. */
const COMMON_TERM_SHARE = 0.05;
/** Title matches weigh this much more than text matches. */
const TITLE_BOOST = 3;
// BM25 parameters for the ranking of substring matches, the ones MiniSearch uses for its own.
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
const SEARCH_OPTIONS = { boost: { title: TITLE_BOOST }, combineWith: 'AND' } as const;

/** MiniSearch options; the same for building and loading, or the loaded index would tokenise queries differently. */
function indexOptions(processTerm: (term: string) => string = (term) => term): Options<SearchDocument> {
  return {
    fields: FIELDS,
    idField: 'id',
    tokenize,
    processTerm,
    searchOptions: { ...SEARCH_OPTIONS, processTerm: (term) => term },
  };
}

/** Occurrences of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

function bm25(
  termFrequency: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  averageLength: number,
): number {
  const idf = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (
    idf *
    (BM25_D +
      (termFrequency * (BM25_K + 1)) / (termFrequency + BM25_K * (1 - BM25_B + (BM25_B * fieldLength) / averageLength)))
  );
}

/**
 * A score rounded to nine decimals. MiniSearch adds a document's term scores in the order it walks
 * its radix tree, and a tree loaded from JSON is walked in another order than the one it was built
 * in, so the same score can differ in its last bit; rounded, a loaded index ranks and scores
 * exactly like a freshly built one.
 */
function steadyScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}

interface Ranked {
  readonly document: SearchDocument;
  readonly score: number;
}

/** Best first: score, then newer, then id, so that every page of a result list is cut from the same order. */
function better(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    (a.document.date < b.document.date
      ? 1
      : a.document.date > b.document.date
        ? -1
        : a.document.id < b.document.id
          ? -1
          : a.document.id > b.document.id
            ? 1
            : 0)
  );
}

/**
 * The first `count` items of `items` in {@link better} order, without sorting them all: a bounded
 * max-heap of the best so far, which a broad query (tens of thousands of matches, one page shown)
 * fills far faster than a full sort.
 */
function best(items: readonly Ranked[], count: number): Ranked[] {
  if (count <= 0) return [];
  if (items.length <= count * 4) return [...items].sort(better).slice(0, count);
  // heap[0] is the worst of the kept items.
  const heap: Ranked[] = [];
  const worse = (i: number, j: number) => better(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(l, m)) m = l;
      if (r < heap.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (better(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(better);
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
    const data = ClusterSearch.checkSerialized(json);
    const docs = ClusterSearch.serializedDocuments(data, cluster);
    const index = MiniSearch.loadJS<SearchDocument>(data.index, indexOptions());
    return ClusterSearch.loaded(data, docs, index);
  }

  /** {@link fromJSON} in chunks that yield to the event loop, for a phone's main thread. */
  static async fromJSONAsync(
    json: SerializedClusterSearch | string | unknown,
    cluster?: Cluster,
  ): Promise<ClusterSearch> {
    const data = ClusterSearch.checkSerialized(json);
    const docs = ClusterSearch.serializedDocuments(data, cluster);
    const index = await MiniSearch.loadJSAsync<SearchDocument>(data.index, indexOptions());
    return ClusterSearch.loaded(data, docs, index);
  }

  private static checkSerialized(json: unknown): SerializedClusterSearch {
    let data = json;
    if (typeof json === 'string') {
      try {
        data = JSON.parse(json);
      } catch (error) {
        throw new SearchIndexLoadError(
          `the text is not JSON (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    }
    if (typeof data !== 'object' || data === null)
      throw new SearchIndexLoadError(`expected an object, got ${data === null ? 'null' : typeof data}.`);
    const d = data as Partial<Record<keyof SerializedClusterSearch, unknown>>;
    if (d.format !== SERIAL_FORMAT)
      throw new SearchIndexLoadError(`expected format "${SERIAL_FORMAT}", got ${JSON.stringify(d.format)}.`);
    if (d.version !== SERIAL_VERSION)
      throw new SearchIndexLoadError(
        `expected format version ${SERIAL_VERSION}, got ${JSON.stringify(d.version)}; rebuild the index with this version of @bichig/cluster.`,
      );
    if (typeof d.now !== 'string')
      throw new SearchIndexLoadError('"now" must be the ISO timestamp the index was built for.');
    if (typeof d.documentFrequency !== 'object' || d.documentFrequency === null)
      throw new SearchIndexLoadError('"documentFrequency" must be an object of term counts.');
    const index = d.index as Partial<AsPlainObject> | undefined;
    if (
      typeof index !== 'object' ||
      index === null ||
      typeof index.documentCount !== 'number' ||
      typeof index.documentIds !== 'object' ||
      !Array.isArray(index.index)
    ) {
      throw new SearchIndexLoadError('"index" must be a MiniSearch index serialised by MiniSearch#toJSON.');
    }
    if (d.documents !== undefined && !Array.isArray(d.documents))
      throw new SearchIndexLoadError('"documents", when present, must be an array of search documents.');
    return data as SerializedClusterSearch;
  }

  private static serializedDocuments(
    data: SerializedClusterSearch,
    cluster: Cluster | undefined,
  ): readonly SearchDocument[] {
    if (data.documents) return data.documents;
    if (!cluster)
      throw new SearchIndexLoadError(
        'it was serialised without its documents, so the cluster it was built from must be passed too.',
      );
    return searchDocuments(cluster, { now: data.now });
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
    const terms = tokenize(query);
    if (terms.length === 0)
      throw new SearchQueryError(query, 'it has no searchable words (Chinese, Mongolian, letters or digits).');
    const querySegments = segments(query);
    const phrases = querySegments.filter((s) => s.kind === 'han' && Array.from(s.text).length > 2).map((s) => s.text);
    const mongolianStems = new Set(
      querySegments.filter((s) => s.kind === 'mongolian').map((s) => mongolianStem(s.text)),
    );
    const singleCharacters = new Set(
      querySegments.filter((s) => s.kind === 'han' && Array.from(s.text).length === 1).map((s) => s.text),
    );
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
    const contains = (d: SearchDocument, t: string) =>
      d.title.includes(t) ||
      d.text.includes(t) ||
      (cased.has(t) && (d.title.toLowerCase().includes(t) || d.text.toLowerCase().includes(t)));
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
      matches = this.scan(verified, wanted, contains);
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

  /** Every wanted document containing all `terms` (by substring), scored with BM25 over the substring counts. */
  private scan(
    terms: readonly string[],
    wanted: (d: SearchDocument) => boolean,
    contains: (d: SearchDocument, t: string) => boolean,
  ): Ranked[] {
    const found: SearchDocument[] = [];
    for (const d of this.documentList) if (wanted(d) && terms.every((t) => contains(d, t))) found.push(d);
    const total = this.documentList.length;
    // Every found document contains every term, so each term's document count is at least the
    // found count; the index's frequency (of the term as an indexed token) is a lower bound too.
    const matching = terms.map((t) => Math.max(found.length, this.documentFrequency.get(t) ?? 0));
    const anyCased = terms.some((t) => t !== t.toUpperCase());
    return found.map((d) => {
      const title = anyCased ? d.title.toLowerCase() : d.title;
      const text = anyCased ? d.text.toLowerCase() : d.text;
      let score = 0;
      terms.forEach((t, i) => {
        const inTitle = occurrences(title, t);
        const inText = occurrences(text, t);
        if (inTitle) score += TITLE_BOOST * bm25(inTitle, matching[i]!, total, title.length, this.averageTitleLength);
        if (inText) score += bm25(inText, matching[i]!, total, text.length, this.averageTextLength);
      });
      return { document: d, score };
    });
  }
}

/**
 * Ranges of `text` that match the query: exact Chinese runs (or, where a run does not occur as a
 * whole, its bigrams), whole Mongolian words (with their suffixes) whose stem starts with a query
 * stem, and other words case-insensitively. Sorted and merged.
 */
export function highlightRanges(text: string, query: string): HighlightRange[] {
  const ranges: [number, number][] = [];
  const mongolianStems: string[] = [];
  const lowered = text.toLowerCase();
  const addAll = (needle: string, haystack: string) => {
    if (!needle) return 0;
    let found = 0;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
      ranges.push([i, i + needle.length]);
      found++;
    }
    return found;
  };
  for (const s of segments(query)) {
    if (s.kind === 'han') {
      if (addAll(s.text, text) === 0) for (const bigram of hanBigrams(s.text)) addAll(bigram, text);
    } else if (s.kind === 'mongolian') mongolianStems.push(mongolianStem(s.text));
    else addAll(s.text.toLowerCase(), lowered);
  }
  if (mongolianStems.length) {
    for (const word of segments(text)) {
      if (word.kind !== 'mongolian') continue;
      const stem = mongolianStem(word.text);
      if (mongolianStems.some((q) => q && stem.startsWith(q))) ranges.push([word.index, word.index + word.text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A low surrogate, a Mongolian letter or a Mongolian format control: cutting before it would split a character or word. */
function insideWord(codeUnit: number): boolean {
  return (
    (codeUnit >= 0xdc00 && codeUnit <= 0xdfff) || isMongolianLetter(codeUnit) || isMongolianFormatControl(codeUnit)
  );
}

/** A passage of `text` around the first match, with its highlight ranges shifted to the passage. */
export function snippet(text: string, query: string, context = 60): { text: string; highlights: HighlightRange[] } {
  const all = highlightRanges(text, query);
  const first = all[0];
  if (!first) return { text: text.slice(0, context * 2), highlights: [] };
  let start = Math.max(0, first[0] - context);
  let end = Math.min(text.length, first[1] + context);
  // Never cut a surrogate pair or a Mongolian word in half.
  while (start > 0 && insideWord(text.charCodeAt(start))) start--;
  while (end < text.length && insideWord(text.charCodeAt(end))) end++;
  const highlights = all.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const);
  return { text: text.slice(start, end), highlights };
}

/** Every searchable document of the cluster. */
export function searchDocuments(cluster: Cluster, options: SearchIndexOptions = {}): SearchDocument[] {
  const now = options.now ?? new Date().toISOString();
  const docs: SearchDocument[] = [];
  const add = (
    kind: SearchKind,
    siteId: string,
    itemId: string,
    language: Language,
    title: string,
    text: string,
    date: string,
  ) =>
    docs.push({
      id: `${kind}:${siteId}:${itemId}`,
      kind,
      siteId,
      itemId,
      language,
      title,
      text,
      date: date.slice(0, 10),
    });
  for (const site of cluster.sites.values()) {
    const lang = site.language;
    for (const a of site.articles) {
      if (!isPublic(a, now)) continue;
      add(
        'article',
        site.id,
        a.id,
        a.language,
        a.title,
        [a.subtitle, a.summary, ...a.body].filter(Boolean).join('\n'),
        a.publishedAt,
      );
    }
    for (const e of site.catalog) {
      const dn = e.documentNumber ? formatDocumentNumber(e.documentNumber) : '';
      add(
        'catalog',
        site.id,
        e.indexNumber,
        e.language,
        e.title,
        [dn, e.issuingOrgans.join(' '), e.keywords.join(' '), e.indexNumber].join('\n'),
        e.publishedAt,
      );
    }
    for (const s of site.services) {
      const text = (value: Localized): string =>
        lang === 'mn' ? (value.mn ?? value.zh ?? '') : (value.zh ?? value.mn ?? '');
      add(
        'service',
        site.id,
        s.id,
        lang,
        text(s.name),
        [
          text(s.kind),
          ...s.conditions.map(text),
          ...s.materials.map((m) => text(m.name)),
          ...s.steps.map((x) => `${text(x.name)} ${text(x.description)}`),
        ].join('\n'),
        '',
      );
    }
    for (const l of site.letters) {
      if (!l.public || currentStatus(l) !== 'replied' || !l.reply) continue;
      add('letter', site.id, l.id, l.language, l.subject, [...l.body, ...l.reply.body].join('\n'), l.reply.at);
    }
    for (const i of site.interviews)
      add(
        'interview',
        site.id,
        i.id,
        i.language,
        i.title,
        [i.summary, ...i.guests.map((g) => `${g.name} ${g.title}`), ...i.transcript.map((t) => t.text)].join('\n'),
        i.scheduledAt,
      );
    for (const s of site.surveys)
      add(
        'survey',
        site.id,
        s.id,
        s.language,
        s.title,
        [...s.description, ...s.questions.map((q) => q.text), ...(s.feedback ?? [])].join('\n'),
        s.opensAt,
      );
    for (const t of site.topics) add('topic', site.id, t.id, t.language, t.title, t.summary, t.startsAt);
    for (const n of site.supplyDemand)
      add(
        'supply-demand',
        site.id,
        n.id,
        n.language,
        n.title,
        [n.product, n.location, n.price ?? ''].join('\n'),
        n.postedAt,
      );
  }
  return docs;
}
