// Cluster search for pages on a site with a server, mounted at `/api/search`: `info` (the facets and
// sites, once per page) and `?q=…` (one page of results). `HttpClusterSearch` in @bichig/cluster
// speaks it; `<bichig-search api="/api/search/">` uses it.
import { Hono } from 'hono';
import { SearchQueryError, searchRequest } from '@bichig/cluster';
import type { Database } from '../db/database.js';
import { NoSearchIndexError, StoredSearch } from '../store/search-index.js';
import type { ServerEnv } from './common.js';

/** The search routes over the index stored in `db`. */
export function searchRoutes(db: Database, search = new StoredSearch(db)): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>({ strict: false });
  app.onError((error, c) => {
    if (error instanceof NoSearchIndexError) return c.json({ error: 'no-index', reason: error.message }, 503);
    throw error;
  });
  app.get('/info', async (c) => c.json(await search.info()));
  app.get('/', async (c) => {
    const { query, options } = searchRequest(new URL(c.req.url).searchParams);
    try {
      return c.json(await search.search(query, options));
    } catch (error) {
      if (error instanceof SearchQueryError) return c.json({ error: 'query', reason: error.message }, 400);
      throw error;
    }
  });
  return app;
}
