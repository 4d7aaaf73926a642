import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-search.js';
import type { BichigSearch } from '@bichig/elements/bichig-search.js';
import { ClusterSearch, SearchQueryError, buildShardedSearch, searchRequest, searchServiceInfo } from '@bichig/cluster';
import type { Cluster, ShardedSearchManifest } from '@bichig/cluster';
import { resultTitles, statusText, zhFirst } from './support/search.js';
import { NOW, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

// <bichig-search api> (a page on a site with @bichig/server): one request per query to the search
// server, answered here by a stand-in that speaks the server's protocol over ClusterSearch — the
// element must show what ClusterSearch finds, send the filters and page, download no index, and
// show the error state (and retry) when the server fails.
const API = '/stand-in-search-server/';
let cluster: Cluster;
let reference: ClusterSearch;
let manifest: ShardedSearchManifest;
let requests: URL[] = [];
let failing = false;
const realFetch = window.fetch;

before(async function () {
  // Builds the whole fixture's index and its shards in the page: seconds in WebKit, more on a busy
  // machine, so more than mocha's default budget for a hook.
  this.timeout(120_000);
  cluster = await fixtureCluster();
  reference = ClusterSearch.build(cluster, { now: NOW });
  manifest = new Map(buildShardedSearch(reference, { cluster })).get('manifest.json') as ShardedSearchManifest;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(API)) return realFetch(input, init);
    requests.push(url);
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (failing) return json(503, { error: 'no-index' });
    if (url.pathname === `${API}info`) return json(200, searchServiceInfo(manifest));
    const { query, options } = searchRequest(url.searchParams);
    try {
      return json(200, reference.search(query, options));
    } catch (error) {
      if (error instanceof SearchQueryError) return json(400, { error: 'query', reason: error.message });
      throw error;
    }
  };
});
after(() => {
  window.fetch = realFetch;
});
beforeEach(() => {
  requests = [];
  failing = false;
});
afterEach(unmountAll);

async function mountApi(attributes: Record<string, string>): Promise<BichigSearch> {
  const element = await mount<BichigSearch>('bichig-search', { now: NOW, api: API, ...attributes });
  await element.whenIndexed();
  await settled(element);
  return element;
}
const shadow = (element: BichigSearch) => element.shadowRoot!;

describe('<bichig-search api> (a search server)', () => {
  it('shows what ClusterSearch finds, highlighted and linked, with one request per query and no index downloaded', async () => {
    const element = await mountApi({ site: 'xlgl', lang: 'zh-Hans', query: '那达慕大会' });
    const expected = reference.search('那达慕大会', { limit: 10, snippetContext: 50 });
    expect(expected.total > 0).to.equal(true);
    expect(statusText(element)).to.equal(`找到 ${expected.total} 条结果`);
    expect(resultTitles(element)).to.deep.equal(zhFirst(expected.hits).map((h) => h.document.title));
    expect(shadow(element).querySelectorAll('[part~="mark"]').length > 0).to.equal(true);
    const first = zhFirst(expected.hits)[0]!.document;
    const link = shadow(element).querySelector<HTMLAnchorElement>('[part~="title"]')!;
    expect(new URL(link.href).pathname).to.equal(
      `${cluster.site(first.siteId).path}${first.kind}/${encodeURIComponent(first.itemId)}.html`,
    );
    expect(requests.map((u) => u.pathname + (u.searchParams.get('q') ?? ''))).to.deep.equal([
      `${API}info`,
      `${API}那达慕大会`,
    ]);
  });

  it('sends the kind, the site scope and the page, and shows the answer of each', async () => {
    const element = await mountApi({ site: 'xlgl', lang: 'zh-Hans', query: '锡林郭勒盟', 'page-size': '5' });
    const [scope, kind] = shadow(element).querySelectorAll<HTMLSelectElement>('[part~="filters"] select');
    kind!.value = 'catalog';
    kind!.dispatchEvent(new Event('change'));
    await element.whenIndexed();
    scope!.value = 'site';
    scope!.dispatchEvent(new Event('change'));
    await element.whenIndexed();
    const siteOnly = reference.search('锡林郭勒盟', { kinds: ['catalog'], siteIds: ['xlgl'], limit: 5 });
    expect(statusText(element)).to.equal(`找到 ${siteOnly.total} 条结果`);
    expect(resultTitles(element)).to.deep.equal(zhFirst(siteOnly.hits).map((h) => h.document.title));
    const last = requests.at(-1)!.searchParams;
    expect([last.getAll('kind'), last.getAll('site'), last.get('limit')]).to.deep.equal([['catalog'], ['xlgl'], '5']);
    kind!.value = '';
    kind!.dispatchEvent(new Event('change'));
    await element.whenIndexed();
    shadow(element).querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await element.whenIndexed();
    expect(requests.at(-1)!.searchParams.get('offset')).to.equal('5');
    const page2 = reference.search('锡林郭勒盟', { siteIds: ['xlgl'], limit: 5, offset: 5 });
    expect(resultTitles(element)).to.deep.equal(zhFirst(page2.hits).map((h) => h.document.title));
  });

  it('explains a query with nothing to search, as the server refuses it', async () => {
    const element = await mountApi({ lang: 'zh-Hans', query: '！？' });
    expect(statusText(element)).to.contain('请输入要搜索的');
  });

  it('shows the error state when the server fails, and searches again on retry', async () => {
    const element = await mountApi({ lang: 'zh-Hans' });
    const errors: Event[] = [];
    element.addEventListener('bichig-data-error', (e) => errors.push(e));
    failing = true;
    element.query = '草原防火';
    await element.whenIndexed();
    const state = shadow(element).querySelector('[part~="state"][part~="error"]');
    expect(state !== null).to.equal(true);
    expect(state!.getAttribute('role')).to.equal('alert');
    expect(state!.textContent).to.contain('503');
    expect(errors.length).to.equal(1);
    failing = false;
    shadow(element).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await element.whenIndexed();
    const expected = reference.search('草原防火', { limit: 10 });
    expect(statusText(element)).to.equal(`找到 ${expected.total} 条结果`);
    expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
  });
});
