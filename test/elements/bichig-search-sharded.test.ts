import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-search.js';
import type { BichigSearch } from '@bichig/elements/bichig-search.js';
import { ClusterSearch, ShardedClusterSearch, buildShardedSearch } from '@bichig/cluster';
import type { Cluster } from '@bichig/cluster';
import { axeViolations } from './support/pixels.js';
import { resultTitles, statusText, zhFirst } from './support/search.js';
import { NOW, describeViolations, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

// <bichig-search> over a sharded index (what the portal's search page uses): no cluster in the
// page, the same results as the cluster's own index, and the error state when a file fails.
let cluster: Cluster;
let reference: ClusterSearch;
let files: Map<string, unknown>;
before(async function () {
  // Builds the whole fixture's index and its shards in the page: seconds in WebKit, more on a busy
  // machine, so more than mocha's default budget for a hook.
  this.timeout(120_000);
  cluster = await fixtureCluster();
  reference = ClusterSearch.build(cluster, { now: NOW });
  files = new Map(buildShardedSearch(reference, { cluster }));
});
afterEach(unmountAll);

/** A fetcher over the built files; `fails` decides which paths fail as a network would. */
function fetcher(log: string[] = [], fails: (path: string) => boolean = () => false) {
  return async (path: string): Promise<unknown> => {
    log.push(path);
    if (fails(path) || !files.has(path)) throw new TypeError(`Failed to fetch ${path}`);
    return JSON.parse(JSON.stringify(files.get(path)));
  };
}

async function mountSharded(attributes: Record<string, string>, load = fetcher()): Promise<BichigSearch> {
  const shardedIndex = await ShardedClusterSearch.load(load);
  const element = await mount<BichigSearch>('bichig-search', { now: NOW, ...attributes }, { shardedIndex });
  await element.whenIndexed();
  await settled(element);
  return element;
}
const shadow = (element: BichigSearch) => element.shadowRoot!;

describe('<bichig-search> over a sharded index', () => {
  it('shows the same hits as the cluster index, highlighted, linked to their sites', async () => {
    const log: string[] = [];
    const element = await mountSharded({ site: 'xlgl', lang: 'zh-Hans', query: '那达慕大会' }, fetcher(log));
    const expected = reference.search('那达慕大会', { limit: 10, snippetContext: 50 });
    expect(expected.total).to.be.greaterThan(0);
    expect(statusText(element)).to.equal(`找到 ${expected.total} 条结果`);
    expect(resultTitles(element)).to.deep.equal(zhFirst(expected.hits).map((h) => h.document.title));
    const marks = [...shadow(element).querySelectorAll('[part~="mark"]')].map((m) => m.textContent!);
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) expect('那达慕大会').to.contain(mark.slice(0, 2));
    const first = zhFirst(expected.hits)[0]!.document;
    const link = shadow(element).querySelector<HTMLAnchorElement>('[part~="title"]')!;
    expect(new URL(link.href).pathname).to.equal(
      `${cluster.site(first.siteId).path}${first.kind}/${encodeURIComponent(first.itemId)}.html`,
    );
    const siteName = shadow(element).querySelector('.meta > span:nth-child(2)')!.textContent;
    expect(siteName).to.equal(cluster.site(first.siteId).name.zh);
    expect(log.filter((p) => p.startsWith('docs/')).length).to.equal(expected.hits.length);
  });

  it('narrows by kind and site and pages to page 2 like the cluster index', async () => {
    const element = await mountSharded({ site: 'xlgl', lang: 'zh-Hans', query: '锡林郭勒盟', 'page-size': '5' });
    const [scope, kind] = shadow(element).querySelectorAll<HTMLSelectElement>('[part~="filters"] select');
    kind!.value = 'catalog';
    kind!.dispatchEvent(new Event('change'));
    await element.whenIndexed();
    const catalog = reference.search('锡林郭勒盟', { kinds: ['catalog'], limit: 5 });
    expect(catalog.total).to.be.greaterThan(0);
    expect(resultTitles(element)).to.deep.equal(zhFirst(catalog.hits).map((h) => h.document.title));
    scope!.value = 'site';
    scope!.dispatchEvent(new Event('change'));
    await element.whenIndexed();
    const siteOnly = reference.search('锡林郭勒盟', { kinds: ['catalog'], siteIds: ['xlgl'], limit: 5 });
    expect(statusText(element)).to.equal(`找到 ${siteOnly.total} 条结果`);
    kind!.value = '';
    kind!.dispatchEvent(new Event('change'));
    await element.whenIndexed();
    shadow(element).querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await element.whenIndexed();
    expect(element.page).to.equal(2);
    const page2 = reference.search('锡林郭勒盟', { siteIds: ['xlgl'], limit: 5, offset: 5 });
    expect(page2.hits.length).to.be.greaterThan(0);
    expect(resultTitles(element)).to.deep.equal(zhFirst(page2.hits).map((h) => h.document.title));
  });

  it('finds a Mongolian stem with its suffixes, set vertically, whole words highlighted', async () => {
    const query = 'ᠠᠶᠢᠮᠠᠭ';
    const element = await mountSharded({ lang: 'mn-Mong', query, language: 'mn', renderer: 'native' });
    const expected = reference.search(query, { languages: ['mn'], limit: 10 });
    expect(expected.total).to.be.greaterThan(0);
    expect(resultTitles(element)).to.deep.equal(expected.hits.map((h) => h.document.title));
    const box = shadow(element).querySelector('.vertical')!;
    expect(getComputedStyle(box).writingMode).to.equal('vertical-lr');
    const marks = [...shadow(element).querySelectorAll('[part~="mark"]')].map((m) => m.textContent!);
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) expect(mark.startsWith(query)).to.equal(true);
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('explains a query without results, and one with nothing to search', async () => {
    const element = await mountSharded({ lang: 'zh-Hans', query: '不存在的词语组合乙丙丁' });
    expect(statusText(element)).to.contain('没有找到');
    element.query = '！？';
    await element.whenIndexed();
    expect(statusText(element)).to.contain('请输入要搜索的');
  });

  it('shows the error state when a shard cannot be fetched, and searches again on retry', async () => {
    let offline = true;
    const element = await mountSharded(
      { lang: 'zh-Hans' },
      fetcher([], (path) => offline && path.startsWith('terms/')),
    );
    const errors: Event[] = [];
    element.addEventListener('bichig-data-error', (e) => errors.push(e));
    element.query = '草原防火';
    await element.whenIndexed();
    const state = shadow(element).querySelector('[part~="state"][part~="error"]')!;
    expect(state).to.not.equal(null);
    expect(state.getAttribute('role')).to.equal('alert');
    expect(state.textContent).to.contain('terms/');
    expect(errors.length).to.equal(1);
    expect(resultTitles(element)).to.deep.equal([]);
    offline = false;
    shadow(element).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await element.whenIndexed();
    const expected = reference.search('草原防火', { limit: 10 });
    expect(statusText(element)).to.equal(`找到 ${expected.total} 条结果`);
    expect(shadow(element).querySelector('[part~="error"]')).to.equal(null);
  });

  it('shows the error state when the manifest at `index` cannot be fetched', async () => {
    const element = await mount<BichigSearch>('bichig-search', {
      now: NOW,
      lang: 'zh-Hans',
      index: '/no-such-search-index/manifest.json',
      query: '草原',
    });
    await element.whenIndexed();
    const state = shadow(element).querySelector('[part~="state"][part~="error"]')!;
    expect(state).to.not.equal(null);
    expect(state.textContent).to.contain('manifest.json');
    expect(shadow(element).querySelector('[part~="input"]')).to.not.equal(null);
  });
});
