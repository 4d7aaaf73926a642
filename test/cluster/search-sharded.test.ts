// The sharded static index, fetched per query, must answer exactly like ClusterSearch over the same
// documents (ids, order, scores, total, snippets, highlight ranges), fetch only what a query needs,
// and turn a missing or broken file into SearchIndexLoadError.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  ClusterSearch,
  SearchIndexLoadError,
  SearchQueryError,
  ShardedClusterSearch,
  buildShardedSearch,
  mongolianStem,
  type SearchResults,
} from '@bichig/cluster';
import { FIXTURE_NOW, fixture } from './helpers.js';
import { QUERIES } from './search-queries.js';

let built: ClusterSearch;
let files: Map<string, unknown>;

/** A fetcher over the built files that, like the network, hands out fresh parsed copies. */
function fetcherOver(source: Map<string, unknown>, log: string[] = []) {
  return async (path: string): Promise<unknown> => {
    log.push(path);
    if (!source.has(path)) throw new Error(`404 ${path}`);
    return JSON.parse(JSON.stringify(source.get(path)));
  };
}

before(async () => {
  const { cluster } = await fixture();
  built = ClusterSearch.build(cluster, { now: FIXTURE_NOW });
  files = new Map(buildShardedSearch(built));
});

function answer(results: SearchResults): SearchResults {
  return JSON.parse(JSON.stringify(results)) as SearchResults;
}

/** Real words of the fixture's documents: Chinese title runs and Mongolian words with and without suffixes. */
function fixtureWords(): string[] {
  const words = new Set<string>();
  const docs = built.toJSON({ documents: true }).documents!;
  docs.forEach((d, i) => {
    if (i % 7 !== 0) return;
    const han = d.title.match(/[\u4e00-\u9fff]{2,6}/g);
    if (han) words.add(han[Math.floor(han.length / 2)]!);
    const mongolian = d.text.match(/[\u1820-\u1878]+(?:\u202F[\u1820-\u1878]+)?/g);
    if (mongolian) {
      const word = mongolian[Math.floor(mongolian.length / 3)]!;
      words.add(word);
      words.add(mongolianStem(word));
    }
  });
  return [...words];
}

describe('the sharded search index', () => {
  it('answers every query of the set exactly like ClusterSearch', async () => {
    const sharded = await ShardedClusterSearch.load(fetcherOver(files));
    assert.equal(sharded.size, built.size);
    let withHits = 0;
    for (const [query, options] of QUERIES) {
      const expected = answer(built.search(query, options));
      assert.deepEqual(answer(await sharded.search(query, options)), expected, query);
      if (expected.total > 0) withHits++;
    }
    assert.ok(withHits >= QUERIES.length - 4, `most queries of the set find something (${withHits})`);
  });

  it('answers real words of the fixture (and pairs of them) exactly like ClusterSearch', async () => {
    const sharded = await ShardedClusterSearch.load(fetcherOver(files));
    const words = fixtureWords();
    assert.ok(words.length > 100, `enough words (${words.length})`);
    words.forEach((w, i) => {
      if (i % 5 === 0) words.push(`${w} ${words[(i * 7) % words.length]!}`);
    });
    for (const word of words) {
      const expected = answer(built.search(word, { limit: 10 }));
      assert.ok(expected.total > 0 || word.includes(' '), `${word} is in the fixture`);
      assert.deepEqual(answer(await sharded.search(word, { limit: 10 })), expected, word);
    }
  });

  it('fetches the manifest on start, then only the shards of a query and the fragments of its hits', async () => {
    const log: string[] = [];
    const sharded = await ShardedClusterSearch.load(fetcherOver(files, log));
    assert.deepEqual(log, ['manifest.json']);
    const results = await sharded.search('那达慕大会', { limit: 5 });
    assert.ok(results.hits.length > 0);
    // The fragments of the hits shown, and of the few more best matches the phrase bonus was checked on.
    const fragments = log.filter((p) => p.startsWith('docs/'));
    assert.ok(
      fragments.length >= results.hits.length && fragments.length <= 40,
      `the hits' fragments and few more (${fragments.length})`,
    );
    assert.ok(!log.some((p) => p.startsWith('positions/')), 'a first page checks the phrase on the text');
    const shards = log.filter((p) => p.startsWith('terms/'));
    const termShards = [...files.keys()].filter((p) => p.startsWith('terms/'));
    assert.ok(
      shards.length <= 4 && shards.length < termShards.length / 4,
      `few shards (${shards.length} of ${termShards.length})`,
    );
    const fetched = log.length;
    await sharded.search('那达慕大会', { limit: 5 });
    assert.equal(log.length, fetched, 'the same query again fetches nothing');
    assert.deepEqual(sharded.fetched, log.slice(1), 'every file fetched once, the manifest before');
  });

  it('fetches groups only for a filtered query, and the scores of a common term only when it is queried', async () => {
    const log: string[] = [];
    const sharded = await ShardedClusterSearch.load(fetcherOver(files, log));
    for (const [query, options] of QUERIES)
      if (!options?.siteIds && !options?.kinds && !options?.languages) await sharded.search(query, options);
    assert.deepEqual(
      log.filter((p) => p.startsWith('groups/') || p.startsWith('chargroups/')),
      [],
      'no groups without a filter',
    );
    await sharded.search('牧民', { siteIds: ['dwq'] });
    assert.ok(
      log.some((p) => p.startsWith('groups/')),
      'a filtered query fetches the groups of its terms',
    );
    await sharded.search('草', { kinds: ['article'] });
    assert.ok(
      log.some((p) => p.startsWith('chargroups/')),
      'a filtered character query fetches their groups',
    );

    // A common term alone is queried, so its scores are fetched; beside a rare term it is only verified.
    const scoreShards = [...files.keys()].filter((p) => p.startsWith('scores/'));
    assert.ok(scoreShards.length > 0, 'the fixture has common terms');
    const common = Object.keys((files.get(scoreShards[0]!) as { scores: object }).scores)[0]!;
    const rare = '那达慕大会';
    const pairLog: string[] = [];
    const pair = await ShardedClusterSearch.load(fetcherOver(files, pairLog));
    assert.deepEqual(
      answer(await pair.search(`${rare} ${common}`)),
      answer(built.search(`${rare} ${common}`)),
      `${rare} ${common}`,
    );
    assert.ok(!pairLog.some((p) => p.startsWith('scores/')), 'a verified common term fetches no scores');
    assert.deepEqual(answer(await pair.search(common)), answer(built.search(common)), common);
    assert.ok(pairLog.includes(scoreShards[0]!), 'a queried common term fetches its scores');
  });

  it('gives the facet vocabularies of sites and kinds in the manifest', async () => {
    const sharded = await ShardedClusterSearch.load(fetcherOver(files));
    const docs = built.toJSON({ documents: true }).documents!;
    assert.deepEqual(sharded.sites, [...new Set(docs.map((d) => d.siteId))].sort());
    assert.deepEqual(sharded.kinds, [...new Set(docs.map((d) => d.kind))].sort());
    assert.equal(sharded.manifest.siteInfo, undefined, 'no site names unless built with the cluster');
    const { cluster } = await fixture();
    const withSites = await ShardedClusterSearch.load(fetcherOver(new Map(buildShardedSearch(built, { cluster }))));
    for (const id of withSites.sites) {
      const site = cluster.site(id);
      assert.deepEqual(withSites.manifest.siteInfo?.[id], { name: site.name, path: site.path }, id);
    }
  });

  it('refuses a query with no searchable words like ClusterSearch', async () => {
    const sharded = await ShardedClusterSearch.load(fetcherOver(files));
    await assert.rejects(sharded.search('，。！'), SearchQueryError);
  });
});

describe('a broken sharded index', () => {
  const damaged = (edit: (copy: Map<string, unknown>) => void) => {
    const copy = new Map(files);
    edit(copy);
    return copy;
  };
  const shardOfQuery = async (query: string, kind = 'terms/') => {
    const log: string[] = [];
    const sharded = await ShardedClusterSearch.load(fetcherOver(files, log));
    await sharded.search(query);
    return log.filter((p) => p.startsWith(kind));
  };

  it('a missing or malformed manifest is a SearchIndexLoadError', async () => {
    await assert.rejects(
      ShardedClusterSearch.load(fetcherOver(damaged((c) => c.delete('manifest.json')))),
      SearchIndexLoadError,
    );
    await assert.rejects(
      ShardedClusterSearch.load(fetcherOver(damaged((c) => c.set('manifest.json', { format: 'other' })))),
      SearchIndexLoadError,
    );
    const manifest = files.get('manifest.json') as Record<string, unknown>;
    await assert.rejects(
      ShardedClusterSearch.load(fetcherOver(damaged((c) => c.set('manifest.json', { ...manifest, version: 99 })))),
      /format version 3/,
    );
  });

  it('a missing term shard is a SearchIndexLoadError, and the next query tries again', async () => {
    const [shard] = await shardOfQuery('那达慕大会');
    assert.ok(shard);
    const source = damaged((c) => c.delete(shard));
    const sharded = await ShardedClusterSearch.load(fetcherOver(source));
    await assert.rejects(sharded.search('那达慕大会'), (error: unknown) => {
      assert.ok(error instanceof SearchIndexLoadError);
      assert.match(error.message, new RegExp(shard));
      return true;
    });
    source.set(shard, files.get(shard));
    assert.deepEqual(answer(await sharded.search('那达慕大会')), answer(built.search('那达慕大会')));
  });

  it('a corrupt term shard, character shard, position shard or fragment is a SearchIndexLoadError', async () => {
    const [shard] = await shardOfQuery('那达慕大会');
    const [charShard] = await shardOfQuery('草', 'chars/');
    const corrupt: [string, string, unknown][] = [
      ['那达慕大会', shard!, { terms: { 那达: [1, 'x'] } }],
      ['那达慕大会', shard!, 'not json'],
      ['草', charShard!, { chars: [] }],
      ['草', charShard!, { chars: { 草: [3, 2, [1, 2, 0]] } }],
      ['草', charShard!, { chars: { 草: [3, 2, [1, 2, 0, 4], -1, -1, 0] } }],
      ['草', charShard!, { chars: { 草: [3, 2, [1, 2, 0, 4, 5], -1, -1] } }],
    ];
    const postings = [...files.keys()].find((p) => p === `charpostings/${'草'.codePointAt(0)!.toString(16)}.json`)!;
    for (const value of [{ postings: [[1, 2]] }, { postings: [[1], [1], [1], [1], [1]] }]) {
      const sharded = await ShardedClusterSearch.load(fetcherOver(damaged((c) => c.set(postings, value))));
      await assert.rejects(sharded.search('草 羊'), SearchIndexLoadError, `${postings} → ${JSON.stringify(value)}`);
    }
    // Offsets are read for a page beyond the first matches.
    const deep = await ShardedClusterSearch.load(
      fetcherOver(damaged((c) => c.set(shard!.replace('terms/', 'positions/'), { positions: { 那达: [[1]] } }))),
    );
    await assert.rejects(deep.search('那达慕大会', { offset: 60 }), SearchIndexLoadError, 'a corrupt position shard');
    // Groups are fetched for filtered queries only, scores for queried common terms only.
    const scoreShard = [...files.keys()].find((p) => p.startsWith('scores/'))!;
    const common = Object.keys((files.get(scoreShard) as { scores: object }).scores)[0]!;
    for (const [path, value] of [
      [scoreShard, { scores: { [common]: [[1], [2]] } }],
      [scoreShard, { scores: {} }],
    ] as const) {
      const sharded = await ShardedClusterSearch.load(fetcherOver(damaged((c) => c.set(path, value))));
      await assert.rejects(sharded.search(common), SearchIndexLoadError, `${path} → ${JSON.stringify(value)}`);
    }
    // A filtered query reads the groups of the postings of its term with the fewest documents.
    const groupLog: string[] = [];
    await (await ShardedClusterSearch.load(fetcherOver(files, groupLog))).search('那达慕大会', { siteIds: ['dwq'] });
    const groupShard = groupLog.find((p) => p.startsWith('groups/'))!;
    const grouped = Object.keys((files.get(groupShard) as { groups: object }).groups);
    for (const value of [{ groups: Object.fromEntries(grouped.map((term) => [term, ['x']])) }, { groups: {} }]) {
      const sharded = await ShardedClusterSearch.load(fetcherOver(damaged((c) => c.set(groupShard, value))));
      await assert.rejects(sharded.search('那达慕大会', { siteIds: ['dwq'] }), SearchIndexLoadError, groupShard);
    }
    for (const [query, path, value] of corrupt) {
      const sharded = await ShardedClusterSearch.load(fetcherOver(damaged((c) => c.set(path, value))));
      await assert.rejects(sharded.search(query), SearchIndexLoadError, `${path} → ${JSON.stringify(value)}`);
    }
    const log: string[] = [];
    await (await ShardedClusterSearch.load(fetcherOver(files, log))).search('草原', { limit: 1 });
    const fragment = log.find((p) => p.startsWith('docs/'))!;
    for (const value of [{ first: 0 }, { first: -5, documents: [] }, { first: 0, documents: [{ id: 1 }] }]) {
      const sharded = await ShardedClusterSearch.load(fetcherOver(damaged((c) => c.set(fragment, value))));
      await assert.rejects(sharded.search('草原', { limit: 1 }), SearchIndexLoadError, JSON.stringify(value));
    }
  });
});
