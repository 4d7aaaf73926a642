// Search by a server: what a search page needs of an index it does not hold (the facets, the
// sites' names and paths, and one answer per query), the query's form on the wire, and the client
// that asks a server (@bichig/server's `/api/search/`) for it. The server answers with the sharded
// index's own search, so the results are ClusterSearch's, and a phone downloads one small answer
// per query instead of the index's shards.
import { SearchQueryError } from '../errors.js';
import type { Language } from '../schema/index.js';
import type { ShardedSearchManifest } from './sharded-format.js';
import type { SearchKind, SearchOptions, SearchResults } from './types.js';

/** What a search page shows before its first query: the facets and the sites' names and paths. */
export type SearchServiceInfo = Pick<
  ShardedSearchManifest,
  'now' | 'documentCount' | 'sites' | 'kinds' | 'languages' | 'siteInfo'
>;

/** An index a page can search: a sharded index it fetches itself, or a server that searches for it. */
export interface SearchService {
  readonly manifest: SearchServiceInfo;
  /** Searches like `ClusterSearch.search`; rejects with `SearchQueryError` for a query with no searchable terms. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
}

/** The part of a manifest a page needs before its first query. */
export function searchServiceInfo(manifest: SearchServiceInfo): SearchServiceInfo {
  const { now, documentCount, sites, kinds, languages, siteInfo } = manifest;
  return { now, documentCount, sites, kinds, languages, ...(siteInfo ? { siteInfo } : {}) };
}

/** A query and its options as URL parameters: `q`, `site` (repeated), `kind`, `language`, `limit`, `offset`, `context`. */
export function searchParameters(query: string, options: SearchOptions = {}): URLSearchParams {
  const params = new URLSearchParams({ q: query });
  for (const site of options.siteIds ?? []) params.append('site', site);
  for (const kind of options.kinds ?? []) params.append('kind', kind);
  for (const language of options.languages ?? []) params.append('language', language);
  if (options.limit !== undefined) params.set('limit', String(options.limit));
  if (options.offset !== undefined) params.set('offset', String(options.offset));
  if (options.snippetContext !== undefined) params.set('context', String(options.snippetContext));
  return params;
}

/** The most hits one answer holds. */
export const SEARCH_PAGE_LIMIT = 100;

/**
 * Reads {@link searchParameters} back; numbers out of range are clamped (at most
 * {@link SEARCH_PAGE_LIMIT} hits). A kind or language the index does not have matches nothing.
 */
export function searchRequest(params: URLSearchParams): { query: string; options: SearchOptions } {
  const whole = (name: string, min: number, max: number): number | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === '' || !Number.isFinite(Number(raw))) return undefined;
    return Math.min(max, Math.max(min, Math.floor(Number(raw))));
  };
  const siteIds = params.getAll('site').filter((s) => s !== '');
  const kinds = params.getAll('kind') as SearchKind[];
  const languages = params.getAll('language') as Language[];
  const limit = whole('limit', 1, SEARCH_PAGE_LIMIT);
  const offset = whole('offset', 0, Number.MAX_SAFE_INTEGER);
  const snippetContext = whole('context', 0, 500);
  return {
    query: params.get('q') ?? '',
    options: {
      ...(siteIds.length ? { siteIds } : {}),
      ...(kinds.length ? { kinds } : {}),
      ...(languages.length ? { languages } : {}),
      ...(limit !== undefined ? { limit } : {}),
      ...(offset !== undefined ? { offset } : {}),
      ...(snippetContext !== undefined ? { snippetContext } : {}),
    },
  };
}

/** The search server could not be reached, answered with an error, or answered something else than results. */
export class SearchServiceError extends Error {
  override readonly name = 'SearchServiceError';
  constructor(
    /** The request, e.g. `GET /api/search/?q=…`. */
    readonly request: string,
    reason: string,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`${request}: ${reason}`, options);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isRanges = (value: unknown): boolean =>
  Array.isArray(value) && value.every((r) => Array.isArray(r) && r.length === 2 && r.every(Number.isInteger));
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string');

function isResults(value: unknown): value is SearchResults {
  return (
    isObject(value) &&
    Number.isInteger(value.total) &&
    Array.isArray(value.hits) &&
    value.hits.every(
      (hit) =>
        isObject(hit) &&
        isObject(hit.document) &&
        typeof hit.document.id === 'string' &&
        typeof hit.document.title === 'string' &&
        typeof hit.score === 'number' &&
        isRanges(hit.titleHighlights) &&
        isObject(hit.snippet) &&
        typeof hit.snippet.text === 'string' &&
        isRanges(hit.snippet.highlights),
    )
  );
}

function isInfo(value: unknown): value is SearchServiceInfo {
  return (
    isObject(value) &&
    typeof value.now === 'string' &&
    Number.isInteger(value.documentCount) &&
    isStrings(value.sites) &&
    isStrings(value.kinds) &&
    isStrings(value.languages) &&
    (value.siteInfo === undefined || isObject(value.siteInfo))
  );
}

/**
 * Searches through a search server: `load(base)` fetches `{base}info` (the facets and sites), then
 * each `search` one `GET {base}?q=…`. The answers are checked before they are used.
 */
export class HttpClusterSearch implements SearchService {
  readonly manifest: SearchServiceInfo;
  readonly #base: URL;
  readonly #fetch: typeof fetch;

  private constructor(base: URL, manifest: SearchServiceInfo, fetchImpl: typeof fetch) {
    this.#base = base;
    this.manifest = manifest;
    this.#fetch = fetchImpl;
  }

  /** Asks the server at `base` (an absolute URL ending in `/`) what it indexes. */
  static async load(base: string | URL, fetchImpl: typeof fetch = fetch): Promise<HttpClusterSearch> {
    const root = new URL(base);
    // Bound: a bare `fetch` called as a method of another object throws "Illegal invocation".
    const bound = fetchImpl === globalThis.fetch ? fetchImpl.bind(globalThis) : fetchImpl;
    const info = await request(bound, new URL('info', root));
    if (!isInfo(info.json)) throw new SearchServiceError(info.label, 'the answer is not the index’s info', info.status);
    return new HttpClusterSearch(root, info.json, bound);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const url = new URL(`?${searchParameters(query, options)}`, this.#base);
    const answer = await request(this.#fetch, url, [400]);
    if (answer.status === 400) {
      const reason = isObject(answer.json) && typeof answer.json.reason === 'string' ? answer.json.reason : 'refused';
      throw new SearchQueryError(query, reason);
    }
    if (!isResults(answer.json)) throw new SearchServiceError(answer.label, 'the answer is not search results', 200);
    return answer.json;
  }
}

async function request(
  fetchImpl: typeof fetch,
  url: URL,
  accepted: readonly number[] = [],
): Promise<{ status: number; json: unknown; label: string }> {
  const label = `GET ${url.pathname}${url.search}`;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new SearchServiceError(label, 'no answer (network)', undefined, { cause });
  }
  if (!response.ok && !accepted.includes(response.status))
    throw new SearchServiceError(label, `the server answered ${response.status}`, response.status);
  try {
    return { status: response.status, json: await response.json(), label };
  } catch (cause) {
    throw new SearchServiceError(label, 'the answer is not JSON', response.status, { cause });
  }
}
