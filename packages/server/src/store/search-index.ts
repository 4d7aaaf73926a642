// The cluster search index in the database: the files of @bichig/cluster's sharded index, stored
// by path when a cluster is imported, and a search that reads only the files a query needs, so the
// answers are ClusterSearch's (same order, scores, snippets and highlights) for any size of cluster.
import {
  ClusterSearch,
  ShardedClusterSearch,
  buildShardedSearch,
  searchServiceInfo,
  type Cluster,
  type SearchOptions,
  type SearchResults,
  type SearchServiceInfo,
} from '@bichig/cluster';
import type { Database } from '../db/database.js';

/** Builds the cluster's search index (articles public at `now`) and stores it, replacing any before. */
export async function importSearchIndex(
  db: Database,
  cluster: Cluster,
  now: string = new Date().toISOString(),
): Promise<{ files: number; documents: number }> {
  const search = ClusterSearch.build(cluster, { now });
  let files = 0;
  await db.transaction(async (tx) => {
    await tx.query(`delete from search_files`);
    for (const [path, data] of buildShardedSearch(search, { cluster })) {
      await tx.query(`insert into search_files (path, data) values ($1, $2)`, [path, JSON.stringify(data)]);
      files++;
    }
  });
  return { files, documents: search.size };
}

/** The database holds no search index: import one (`bichig-server seed`). */
export class NoSearchIndexError extends Error {
  override readonly name = 'NoSearchIndexError';
  constructor() {
    super('The database holds no search index: import a cluster first (bichig-server seed).');
  }
}

/**
 * Searches the stored index. The manifest is read once and kept; each search reads the files of its
 * terms and hits (one query per file) and keeps nothing after it, so memory stays flat however
 * large the cluster.
 */
export class StoredSearch {
  readonly #db: Database;
  #manifest: Promise<unknown> | undefined;

  constructor(db: Database) {
    this.#db = db;
  }

  async #file(path: string): Promise<unknown> {
    const rows = await this.#db.query<{ data: unknown }>(`select data from search_files where path = $1`, [path]);
    if (!rows.length) throw new Error(`The search index has no file ${path}.`);
    return rows[0]!.data;
  }

  async #index(): Promise<ShardedClusterSearch> {
    this.#manifest ??= this.#db
      .query<{ data: unknown }>(`select data from search_files where path = 'manifest.json'`)
      .then((rows) => {
        if (!rows.length) throw new NoSearchIndexError();
        return rows[0]!.data;
      });
    // A failure is not kept: the next request reads again (an index may have been imported since).
    this.#manifest.catch(() => (this.#manifest = undefined));
    const manifest = await this.#manifest;
    // The manifest is only read (its type is readonly all through): every search shares the one kept.
    return ShardedClusterSearch.load((path) =>
      path === 'manifest.json' ? Promise.resolve(manifest) : this.#file(path),
    );
  }

  /** The facets and sites of the index. */
  async info(): Promise<SearchServiceInfo> {
    return searchServiceInfo((await this.#index()).manifest);
  }

  /** Searches like ClusterSearch.search. */
  async search(query: string, options: SearchOptions): Promise<SearchResults> {
    return (await this.#index()).search(query, options);
  }

  /** Forgets the kept manifest (after a new index is imported). */
  forget(): void {
    this.#manifest = undefined;
  }
}
