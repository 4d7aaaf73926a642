// A search index built at site build time, shipped as JSON and loaded on a phone must answer
// exactly like one built on the spot; and data that is not such an index is refused clearly.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  ClusterSearch,
  SearchIndexLoadError,
  searchDocuments,
  tokenize,
  type SearchOptions,
  type SearchResults,
} from '@bichig/cluster';
import { FIXTURE_NOW, fixture, freshCluster, siteFile } from './helpers.js';

const NNBSP = '\u202F';
let built: ClusterSearch;

before(async () => {
  const { cluster } = await fixture();
  built = ClusterSearch.build(cluster, { now: FIXTURE_NOW });
});

/** Queries of every shape the planner distinguishes, with filters and pages. */
const QUERIES: readonly [string, SearchOptions?][] = [
  ['草原生态保护'],
  ['那达慕大会', { limit: 5 }],
  ['草'],
  ['羊', { offset: 20, limit: 10 }],
  ['2025年'],
  ['政务服务', { kinds: ['service', 'article'] }],
  ['牧民', { siteIds: ['dwq', 'xhq'], limit: 50 }],
  ['ᠪᠡᠯᠴᠢᠭᠡᠷ'],
  [`ᠠᠵᠢᠯ${NNBSP}ᠳᠤ`, { languages: ['mn'] }],
  ['ᠬᠣᠰᠢᠭᠤ', { kinds: ['article'] }],
  ['PM2.5'],
  ['草 羊'],
];

/** Everything a reader gets from a search, as plain data. */
function answer(search: ClusterSearch, query: string, options?: SearchOptions): SearchResults {
  return JSON.parse(JSON.stringify(search.search(query, options))) as SearchResults;
}

function assertSameAnswers(loaded: ClusterSearch): void {
  assert.equal(loaded.size, built.size);
  for (const [query, options] of QUERIES)
    assert.deepEqual(answer(loaded, query, options), answer(built, query, options), query);
}

describe('a serialised search index', () => {
  it('loaded with the cluster, answers exactly like a freshly built index', async () => {
    const { cluster } = await fixture();
    const json = JSON.parse(JSON.stringify(built));
    assert.equal(json.documents, undefined, 'documents are left out by default');
    assert.equal(json.now, FIXTURE_NOW);
    const loaded = ClusterSearch.fromJSON(json, cluster);
    assert.equal(loaded.now, FIXTURE_NOW);
    assertSameAnswers(loaded);
  });

  it('loaded from its JSON text with its documents, needs no cluster', () => {
    const text = JSON.stringify(built.toJSON({ documents: true }));
    assertSameAnswers(ClusterSearch.fromJSON(text));
  });

  it('loads in chunks too (fromJSONAsync), with the same answers', async () => {
    const { cluster } = await fixture();
    assertSameAnswers(await ClusterSearch.fromJSONAsync(JSON.stringify(built), cluster));
  });

  it('takes the moment it was built for from the serialisation, not from the clock', async () => {
    const { cluster } = await fixture();
    const earlier = ClusterSearch.build(cluster, { now: '2025-06-01T00:00:00+08:00' });
    assert.ok(earlier.size < built.size, 'fewer articles were public in mid 2025');
    const loaded = ClusterSearch.fromJSON(JSON.stringify(earlier), cluster);
    assert.equal(loaded.size, earlier.size);
    assert.deepEqual(answer(loaded, '草原'), answer(earlier, '草原'));
  });

  it('refuses what is not an index, another version, or an index without documents and no cluster', () => {
    const good = built.toJSON();
    const refused = (input: unknown, pattern: RegExp) =>
      assert.throws(
        () => ClusterSearch.fromJSON(input),
        (error: unknown) => error instanceof SearchIndexLoadError && pattern.test(error.message),
      );
    refused('{"format":', /not JSON/);
    refused(null, /expected an object, got null/);
    refused({ ...good, format: 'minisearch' }, /expected format "bichig-cluster-search", got "minisearch"/);
    refused({ ...good, version: 2 }, /expected format version 1, got 2/);
    refused({ ...good, index: { documentCount: 3 } }, /MiniSearch index/);
    refused(good, /cluster it was built from must be passed/);
  });

  it('refuses to pair an index with a cluster it was not built from', () => {
    const { cluster: changed } = freshCluster((files) => {
      const dwq = siteFile(files, 'dwq');
      dwq.articles = dwq.articles
        .filter((a: { status: string }) => a.status !== 'published')
        .concat(dwq.articles.filter((a: { status: string }) => a.status === 'published').slice(1));
    });
    assert.throws(
      () => ClusterSearch.fromJSON(built.toJSON(), changed),
      (error: unknown) =>
        error instanceof SearchIndexLoadError && /holds \d+ documents but the data gives \d+/.test(error.message),
    );
  });
});

describe('broad queries', () => {
  it('a single Chinese character finds every document holding it, also at the end of a run of characters', async () => {
    const { cluster } = await fixture();
    const documents = searchDocuments(cluster, { now: FIXTURE_NOW });
    for (const character of ['羊', '草', '旗']) {
      const holding = documents.filter((d) => d.title.includes(character) || d.text.includes(character));
      const result = built.search(character, { limit: 100_000 });
      assert.equal(result.total, holding.length, character);
      assert.deepEqual(new Set(result.hits.map((h) => h.document.id)), new Set(holding.map((d) => d.id)));
    }
    // In 求购优质青干草65吨 and 西门塔尔基础母牛175头, 草 and 牛 occur only at the end of a run of
    // characters, where no bigram starts with them: expanding the character to the bigrams that
    // start with it (the index's prefix search) misses these documents.
    for (const character of ['草', '牛']) {
      const onlyAtRunEnd = documents.filter(
        (d) =>
          `${d.title}\n${d.text}`.includes(character) &&
          !new RegExp(`${character}[\u4E00-\u9FFF]`).test(`${d.title}\n${d.text}`),
      );
      assert.ok(onlyAtRunEnd.length > 10, character);
      const found = new Set(built.search(character, { limit: 100_000 }).hits.map((h) => h.document.id));
      for (const d of onlyAtRunEnd) assert.ok(found.has(d.id), d.id);
    }
  });

  it('a common term with a single character matches exactly the documents with both', async () => {
    const { cluster } = await fixture();
    const documents = searchDocuments(cluster, { now: FIXTURE_NOW });
    const both = documents.filter(
      (d) => tokenize(`${d.title}\n${d.text}`).includes('2025') && `${d.title}${d.text}`.includes('年'),
    );
    assert.ok(both.length > 50);
    assert.equal(built.search('2025年').total, both.length);
  });

  it('ranks single-character matches in the title first and pages through one order', () => {
    const top = built.search('羊', { limit: 5 });
    assert.ok(top.hits[0]!.document.title.includes('羊'));
    for (let i = 1; i < top.hits.length; i++) assert.ok(top.hits[i - 1]!.score >= top.hits[i]!.score);
    const all = built.search('羊', { limit: 1000 });
    const page3 = built.search('羊', { limit: 10, offset: 20 });
    assert.deepEqual(
      page3.hits.map((h) => h.document.id),
      all.hits.slice(20, 30).map((h) => h.document.id),
    );
    for (const hit of page3.hits)
      assert.ok(hit.titleHighlights.length + hit.snippet.highlights.length > 0, hit.document.id);
  });
});
