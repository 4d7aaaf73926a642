// The shapes of cluster search: what a document of the index is, what a hit and a page of results
// look like, the options of a query and of building the index, and the serialised form of an index
// built ahead of time (its format name and version included).
import type { AsPlainObject } from 'minisearch';
import type { Language } from '../schema/index.js';

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

export const SERIAL_FORMAT = 'bichig-cluster-search';
export const SERIAL_VERSION = 1;
