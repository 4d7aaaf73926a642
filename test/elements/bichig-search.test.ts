import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-search.js';
import type { BichigSearch } from '@bichig/elements/bichig-search.js';
import { ClusterSearch } from '@bichig/cluster';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { NOW, describeViolations, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

let cluster: Cluster;
let reference: ClusterSearch;
before(async () => {
  cluster = await fixtureCluster();
  reference = ClusterSearch.build(cluster, { now: NOW });
});
afterEach(unmountAll);

async function mountSearch(attributes: Record<string, string>): Promise<BichigSearch> {
  const element = await mount<BichigSearch>('bichig-search', { now: NOW, ...attributes }, { cluster });
  await element.whenIndexed();
  await settled(element);
  return element;
}
const resultTitles = (element: BichigSearch) =>
  [...element.shadowRoot!.querySelectorAll('[part~="title"]')].map((a) => a.textContent);

describe('<bichig-search> in Chinese', () => {
  it('searches what is typed and submitted with Enter, showing highlighted results', async () => {
    const element = await mountSearch({ site: 'xlgl', lang: 'zh-Hans' });
    const searches: string[] = [];
    element.addEventListener('bichig-search', (e) => searches.push(e.detail.query));
    element.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!.focus();
    await sendKeys({ type: '草原防火' });
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(searches).to.deep.equal(['草原防火']);
    const expected = reference.search('草原防火', { limit: 10 });
    expect(expected.total).to.be.greaterThan(0);
    expect(element.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal(
      `找到 ${expected.total} 条结果`,
    );
    const zhHits = expected.hits.filter((h) => h.document.language === 'zh').map((h) => h.document.title);
    expect(resultTitles(element).slice(0, zhHits.length)).to.deep.equal(zhHits);
    const marks = [...element.shadowRoot!.querySelectorAll('[part~="mark"]')].map((m) => m.textContent);
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) expect('草原防火').to.contain(mark!.slice(0, 2));
  });

  it('narrows the results by kind and by site, and pages through them', async () => {
    const element = await mountSearch({ site: 'xlgl', lang: 'zh-Hans', query: '锡林郭勒盟', 'page-size': '5' });
    const total = reference.search('锡林郭勒盟').total;
    expect(total).to.be.greaterThan(10);
    const [scope, kind] = element.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part~="filters"] select');
    kind!.value = 'catalog';
    kind!.dispatchEvent(new Event('change'));
    await settled(element);
    const catalog = reference.search('锡林郭勒盟', { kinds: ['catalog'], limit: 5 });
    expect(resultTitles(element)).to.deep.equal(catalog.hits.map((h) => h.document.title));
    scope!.value = 'site';
    scope!.dispatchEvent(new Event('change'));
    await settled(element);
    const siteOnly = reference.search('锡林郭勒盟', { kinds: ['catalog'], siteIds: ['xlgl'], limit: 5 });
    expect(element.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal(
      `找到 ${siteOnly.total} 条结果`,
    );
    kind!.value = '';
    kind!.dispatchEvent(new Event('change'));
    await settled(element);
    const all = reference.search('锡林郭勒盟', { siteIds: ['xlgl'], limit: 5, offset: 5 });
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await settled(element);
    expect(element.page).to.equal(2);
    const onPage = all.hits;
    const zhFirst = [
      ...onPage.filter((h) => h.document.language === 'zh'),
      ...onPage.filter((h) => h.document.language === 'mn'),
    ];
    expect(resultTitles(element)).to.deep.equal(zhFirst.map((h) => h.document.title));
  });

  it('explains a query with nothing to search and a query without results', async () => {
    const element = await mountSearch({ lang: 'zh-Hans', query: '！？' });
    expect(element.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('请输入要搜索的');
    element.query = '不存在的词语组合乙丙丁';
    await settled(element);
    expect(element.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('没有找到');
  });

  it('has no axe-core violations', async () => {
    await mountSearch({ site: 'xlgl', lang: 'zh-Hans', query: '草原' });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});

describe('<bichig-search> in Mongolian', () => {
  it('finds a Mongolian stem with its suffixes and sets the results vertically, whole words highlighted', async () => {
    const query = 'ᠠᠶᠢᠮᠠᠭ';
    const element = await mountSearch({ site: 'xlgl-mn', query, language: 'mn', renderer: 'native' });
    const expected = reference.search(query, { languages: ['mn'], limit: 10 });
    expect(expected.total).to.be.greaterThan(0);
    expect(resultTitles(element)).to.deep.equal(expected.hits.map((h) => h.document.title));
    const box = element.shadowRoot!.querySelector('.vertical')!;
    expect(getComputedStyle(box).writingMode).to.equal('vertical-lr');
    expect(box.getAttribute('lang')).to.equal('mn-Mong');
    const marks = [...element.shadowRoot!.querySelectorAll('[part~="mark"]')].map((m) => m.textContent!);
    expect(marks.length).to.be.greaterThan(0);
    for (const mark of marks) expect(mark.startsWith(query)).to.equal(true);
    expect(marks.some((m) => m.includes('\u202F'))).to.equal(true);
  });

  it('has no axe-core violations', async () => {
    await mountSearch({ site: 'xlgl-mn', query: 'ᠠᠶᠢᠮᠠᠭ', renderer: 'native' });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('screenshots at 360px and 1280px', async () => {
    for (const width of [360, 1280]) {
      await setViewport({ width, height: 800 });
      await screenshot(
        await mountSearch({ site: 'xlgl', lang: 'zh-Hans', query: '草原防火', 'page-size': '4' }),
        `search-zh-${width}`,
      );
      unmountAll();
      await screenshot(
        await mountSearch({
          site: 'xlgl-mn',
          query: 'ᠠᠶᠢᠮᠠᠭ',
          'page-size': '4',
          style: '--bichig-column-height: 420px',
        }),
        `search-mn-${width}`,
      );
      unmountAll();
    }
  });
});
