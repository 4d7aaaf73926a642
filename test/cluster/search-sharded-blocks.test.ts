// The sharded index reads a term in many documents block by block, best postings first, and counts
// matches from document sets: these tests pin down when a query stops after a term's first score
// block and when it must read on (ties decided by document number, a best match deep in another
// term's blocks), that totals count every match whatever the blocks read, that document sets are
// shared and skipped when another term of the query implies them, and that the results stay
// ClusterSearch's in every shape of blocks.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  ClusterSearch,
  SearchIndexLoadError,
  ShardedClusterSearch,
  buildShardedSearch,
  type SearchOptions,
  type SearchResults,
  type ShardedSearchOptions,
} from '@bichig/cluster';
import { FIXTURE_NOW, fixture, freshCluster, siteFile } from './helpers.js';
import { QUERIES } from './search-queries.js';

/** A fetcher over built files that logs each path and, like the network, hands out fresh copies. */
function fetcherOver(source: Map<string, unknown>, log: string[] = []) {
  return async (path: string): Promise<unknown> => {
    log.push(path);
    if (!source.has(path)) throw new Error(`404 ${path}`);
    return JSON.parse(JSON.stringify(source.get(path)));
  };
}

const answer = (results: SearchResults): SearchResults => JSON.parse(JSON.stringify(results)) as SearchResults;

/** Searches a fresh client over `files`, checks the answer against `reference`, and gives the paths it read after the manifest. */
async function readFor(
  reference: ClusterSearch,
  files: Map<string, unknown>,
  query: string,
  options: SearchOptions,
): Promise<{ results: SearchResults; read: string[] }> {
  const log: string[] = [];
  const sharded = await ShardedClusterSearch.load(fetcherOver(files, log));
  const results = answer(await sharded.search(query, options));
  assert.deepEqual(results, answer(reference.search(query, options)), `${query} ${JSON.stringify(options)}`);
  return { results, read: log.slice(1) };
}

const scoreBlocksRead = (read: readonly string[]) => read.filter((p) => p.startsWith('scores/'));
const setsRead = (read: readonly string[]) => read.filter((p) => p.startsWith('sets/'));

/** The fixture with articles of two made-up words on its league site. */
function clusterWith(articles: readonly { title: string; body: string[] }[]) {
  const { cluster, errors } = freshCluster((files) => {
    const site = siteFile(files, 'xlgl');
    articles.forEach(({ title, body }, i) =>
      site.articles.push({
        id: `xlgl-blocks-${i}`,
        contentId: `xlgl-blocks-${i}`,
        columnId: 'news',
        language: 'zh',
        title,
        body,
        attachments: [],
        images: [],
        publishedAt: `2026-06-${String(10 + i).padStart(2, '0')}T09:00:00+08:00`,
        status: 'published',
      }),
    );
  });
  assert.deepEqual(errors.map(String), []);
  return cluster;
}

// Six articles with 鸿鹄 in their title and 麒麟 deep in a long text, six the other way round, and
// one with both in a short text: the best matches of `鸿鹄 麒麟` rank first for one word and last for
// the other, and the six of each side tie.
const FILLER = '草原生态保护建设工作有序推进，各族群众安居乐业。'.repeat(12);
const ARTICLES = [
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ title: `鸿鹄第${i}篇`, body: [`${FILLER}麒麟`] })),
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ title: `麒麟第${i}篇`, body: [`${FILLER}鸿鹄`] })),
  { title: '通知', body: ['鸿鹄与麒麟'] },
];

describe('score blocks', () => {
  let reference: ClusterSearch;
  let small: Map<string, unknown>;
  before(() => {
    reference = ClusterSearch.build(clusterWith(ARTICLES), { now: FIXTURE_NOW });
    small = new Map(buildShardedSearch(reference, { inlinePostings: 0, scoreBlock: 2 }));
  });

  it('stop after the first block when it settles the page, ties decided by document number', async () => {
    const { results, read } = await readFor(reference, small, '鸿鹄', { limit: 2 });
    assert.equal(results.hits[0]!.score, results.hits[1]!.score, 'the first two tie');
    assert.equal(scoreBlocksRead(read).length, 1, read.join(' '));
    assert.match(scoreBlocksRead(read)[0]!, /\/0\.json$/);
    assert.equal(results.total, 13, 'every match counted, though one block was read');
    assert.deepEqual(setsRead(read), [], 'a term alone is counted from its dictionary entry');
    // Filtered, its matches are listed: each one not read reaches the worst read at most, and ranks after it.
    const filtered = await readFor(reference, small, '鸿鹄', { limit: 2, kinds: ['article'] });
    assert.equal(scoreBlocksRead(filtered.read).length, 1, filtered.read.join(' '));
    // Two words whose six matches tie: a match not read sums at most the placed score, and ranks after it by number.
    const both = await readFor(reference, small, '鸿鹄 鹄第', { limit: 2 });
    assert.equal(both.results.total, 6);
    assert.equal(both.results.hits[0]!.score, both.results.hits[1]!.score);
    assert.deepEqual(
      scoreBlocksRead(both.read).map((p) => p.replace(/^scores\/\d+\//, '')),
      ['0.json', '0.json'],
    );
  });

  it('are read on for a page beyond the first block, and no further', async () => {
    const { read } = await readFor(reference, small, '鸿鹄', { offset: 2, limit: 2 });
    assert.deepEqual(
      scoreBlocksRead(read).map((p) => p.replace(/^scores\/\d+\//, '')),
      ['0.json', '1.json'],
    );
  });

  it('are read on when a best match ranks late in another term’s blocks', async () => {
    const { results, read } = await readFor(reference, small, '鸿鹄 麒麟', { limit: 3 });
    assert.equal(results.total, 13, 'the total counts every match, from the document sets');
    assert.equal(results.hits[0]!.score, results.hits[2]!.score, 'the page is cut from a tie');
    assert.ok(
      scoreBlocksRead(read).some((p) => !p.endsWith('/0.json')),
      `a block past the first (${scoreBlocksRead(read).join(' ')})`,
    );
  });

  it('give ClusterSearch’s answers to the query set with every term blocked, in blocks of 1, 3 and 32', async () => {
    const { built } = await fixtureIndex();
    const layouts: ShardedSearchOptions[] = [
      { inlinePostings: 0, scoreBlock: 1 },
      { inlinePostings: 0, scoreBlock: 3 },
      { inlinePostings: 0 },
    ];
    for (const layout of layouts) {
      const files = new Map(buildShardedSearch(built, layout));
      const sharded = await ShardedClusterSearch.load(fetcherOver(files));
      for (const [query, options] of QUERIES)
        assert.deepEqual(
          answer(await sharded.search(query, options)),
          answer(built.search(query, options)),
          `${query} ${JSON.stringify(options)} ${JSON.stringify(layout)}`,
        );
    }
  });
});

let builtIndex: Promise<{ built: ClusterSearch; files: ReadonlyMap<string, unknown> }> | undefined;
/** The fixture's index and its sharded files, built once for the file (the tests only read them). */
function fixtureIndex(): Promise<{ built: ClusterSearch; files: Map<string, unknown> }> {
  builtIndex ??= fixture().then(({ cluster }) => {
    const built = ClusterSearch.build(cluster, { now: FIXTURE_NOW });
    return { built, files: new Map(buildShardedSearch(built)) };
  });
  return builtIndex.then(({ built, files }) => ({ built, files: new Map(files) }));
}

describe('document sets and score blocks of the fixture', () => {
  let built: ClusterSearch;
  let files: Map<string, unknown>;
  before(async () => {
    ({ built, files } = await fixtureIndex());
  });

  it('a term checked on candidates reads its document set only; the total counts matches in every block', async () => {
    // 2025 is queried, 年 (a character) only checked: its postings are never read.
    const { results, read } = await readFor(built, files, '2025年', { limit: 10 });
    assert.ok(results.total > 100, `many matches (${results.total})`);
    assert.equal(scoreBlocksRead(read).length, 1, read.join(' '));
    assert.equal(setsRead(read).length, 2, 'the sets of 2025 and of 年');
    assert.ok(!read.some((p) => p.startsWith('charpostings/')), 'no character postings');
  });

  it('skips the document set of a term whose documents hold all of another term’s', async () => {
    // 态保 occurs only within 生态保护 and 原生 only before 生态, so their documents imply 生态's, 保护's and 草原's.
    const { results, read } = await readFor(built, files, '草原生态保护', { limit: 10 });
    assert.ok(results.total > 0);
    assert.equal(setsRead(read).length, 2, read.join(' '));
    const shards = read.filter((p) => p.startsWith('terms/')).map((p) => files.get(p) as { within?: object });
    assert.ok(
      shards.some((shard) => shard.within),
      'the term shards say which bigrams lie within which',
    );
  });

  it('writes one document set for terms with the same documents, and one list of score blocks for the same postings', async () => {
    const blocked = new Map(buildShardedSearch(built, { inlinePostings: 0 }));
    const entries = [...blocked]
      .filter(([path]) => path.startsWith('terms/'))
      .flatMap(([, shard]) => Object.values((shard as { terms: Record<string, unknown[]> }).terms));
    const setNumbers = entries.map((entry) => entry[1] as number);
    const setFiles = [...blocked.keys()].filter((p) => p.startsWith('sets/'));
    assert.ok(new Set(setNumbers).size < entries.length / 2, 'far fewer sets than terms');
    assert.ok(setFiles.length < entries.length, `${setFiles.length} set files for ${entries.length} terms`);
    // 那达 and 达慕 occur only in 那达慕, as often: one set and one list of score blocks, read once by a query of both.
    const { read } = await readFor(built, blocked, '那达 达慕', { limit: 5 });
    assert.equal(setsRead(read).length, 1, read.join(' '));
    const lists = new Set(scoreBlocksRead(read).map((p) => p.split('/')[1]));
    assert.equal(lists.size, 1, scoreBlocksRead(read).join(' '));
    const blocks = [...blocked.keys()].filter((p) => p.startsWith('scores/') && p.endsWith('/0.json'));
    assert.ok(blocks.length < entries.length, `${blocks.length} lists of score blocks for ${entries.length} terms`);
  });
});

describe('a broken score block or document set', () => {
  let built: ClusterSearch;
  let files: Map<string, unknown>;
  before(async () => {
    ({ built, files } = await fixtureIndex());
  });

  const rejects = async (query: string, path: string, value: unknown) => {
    const damaged = new Map(files);
    if (value === undefined) damaged.delete(path);
    else damaged.set(path, value);
    const sharded = await ShardedClusterSearch.load(fetcherOver(damaged));
    await assert.rejects(sharded.search(query, { limit: 10 }), (error: unknown) => {
      assert.ok(error instanceof SearchIndexLoadError, String(error));
      assert.match(error.message, new RegExp(path.replace(/[.]/g, '\\.')));
      return true;
    });
  };

  it('is a SearchIndexLoadError naming the file', async () => {
    const { read } = await readFor(built, files, '2025年', { limit: 10 });
    const [block] = scoreBlocksRead(read);
    const [set] = setsRead(read);
    const scores = (files.get(block!) as { scores: Record<string, unknown[]> }).scores;
    const term = Object.keys(scores)[0]!;
    for (const value of [undefined, { scores: {}, next: 0 }, { scores }, { scores: { [term]: [[1], [1]] }, next: 0 }])
      await rejects('2025年', block!, value);
    const [count, k, bits] = (files.get(set!) as { set: [number, number, string] }).set;
    for (const value of [
      undefined,
      { set: [count + 1, k, bits] },
      { set: [count, k, bits.slice(0, 2)] },
      { set: [count, k, '!!!'] },
    ])
      await rejects('2025年', set!, value);
  });
});
