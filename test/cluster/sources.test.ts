import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClusterSearch, fetchCluster, loadClusterFromDirectory } from '@bichig/cluster';
import { FIXTURE_DIR, FIXTURE_NOW, fixture, fixtureFiles } from './helpers.js';

describe('loading from where the files are', () => {
  it('fetches a cluster over HTTP, reporting missing and failing files and loading the rest', async () => {
    const files = fixtureFiles();
    const requested: string[] = [];
    const fakeFetch = (async (input: URL | RequestInfo) => {
      const url = new URL(String(input));
      requested.push(url.pathname);
      const path = url.pathname.replace('/data/xilingol/', '');
      if (path === 'sites/zlq.json') return new Response('not here', { status: 404 });
      if (path === 'sites/dlx.json') return new Response('busy', { status: 503 });
      return new Response(JSON.stringify(files[path]), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const { cluster, errors } = await fetchCluster('https://portal.example/data/xilingol/', fakeFetch);
    assert.equal(requested[0], '/data/xilingol/cluster.json');
    assert.equal(cluster.sites.size, 39);
    const byFile = new Map(errors.map((e) => [e.file, e]));
    assert.equal(byFile.get('sites/zlq.json')?.expected, 'a site file listed in the manifest');
    assert.match(byFile.get('sites/dlx.json')!.received, /HTTP 503/);
  });

  it('loads a directory given as a relative path', async () => {
    const relative = FIXTURE_DIR.replace(`${process.cwd()}/`, '');
    const { cluster, errors } = await loadClusterFromDirectory(relative);
    assert.equal(errors.length, 0);
    assert.equal(cluster.sites.size, 41);
  });

  it('builds the same index asynchronously as at once', async () => {
    const { cluster } = await fixture();
    const sync = ClusterSearch.build(cluster, { now: FIXTURE_NOW });
    const async = await ClusterSearch.buildAsync(cluster, { now: FIXTURE_NOW, chunkSize: 200 });
    assert.equal(async.size, sync.size);
    for (const q of ['草原', 'ᠮᠠᠯᠴᠢᠳ', '政务服务']) {
      assert.deepEqual(
        async.search(q, { limit: 50 }).hits.map((h) => h.document.id),
        sync.search(q, { limit: 50 }).hits.map((h) => h.document.id),
      );
    }
  });
});
