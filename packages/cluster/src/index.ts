/**
 * @bichig/cluster — the content model of a government website cluster (政府网站集群): sites in
 * Chinese and Mongolian, columns, shared content, the disclosure catalog, letters, services and
 * cluster-wide search. DOM-free: runs in Node and in browsers.
 * @packageDocumentation
 */
export * from './schema/index.js';
export * from './errors.js';
export {
  AUDIENCE_LABELS,
  CATALOG_GENRE_LABELS,
  CATALOG_TOPIC_LABELS,
  INTERPRETATION_FORM_LABELS,
  VALIDITY_LABELS,
  VOCABULARIES,
  vocabularyLabel,
  type InterpretationForm,
  type VocabularyLabel,
  type VocabularyName,
} from './vocabulary.js';
export { WorkCalendar, addDays, chinaDateOf, chinaTimestamp } from './calendar.js';
export { pageWindow, type PageWindow } from './paging.js';
export {
  Cluster,
  isPublic,
  localized,
  pickLocalized,
  type ArticleLocation,
  type ColumnItem,
  type ColumnItemsOptions,
  type ItemVia,
  type PlacedReference,
  type LocalizedText,
} from './cluster.js';
export { mongolianOrgGaps, mongolianSiteGaps, type MongolianGap } from './mongolian-site.js';
export { loadCluster, resolveMediaLink, type ClusterFiles, type LoadOptions, type LoadResult } from './load/index.js';
export {
  ClusterFileNotFoundError,
  ClusterReadTimeoutError,
  DEFAULT_READ_TIMEOUT_MS,
  fetchCluster,
  loadClusterFromDirectory,
  loadClusterWith,
  type ClusterFileReader,
  type ReadOptions,
} from './sources.js';
export {
  formatDocumentNumber,
  formatIndexNumber,
  nextIndexNumber,
  parseDocumentNumber,
  parseIndexNumber,
  queryCatalog,
  validityOn,
  type CatalogFacets,
  type CatalogPage,
  type CatalogQuery,
  type CatalogSortKey,
  type PlacedCatalogEntry,
} from './catalog.js';
export {
  LETTER_TRANSITIONS,
  acceptedAt,
  canTransition,
  currentStatus,
  isFinalStatus,
  letterDeadline,
  letterFlags,
  letterHistoryProblems,
  letterStatistics,
  sumLetterStatistics,
  percent,
  repliedAt,
  transitionLetter,
  type LetterFlags,
  type LetterHistoryProblem,
  type LetterStatistics,
  type StatisticsOptions,
  type TransitionInput,
} from './letters.js';
export {
  buildShardedSearch,
  ClusterSearch,
  HttpClusterSearch,
  SEARCH_PAGE_LIMIT,
  SearchServiceError,
  searchParameters,
  searchRequest,
  searchServiceInfo,
  type SearchService,
  type SearchServiceInfo,
  highlightRanges,
  mongolianStem,
  searchDocuments,
  ShardedClusterSearch,
  snippet,
  tokenize,
  type HighlightRange,
  type SearchDocument,
  type SearchHit,
  type SearchIndexOptions,
  type SearchKind,
  type SearchOptions,
  type SearchResults,
  type SerializedClusterSearch,
  type SerializeOptions,
  type ShardedSearchManifest,
  type ShardedSearchOptions,
  type ShardedSiteInfo,
  type ShardFetcher,
} from './search/index.js';
