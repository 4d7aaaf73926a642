import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-news-list.js';
import type { BichigNewsList } from '@bichig/elements/bichig-news-list.js';
import { formatDate } from '@bichig/core/format';
import { setLocale } from '@bichig/elements';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import {
  FIXTURE_SRC,
  NOW,
  describeViolations,
  fixtureCluster,
  mount,
  settled,
  shadowText,
  unmountAll,
} from './support/columns.js';

/** `cluster` with every article unpinned, for tests that set up pins themselves. */
function withoutPins(cluster: Cluster): Cluster {
  for (const site of cluster.sites.values()) for (const article of site.articles) article.pinned = false;
  return cluster;
}

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

const titles = (list: BichigNewsList) =>
  [...list.shadowRoot!.querySelectorAll('[part~="title"]')].map((a) =>
    [...a.querySelectorAll('bichig-text, span[lang="zh-Hans"]:not(.badge)')]
      .map((t) => (t.localName === 'bichig-text' ? (t as HTMLElement & { source: string }).source : t.textContent))
      .join(''),
  );

describe('<bichig-news-list> in Chinese', () => {
  it('shows the first page of the column, newest first, with dates and sources', async () => {
    const list = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl', column: 'banner-news', now: NOW, lang: 'zh-Hans' },
      { cluster },
    );
    const expected = cluster.columnItems('xlgl', 'banner-news', { now: NOW });
    expect(expected.length).to.be.greaterThan(20);
    expect(titles(list)).to.deep.equal(expected.slice(0, 10).map((i) => i.article.title));
    const firstDate = list.shadowRoot!.querySelector('[part~="date"] time')!;
    expect(firstDate.textContent).to.equal(
      formatDate(expected[0]!.article.publishedAt, { locale: 'zh-Hans', style: 'short' }),
    );
    expect(firstDate.getAttribute('datetime')).to.equal(expected[0]!.article.publishedAt.slice(0, 10));
    // Aggregated items name the banner they come from.
    const source = list.shadowRoot!.querySelector('[part~="source"]')!;
    const expectedSource = expected[0]!.article.source ?? cluster.site(expected[0]!.siteId).name.zh!;
    expect(source.textContent).to.contain(expectedSource);
    expect(getComputedStyle(list.shadowRoot!.querySelector('ol')!).writingMode).to.equal('horizontal-tb');
    expect(list.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain('旗县市区动态');
  });

  it('pages with the buttons and the keyboard, and says which page it is on', async () => {
    const list = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl', column: 'banner-news', now: NOW, lang: 'zh-Hans' },
      { cluster },
    );
    const expected = cluster.columnItems('xlgl', 'banner-news', { now: NOW });
    const pages = Math.ceil(expected.length / 10);
    const previous = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="previous"]')!;
    const next = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!;
    expect(previous.disabled).to.equal(true);
    expect(list.shadowRoot!.querySelector('[part~="page-status"]')!.textContent).to.equal(`第 1 页，共 ${pages} 页`);
    const events: number[] = [];
    list.addEventListener('bichig-page-change', (e) => events.push(e.detail.page));
    next.focus();
    await sendKeys({ press: 'Enter' });
    await settled(list);
    expect(list.page).to.equal(2);
    expect(events).to.deep.equal([2]);
    expect(titles(list)).to.deep.equal(expected.slice(10, 20).map((i) => i.article.title));
    // Focus moves to the first entry of the new page, so a keyboard user reads on from there.
    expect(list.shadowRoot!.activeElement).to.equal(list.shadowRoot!.querySelector('[part~="title"]'));
    list.page = pages;
    await settled(list);
    expect(list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.disabled).to.equal(true);
    expect(titles(list)).to.deep.equal(expected.slice((pages - 1) * 10).map((i) => i.article.title));
  });

  it('filters an aggregated column by the site the items come from', async () => {
    const list = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl', column: 'banner-news', now: NOW, lang: 'zh-Hans', 'page-size': '50' },
      { cluster },
    );
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filter"]')!;
    const all = cluster.columnItems('xlgl', 'banner-news', { now: NOW });
    const sites = new Set(all.map((i) => i.siteId));
    expect(select.options.length).to.equal(sites.size + 1);
    select.focus();
    select.value = 'dwq';
    select.dispatchEvent(new Event('change'));
    await settled(list);
    const expected = all.filter((i) => i.siteId === 'dwq');
    expect(expected.length).to.be.greaterThan(0);
    expect(titles(list)).to.deep.equal(expected.slice(0, 50).map((i) => i.article.title));
    expect(list.sourceSite).to.equal('dwq');
  });

  it('lists pinned articles first, marked as pinned', async () => {
    // The fixture pins each site's newest news: start from a copy with no pins at all, so exactly
    // one pinned article (an older one) is what this test looks at.
    const copy = withoutPins(await fixtureCluster());
    const items = copy.columnItems('xlgl', 'news', { now: NOW });
    const older = items.find((i) => i.via === 'own' && items.indexOf(i) > 5)!;
    older.article.pinned = true;
    const list = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl', column: 'news', now: NOW, lang: 'zh-Hans' },
      { cluster: copy },
    );
    expect(titles(list)[0]).to.equal(older.article.title);
    const first = list.shadowRoot!.querySelector('[part~="item"]')!;
    expect(first.querySelector('[part~="pinned"]')!.textContent).to.equal('置顶');
    expect(list.shadowRoot!.querySelectorAll('[part~="pinned"]').length).to.equal(1);
  });

  it('does not mark an article pinned on its banner site as pinned where the league gathers it', async () => {
    const copy = withoutPins(await fixtureCluster());
    const gathered = copy.columnItems('xlgl', 'banner-news', { now: NOW });
    // An older item of East Ujimqin's own news, pinned there by its editors.
    const banner = gathered.find((i) => i.via === 'aggregated' && i.siteId === 'dwq' && gathered.indexOf(i) > 5)!;
    expect(banner, 'the league column gathers an older East Ujimqin article').to.exist;
    banner.article.pinned = true;

    // On its own site it is pinned: first, with the badge.
    const own = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'dwq', column: banner.article.columnId, now: NOW, lang: 'zh-Hans' },
      { cluster: copy },
    );
    expect(titles(own)[0]).to.equal(banner.article.title);
    expect(own.shadowRoot!.querySelector('[part~="item"] [part~="pinned"]')).to.exist;

    // In the league's aggregate column it keeps its place by date and carries no badge.
    const league = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl', column: 'banner-news', now: NOW, lang: 'zh-Hans', 'page-size': '200' },
      { cluster: copy },
    );
    expect(titles(league)).to.deep.equal(gathered.map((i) => i.article.title));
    expect(league.shadowRoot!.querySelectorAll('[part~="pinned"]').length).to.equal(0);
  });

  it('loads its data from src and shows a visible error for a bad URL or an unknown column', async () => {
    const fromUrl = await mount<BichigNewsList>('bichig-news-list', {
      src: FIXTURE_SRC,
      site: 'xlgl',
      column: 'notices',
      now: NOW,
      lang: 'zh-Hans',
    });
    expect(titles(fromUrl)).to.deep.equal(
      cluster
        .columnItems('xlgl', 'notices', { now: NOW })
        .slice(0, 10)
        .map((i) => i.article.title),
    );

    const errors: Event[] = [];
    document.addEventListener('bichig-data-error', (e) => errors.push(e), { once: true });
    const missing = await mount<BichigNewsList>('bichig-news-list', {
      src: '/no/such/cluster.json',
      site: 'xlgl',
      column: 'news',
    });
    const alert = missing.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert).to.not.equal(null);
    expect(alert.textContent).to.contain('内容加载失败');
    expect(alert.textContent).to.contain('/no/such/cluster.json');
    expect(missing.shadowRoot!.querySelector('[part~="retry"]')).to.not.equal(null);
    expect(errors.length).to.equal(1);

    const unknown = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl', column: 'no-such-column' },
      { cluster },
    );
    expect(unknown.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no-such-column');
    expect(unknown.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-news-list', { site: 'xlgl', column: 'banner-news', now: NOW, lang: 'zh-Hans' }, { cluster });
    const violations = await axeViolations(document.querySelector('main')!);
    expect(describeViolations(violations)).to.deep.equal([]);
  });
});

describe('<bichig-news-list> in Mongolian', () => {
  it('sets the list vertically: one entry per column, advancing left to right, Mongolian dates', async () => {
    const list = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl-mn', column: 'news', now: NOW, renderer: 'native' },
      { cluster },
    );
    const expected = cluster.columnItems('xlgl-mn', 'news', { now: NOW });
    expect(expected.length).to.be.greaterThan(10);
    expect(titles(list)).to.deep.equal(expected.slice(0, 10).map((i) => i.article.title));
    const box = list.shadowRoot!.querySelector('.vertical')!;
    expect(getComputedStyle(box).writingMode).to.equal('vertical-lr');
    expect(box.getAttribute('lang')).to.equal('mn-Mong');
    const items = [...list.shadowRoot!.querySelectorAll('[part~="item"]')];
    const lefts = items.map((i) => i.getBoundingClientRect().left);
    expect([...lefts].sort((a, b) => a - b)).to.deep.equal(lefts);
    expect(lefts[1]!).to.be.greaterThan(lefts[0]!);
    const date = list.shadowRoot!.querySelector('[part~="date"] time')!;
    expect(date.textContent).to.equal(
      formatDate(expected[0]!.article.publishedAt, { locale: 'mn-Mong', style: 'short' }),
    );
    expect(date.textContent).to.match(/[\u1810-\u1819]/);
    const text = list.shadowRoot!.querySelector('[part~="title"] bichig-text')!;
    expect(text.getAttribute('lang')).to.equal('mn-Mong');
    expect(shadowText(list)).to.contain(expected[0]!.article.title);
  });

  it('takes its language from an ancestor lang, and the mouse wheel scrolls the columns horizontally', async () => {
    const host = document.createElement('div');
    host.lang = 'mn-Mong';
    host.style.width = '320px';
    document.querySelector('main')?.remove();
    const main = document.createElement('main');
    document.body.append(main);
    main.append(host);
    const list = document.createElement('bichig-news-list') as BichigNewsList;
    Object.assign(list, {
      cluster,
      site: 'xlgl-mn',
      column: 'banner-news',
      now: NOW,
      renderer: 'native',
      pageSize: 13,
    });
    host.append(list);
    await settled(list);
    const box = list.shadowRoot!.querySelector<HTMLElement>('.vertical')!;
    expect(getComputedStyle(box).writingMode).to.equal('vertical-lr');
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    const wheel = new WheelEvent('wheel', { deltaY: 120, bubbles: true, composed: true, cancelable: true });
    box.querySelector('li')!.dispatchEvent(wheel);
    expect(box.scrollLeft).to.be.greaterThan(0);
    expect(wheel.defaultPrevented).to.equal(true);
  });

  it('has no axe-core violations (native and auto renderers)', async () => {
    await mount('bichig-news-list', { site: 'xlgl-mn', column: 'news', now: NOW, renderer: 'native' }, { cluster });
    await mount(
      'bichig-news-list',
      { site: 'xlgl-mn', column: 'banner-news', now: NOW, 'page-size': '3' },
      { cluster },
    );
    const violations = await axeViolations(document.querySelector('main')!);
    expect(describeViolations(violations)).to.deep.equal([]);
  });
});

describe('<bichig-news-list> interface locale', () => {
  afterEach(() => setLocale('zh-Hans'));

  it('switches its interface strings at runtime (mn-Mong with Mongolian digits, en), content unchanged', async () => {
    const list = await mount<BichigNewsList>(
      'bichig-news-list',
      { site: 'xlgl-mn', column: 'news', now: NOW, renderer: 'native' },
      { cluster },
    );
    const status = () => list.shadowRoot!.querySelector('[part~="page-status"]')!.textContent!.trim();
    const pages = Math.ceil(cluster.columnItems('xlgl-mn', 'news', { now: NOW }).length / 10);
    expect(status()).to.equal(`第 1 页，共 ${pages} 页`);
    await setLocale('mn-Mong');
    await settled(list);
    expect(status()).to.equal(`ᠨᠢᠭᠤᠷ ᠑ / ${String.fromCharCode(0x1810 + pages)}`);
    expect(list.shadowRoot!.querySelector('[part~="next"]')!.textContent!.trim()).to.equal('ᠳᠠᠷᠠᠭᠠᠴᠢ ᠨᠢᠭᠤᠷ');
    expect(list.shadowRoot!.querySelector('[part~="pager"]')!.getAttribute('lang')).to.equal('mn-Mong');
    await setLocale('en');
    await settled(list);
    expect(status()).to.equal(`Page 1 of ${pages}`);
    expect(titles(list)).to.deep.equal(
      cluster
        .columnItems('xlgl-mn', 'news', { now: NOW })
        .slice(0, 10)
        .map((i) => i.article.title),
    );
  });
});

describe('<bichig-news-list> screenshots', () => {
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    it(`zh and mn at ${width}px`, async () => {
      await setViewport({ width, height });
      const zh = await mount<BichigNewsList>(
        'bichig-news-list',
        { site: 'xlgl', column: 'banner-news', now: NOW, lang: 'zh-Hans', 'page-size': '6' },
        { cluster },
      );
      await screenshot(zh, `news-list-zh-${width}`);
      zh.remove();
      const mn = await mount<BichigNewsList>(
        'bichig-news-list',
        { site: 'xlgl-mn', column: 'news', now: NOW, 'page-size': '6', style: '--bichig-column-height: 420px' },
        { cluster },
      );
      await screenshot(mn, `news-list-mn-${width}`);
      expect(mn.getBoundingClientRect().width).to.be.at.most(width);
    });
  }
});
