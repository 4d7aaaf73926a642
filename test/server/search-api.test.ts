// Cluster search by the server, on both databases: the sharded index stored in PostgreSQL answers,
// through HTTP and HttpClusterSearch, exactly what ClusterSearch answers over the same cluster
// (ids, order, scores, totals, snippets and highlights) for every shape of query in both
// languages; a query with nothing to search is a SearchQueryError; a server without an index says so.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ClusterSearch,
  HttpClusterSearch,
  SearchQueryError,
  SearchServiceError,
  type SearchResults,
} from '@bichig/cluster';
import { importSearchIndex, migrate, type Database } from '@bichig/server';
import { FIXTURE_NOW } from '../cluster/helpers.js';
import { QUERIES } from '../cluster/search-queries.js';
import { BACKENDS, fixtureCluster, listen } from './support.js';

const plain = (results: SearchResults) => JSON.parse(JSON.stringify(results)) as SearchResults;

for (const backend of BACKENDS) {
  describe(`@bichig/server search on ${backend.name}`, () => {
    let db: Database;
    let drop: () => Promise<void>;
    let server: { url: string; close: () => Promise<void> };
    let expected: ClusterSearch;
    let client: HttpClusterSearch;

    before(async () => {
      ({ db, drop } = await backend.open());
      await migrate(db);
      server = await listen(db);
      const cluster = await fixtureCluster();
      expected = ClusterSearch.build(cluster, { now: FIXTURE_NOW });
    });
    after(async () => {
      await server?.close();
      await drop?.();
    });

    it('says it has no index before one is imported', async () => {
      const response = await fetch(`${server.url}/api/search/info`);
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as { error: string }).error, 'no-index');
      await assert.rejects(HttpClusterSearch.load(`${server.url}/api/search/`), SearchServiceError);
    });

    it('answers every query exactly as ClusterSearch does', async () => {
      const imported = await importSearchIndex(db, await fixtureCluster(), FIXTURE_NOW);
      assert.equal(imported.documents, expected.size);
      client = await HttpClusterSearch.load(`${server.url}/api/search/`);
      assert.equal(client.manifest.documentCount, expected.size);
      assert.ok(client.manifest.sites.includes('xlgl-mn'));
      assert.equal(client.manifest.siteInfo?.['xlgl-mn']?.path, '/mn/');
      let hits = 0;
      for (const [query, options] of QUERIES) {
        let want: SearchResults | Error;
        try {
          want = plain(expected.search(query, options));
        } catch (error) {
          want = error as Error;
        }
        if (want instanceof Error) {
          await assert.rejects(client.search(query, options), SearchQueryError, query);
          continue;
        }
        const got = await client.search(query, options);
        assert.deepEqual(got, want, `${query} ${JSON.stringify(options ?? {})}`);
        hits += got.hits.length;
      }
      assert.ok(hits > 100, `the queries find documents (${hits})`);
    });

    it('clamps a page to 100 hits and ignores kinds it does not know', async () => {
      const many = await client.search('草', { limit: 1000 });
      assert.equal(many.hits.length, 100);
      const url = `${server.url}/api/search/?q=${encodeURIComponent('草原')}&kind=nonsense`;
      const answer = (await (await fetch(url)).json()) as SearchResults;
      assert.equal(answer.total, 0);
    });
  });
}
