// <bichig-search index>: the query code (the sharded index's reader and the result rendering,
// columns/bichig-search/search-query.ts) and the index's manifest come with the first thing typed
// into the box or the first query, not with the element — and the first query then answers as the
// cluster's own index does. (Its own file: the query module must not be loaded in this page yet.)
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-search.js';
import type { BichigSearch } from '@bichig/elements/bichig-search.js';
import { ClusterSearch, buildShardedSearch } from '@bichig/cluster';
import { resultTitles, statusText, zhFirst } from './support/search.js';
import { NOW, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

const INDEX = '/stand-in-search-index/';
let reference: ClusterSearch;
let files: Map<string, unknown>;
const fetched: string[] = [];
const realFetch = window.fetch;

before(async function () {
  // Builds the whole fixture's index and its shards in the page (seconds, more on a busy machine).
  this.timeout(120_000);
  const cluster = await fixtureCluster();
  reference = ClusterSearch.build(cluster, { now: NOW });
  files = new Map(buildShardedSearch(reference, { cluster }));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(INDEX)) return realFetch(input, init);
    const path = url.pathname.slice(INDEX.length);
    fetched.push(path);
    return files.has(path)
      ? new Response(JSON.stringify(files.get(path)), { headers: { 'content-type': 'application/json' } })
      : new Response('not found', { status: 404 });
  };
});
after(() => {
  window.fetch = realFetch;
  unmountAll();
});

/** Whether this page has loaded the query module (the test server serves each module as its own file). */
const queryModuleLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /\/bichig-search\/search-query\.[jt]s\b/.test(entry.name));

describe('<bichig-search index>: the query code on demand', () => {
  it('loads nothing of the query before one is typed, then answers the first query as the cluster index does', async () => {
    const element = await mount<BichigSearch>('bichig-search', {
      now: NOW,
      lang: 'zh-Hans',
      index: `${INDEX}manifest.json`,
    });
    await element.whenIndexed();
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part~="input"]'), 'the box is there').to.exist;
    expect(fetched, 'no index file before a query').to.deep.equal([]);
    expect(queryModuleLoaded(), 'no query module before a query').to.equal(false);

    // Typing starts loading the module and the manifest, so they are there by the submit.
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.value = '草原';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await element.whenIndexed();
    expect(fetched, 'the manifest, and no shard before the submit').to.deep.equal(['manifest.json']);
    expect(queryModuleLoaded(), 'the query module, once typed into').to.equal(true);

    element.shadowRoot!.querySelector<HTMLFormElement>('[part~="form"]')!.requestSubmit();
    await element.whenIndexed();
    await settled(element);
    const expected = reference.search('草原', { limit: 10, snippetContext: 50 });
    expect(expected.total).to.be.greaterThan(0);
    expect(statusText(element)).to.equal(`找到 ${expected.total} 条结果`);
    expect(resultTitles(element)).to.deep.equal(zhFirst(expected.hits).map((h) => h.document.title));
    expect(element.shadowRoot!.querySelectorAll('[part~="mark"]').length, 'highlighted').to.be.greaterThan(0);
    expect(element.shadowRoot!.querySelector('[part~="filters"]'), 'the filters with the results').to.exist;
    expect(
      fetched.filter((path) => path === 'manifest.json'),
      'the manifest fetched once',
    ).to.have.length(1);
  });
});
