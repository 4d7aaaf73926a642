// Loaders given the wrong kind of argument throw a typed error that says what to pass; a file
// that never answers is reported after the time limit instead of leaving the load unsettled (#13).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ClusterArgumentError,
  ClusterReadTimeoutError,
  fetchCluster,
  loadCluster,
  loadClusterFromDirectory,
  loadClusterWith,
  type ClusterFileReader,
} from '@bichig/cluster';
import { fixtureFiles } from './helpers.js';

function rejectsWith(promiseOrCall: () => unknown, pattern: RegExp): Promise<void> {
  return assert.rejects(
    async () => promiseOrCall(),
    (error: unknown) => {
      assert.ok(error instanceof ClusterArgumentError, `a ClusterArgumentError, got ${String(error)}`);
      assert.ok(error instanceof TypeError, 'still a TypeError');
      assert.match(error.message, pattern);
      return true;
    },
  );
}

describe('loader arguments', () => {
  it('loadCluster("a/path") says to read a directory with loadClusterFromDirectory', () => {
    assert.throws(
      () => loadCluster('a/path' as never),
      (error: unknown) =>
        error instanceof ClusterArgumentError &&
        error.argument === 'loadCluster(files)' &&
        /the string "a\/path"/.test(error.message) &&
        /loadClusterFromDirectory/.test(error.message),
    );
  });

  it('loadCluster refuses every other wrong kind of files or options with a typed error', () => {
    for (const files of [undefined, null, 42, true, [], new URL('https://example.cn/'), () => ({})])
      assert.throws(() => loadCluster(files as never), ClusterArgumentError, String(files));
    for (const options of [null, 'cluster.json', [], 3])
      assert.throws(() => loadCluster({}, options as never), ClusterArgumentError, String(options));
    assert.throws(() => loadCluster({}, { manifest: 7 as never }), /options\.manifest/);
    assert.throws(() => loadCluster({}, { mediaBase: {} as never }), /options\.mediaBase/);
  });

  it('loadClusterWith, fetchCluster and loadClusterFromDirectory refuse wrong kinds with typed errors', async () => {
    await rejectsWith(() => loadClusterWith('data/xilingol' as never), /loadClusterFromDirectory/);
    await rejectsWith(() => loadClusterWith(undefined as never), /a function/);
    await rejectsWith(() => loadClusterWith(async () => '{}', 5 as never), /manifest path/);
    await rejectsWith(() => loadClusterWith(async () => '{}', 'cluster.json', { timeoutMs: -1 }), /timeoutMs/);
    await rejectsWith(() => loadClusterWith(async () => '{}', 'cluster.json', 'x' as never), /options object/);
    await rejectsWith(() => fetchCluster('data/xilingol/'), /absolute URL.*new URL\(path, location\.href\)/s);
    await rejectsWith(() => fetchCluster(42 as never), /absolute URL/);
    await rejectsWith(() => fetchCluster('https://example.cn/data/', 'fetch' as never), /a fetch function/);
    await rejectsWith(() => loadClusterFromDirectory({} as never), /directory path/);
  });
});

describe('loader time limits', () => {
  it('loadClusterWith settles when one site file never answers: that site is reported, the rest load', async () => {
    const files = fixtureFiles();
    const hanging = 'sites/dlx.json';
    const aborted: string[] = [];
    const read: ClusterFileReader = (path, { signal }) => {
      if (path === hanging)
        return new Promise((_, reject) =>
          signal.addEventListener('abort', () => {
            aborted.push(path);
            reject(signal.reason as Error);
          }),
        );
      return Promise.resolve(JSON.stringify(files[path]));
    };
    const { cluster, errors } = await loadClusterWith(read, 'cluster.json', { timeoutMs: 200 });
    const all = Object.keys(files).filter((p) => p.startsWith('sites/')).length;
    assert.equal(cluster.sites.size, all - 1);
    assert.deepEqual(aborted, [hanging], 'the hanging read is aborted');
    const issue = errors.find((e) => e.file === hanging);
    assert.ok(issue, 'the hanging file is reported');
    assert.equal(issue.expected, 'a file read within 200 ms');
    assert.equal(issue.received, new ClusterReadTimeoutError(hanging, 200).message);
    assert.equal(issue.dropped, 'file');
  });

  it('a manifest that never answers gives an empty cluster and one issue', async () => {
    const { cluster, errors } = await loadClusterWith(() => new Promise(() => undefined), 'cluster.json', {
      timeoutMs: 100,
    });
    assert.equal(cluster.sites.size, 0);
    assert.deepEqual(
      errors.map((e) => [e.file, e.expected]),
      [['cluster.json', 'a file read within 100 ms']],
    );
  });

  it('fetchCluster aborts a request that never answers and reports it', async () => {
    const files = fixtureFiles();
    const fakeFetch = ((input: URL | RequestInfo, init?: RequestInit) => {
      const path = new URL(String(input)).pathname.replace('/data/xilingol/', '');
      if (path === 'sites/zlq.json')
        return new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
      return Promise.resolve(new Response(JSON.stringify(files[path]), { status: 200 }));
    }) as typeof fetch;
    const { cluster, errors } = await fetchCluster('https://portal.example/data/xilingol/', fakeFetch, {
      timeoutMs: 150,
    });
    assert.ok(cluster.sites.size > 30);
    assert.ok(!cluster.sites.has('zlq'));
    assert.equal(errors.find((e) => e.file === 'sites/zlq.json')?.expected, 'a file read within 150 ms');
  });
});
