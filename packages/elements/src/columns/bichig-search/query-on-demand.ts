// <bichig-search>'s query code (search-query.ts: the index readers and the result rendering),
// imported by the first query (or the first thing typed into the box, so that it is there by the
// time the query is submitted), not with the element: a search page before its first query
// downloads only the box and the shell. A sharded index's manifest is fetched while the module is on
// its way, so the first query waits for one round trip, not two.
import type { SearchService } from '@bichig/cluster';

export type SearchQueryModule = typeof import('./search-query.js');

/** The module, once loaded (render reads it synchronously). */
export let searchQuery: SearchQueryModule | undefined;
let loading: Promise<SearchQueryModule> | undefined;

/** Loads the query module once per page; a failed load is tried again by the next call. */
export function loadSearchQuery(): Promise<SearchQueryModule> {
  return (loading ??= import('./search-query.js').then(
    (module) => (searchQuery = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${response.url}`);
  return (await response.json()) as unknown;
}

/**
 * Opens what `from` names: `api:<url>` a search server, else the URL of a sharded index's manifest
 * (its files are fetched relative to it); with the query module loaded.
 */
export function openSearchService(from: string): Promise<SearchService> {
  if (from.startsWith('api:')) {
    const url = new URL(from.slice(4), location.href);
    return loadSearchQuery().then((module) => module.openSearchServer(url));
  }
  const base = new URL(from, location.href);
  // The reader asks for `manifest.json` beside `from` first: that file is on its way meanwhile.
  let manifest: Promise<unknown> | undefined = base.pathname.endsWith('/manifest.json') ? fetchJson(base) : undefined;
  // Handled here too, so that a failure while the module loads is not reported as unhandled.
  manifest?.catch(() => undefined);
  return loadSearchQuery().then((module) =>
    module.openShardedIndex((path) => {
      const url = new URL(path, base);
      if (manifest && url.href === base.href) {
        const fetched = manifest;
        manifest = undefined;
        return fetched;
      }
      return fetchJson(url);
    }),
  );
}
