import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-notice-board.js';
import type { BichigNoticeBoard } from '@bichig/elements/bichig-notice-board.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { NOW, describeViolations, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

describe('<bichig-notice-board>', () => {
  it('lists the notices compactly with dates, marks recent ones new, and links to the full column', async () => {
    const notices = cluster.columnItems('xlgl', 'notices', { now: NOW });
    expect(notices.length).to.be.greaterThan(2);
    // "now" two days after the newest notice: only notices from the last 7 days are new.
    const newest = Date.parse(notices[0]!.article.publishedAt);
    const now = new Date(newest + 2 * 86_400_000).toISOString();
    const board = await mount<BichigNoticeBoard>(
      'bichig-notice-board',
      { site: 'xlgl', column: 'notices', now, lang: 'zh-Hans', 'more-href': '/notices/' },
      { cluster },
    );
    const items = [...board.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items.length).to.equal(Math.min(8, cluster.columnItems('xlgl', 'notices', { now }).length));
    const expectedNew = cluster
      .columnItems('xlgl', 'notices', { now })
      .filter((i) => Date.parse(now) - Date.parse(i.article.publishedAt) < 7 * 86_400_000).length;
    expect(expectedNew).to.be.greaterThan(0);
    expect(board.shadowRoot!.querySelectorAll('[part~="new"]').length).to.equal(expectedNew);
    expect(items[0]!.querySelector('[part~="new"]')!.textContent).to.equal('新');
    const more = board.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="more"]')!;
    expect(more.getAttribute('href')).to.equal('/notices/');
    expect(more.getAttribute('aria-label')).to.equal('更多通知公告');
    board.newDays = 0;
    await settled(board);
    expect(board.shadowRoot!.querySelectorAll('[part~="new"]').length).to.equal(0);
  });

  it('sets the Mongolian board vertically with Mongolian titles', async () => {
    const board = await mount<BichigNoticeBoard>(
      'bichig-notice-board',
      { site: 'xlgl-mn', column: 'notices', now: NOW, renderer: 'native' },
      { cluster },
    );
    const expected = cluster.columnItems('xlgl-mn', 'notices', { now: NOW });
    expect(expected.length).to.be.greaterThan(0);
    expect(getComputedStyle(board.shadowRoot!.querySelector('.vertical')!).writingMode).to.equal('vertical-lr');
    const titles = [...board.shadowRoot!.querySelectorAll('[part~="title"] bichig-text')].map(
      (t) => (t as HTMLElement & { source: string }).source,
    );
    expect(titles).to.deep.equal(expected.slice(0, 8).map((i) => i.article.title));
  });

  it('has no axe-core violations in either language', async () => {
    await mount('bichig-notice-board', { site: 'xlgl', column: 'notices', now: NOW, lang: 'zh-Hans' }, { cluster });
    await mount(
      'bichig-notice-board',
      { site: 'xlgl-mn', column: 'notices', now: NOW, renderer: 'native' },
      { cluster },
    );
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('screenshots at 360px', async () => {
    await setViewport({ width: 360, height: 740 });
    const zh = await mount(
      'bichig-notice-board',
      { site: 'xlgl', column: 'notices', now: NOW, lang: 'zh-Hans' },
      { cluster },
    );
    await screenshot(zh, 'notice-board-zh-360');
    const mn = await mount(
      'bichig-notice-board',
      { site: 'xlgl-mn', column: 'notices', now: NOW, style: '--bichig-column-height: 360px' },
      { cluster },
    );
    await screenshot(mn, 'notice-board-mn-360');
  });
});
