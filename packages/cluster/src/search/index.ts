// Cluster-wide search over every site, in Chinese and Mongolian, on MiniSearch (BM25 ranking). The
// folder holds it by step: tokenize.ts (Chinese bigrams, Mongolian words with their case suffixes
// folded away), documents.ts (what of a cluster is indexed), rank.ts (index options and ranking),
// cluster-search.ts (the index: build, serialise, load, query), serial.ts (checks of a serialised
// index), highlight.ts (match ranges and snippets), types.ts (the shapes), and the sharded static
// index fetched per query: sharded-format.ts (its files), sharded-build.ts (made at build time from
// a ClusterSearch) and sharded-search.ts (the client that answers like ClusterSearch); and
// search-service.ts, search by a server (the interface a page searches, and its HTTP client). This file gathers
// what `@bichig/cluster` exports of it.
export { ClusterSearch } from './cluster-search.js';
export { searchDocuments } from './documents.js';
export { buildShardedSearch, type ShardedSearchOptions } from './sharded-build.js';
export { ShardedClusterSearch, type ShardFetcher } from './sharded-search.js';
export type { ShardedSearchManifest, ShardedSiteInfo } from './sharded-format.js';
export { highlightRanges, snippet } from './highlight.js';
export {
  HttpClusterSearch,
  SEARCH_PAGE_LIMIT,
  SearchServiceError,
  searchParameters,
  searchRequest,
  searchServiceInfo,
  type SearchService,
  type SearchServiceInfo,
} from './search-service.js';
export { mongolianStem, tokenize } from './tokenize.js';
export type {
  HighlightRange,
  SearchDocument,
  SearchHit,
  SearchIndexOptions,
  SearchKind,
  SearchOptions,
  SearchResults,
  SerializedClusterSearch,
  SerializeOptions,
} from './types.js';
