// Search by a server, the client side: a query's options survive the trip through the URL, and
// every way a server can fail is a typed error (a refused query a SearchQueryError, the rest a
// SearchServiceError), never a crash on a malformed answer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  HttpClusterSearch,
  SearchQueryError,
  SearchServiceError,
  searchParameters,
  searchRequest,
  type SearchOptions,
} from '@bichig/cluster';

const INFO = {
  now: '2026-11-21T09:00:00+08:00',
  documentCount: 2,
  sites: ['a'],
  kinds: ['article'],
  languages: ['zh'],
};

/** A fetch answering from a table of path+search → [status, body]. */
function fakeFetch(answers: Record<string, [number, string] | Error>, log: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const key = url.pathname + url.search;
    log.push(key);
    const answer = answers[key] ?? answers[url.pathname];
    if (answer instanceof Error) throw answer;
    if (!answer) return new Response('{}', { status: 404 });
    return new Response(answer[1], { status: answer[0], headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

describe('@bichig/cluster search by a server', () => {
  it('carries a query and its options through URL parameters', () => {
    const options: SearchOptions = {
      siteIds: ['dwq', 'xhq'],
      kinds: ['article', 'service'],
      languages: ['mn'],
      limit: 10,
      offset: 20,
      snippetContext: 50,
    };
    const params = searchParameters('ᠠᠵᠢᠯ\u202Fᠳᠤ 草原', options);
    assert.deepEqual(searchRequest(new URLSearchParams(params.toString())), { query: 'ᠠᠵᠢᠯ\u202Fᠳᠤ 草原', options });
    assert.deepEqual(searchRequest(new URLSearchParams('q=x&limit=5000&offset=-3&context=abc')), {
      query: 'x',
      options: { limit: 100, offset: 0 },
    });
  });

  it('loads the info, then asks one URL per query', async () => {
    const results = { total: 0, hits: [] };
    const log: string[] = [];
    const search = await HttpClusterSearch.load(
      'https://example.org/api/search/',
      fakeFetch(
        { '/api/search/info': [200, JSON.stringify(INFO)], '/api/search/': [200, JSON.stringify(results)] },
        log,
      ),
    );
    assert.deepEqual(search.manifest, INFO);
    assert.deepEqual(await search.search('草原', { limit: 5 }), results);
    assert.deepEqual(log, ['/api/search/info', `/api/search/?q=${encodeURIComponent('草原')}&limit=5`]);
  });

  it('turns every failure into a typed error', async () => {
    const load = (answers: Record<string, [number, string] | Error>) =>
      HttpClusterSearch.load(
        'https://example.org/s/',
        fakeFetch({ '/s/info': [200, JSON.stringify(INFO)], ...answers }),
      );
    await assert.rejects(
      HttpClusterSearch.load('https://example.org/s/', fakeFetch({ '/s/info': [200, '{"now":1}'] })),
      SearchServiceError,
    );
    await assert.rejects(
      HttpClusterSearch.load('https://example.org/s/', fakeFetch({ '/s/info': new TypeError('offline') })),
      (e: unknown) => {
        assert.ok(e instanceof SearchServiceError);
        assert.match(e.message, /network/);
        return true;
      },
    );
    await assert.rejects(
      (await load({ '/s/': [400, '{"error":"query","reason":"nothing to search"}'] })).search('的'),
      SearchQueryError,
    );
    await assert.rejects((await load({ '/s/': [503, '{"error":"no-index"}'] })).search('x'), (e: unknown) => {
      assert.ok(e instanceof SearchServiceError);
      assert.equal(e.status, 503);
      return true;
    });
    await assert.rejects((await load({ '/s/': [200, 'not json'] })).search('x'), SearchServiceError);
    const badHit = {
      total: 1,
      hits: [
        {
          document: { id: 'a', title: 't' },
          score: 1,
          titleHighlights: [[0, 'x']],
          snippet: { text: '', highlights: [] },
        },
      ],
    };
    await assert.rejects((await load({ '/s/': [200, JSON.stringify(badHit)] })).search('x'), SearchServiceError);
  });
});
