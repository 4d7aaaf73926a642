import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-nav.js';
import type { BichigNav } from '@bichig/elements/bichig-nav.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { describeViolations, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

const linkTexts = (nav: BichigNav) =>
  [...nav.shadowRoot!.querySelectorAll('.bar > li > a')].map((a) => {
    const text = a.querySelector('bichig-text') as (HTMLElement & { source: string }) | null;
    return text ? text.source : a.textContent!.trim();
  });

describe('<bichig-nav> in Chinese', () => {
  it('lists the home page and the visible columns in order, the current one marked', async () => {
    const nav = await mount<BichigNav>('bichig-nav', { site: 'xlgl', current: 'notices' }, { cluster });
    const columns = cluster.columns('xlgl').filter((c) => !c.parentId);
    expect(linkTexts(nav)).to.deep.equal(['首页', ...columns.map((c) => c.name.zh)]);
    expect(linkTexts(nav)).to.not.include('历史栏目（已归档）');
    const current = nav.shadowRoot!.querySelectorAll('[aria-current="page"]');
    expect(current.length).to.equal(1);
    expect(current[0]!.textContent!.trim()).to.equal('通知公告');
    expect(nav.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('栏目导航');
  });

  it('opens a sub-column menu with its button, closes it with Escape, and moves with the arrow keys', async () => {
    const copy = await fixtureCluster();
    // The fixture has no sub-columns; make two columns children of "news".
    const site = copy.site('xlgl');
    site.columns.find((c) => c.id === 'banner-news')!.parentId = 'news';
    site.columns.find((c) => c.id === 'dept-news')!.parentId = 'news';
    const nav = await mount<BichigNav>('bichig-nav', { site: 'xlgl', current: 'dept-news' }, { cluster: copy });
    const toggle = nav.shadowRoot!.querySelector<HTMLButtonElement>('#toggle-news')!;
    const submenu = nav.shadowRoot!.querySelector<HTMLElement>('#submenu-news')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(submenu.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settled(nav);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(submenu.hidden).to.equal(false);
    expect([...submenu.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      '旗县市区动态',
      '部门动态',
    ]);
    expect(submenu.querySelector('[aria-current="page"]')!.textContent!.trim()).to.equal('部门动态');
    await sendKeys({ press: 'Tab' });
    expect(nav.shadowRoot!.activeElement).to.equal(submenu.querySelector('a'));
    await sendKeys({ press: 'Escape' });
    await settled(nav);
    expect(submenu.hidden).to.equal(true);
    expect(nav.shadowRoot!.activeElement).to.equal(toggle);
    const links = [...nav.shadowRoot!.querySelectorAll<HTMLElement>('.bar > li > a')];
    links[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(nav.shadowRoot!.activeElement).to.equal(links[1]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(nav.shadowRoot!.activeElement).to.equal(links[links.length - 1]);
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-nav', { site: 'xlgl', current: 'news' }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});

describe('<bichig-nav> in Mongolian', () => {
  it('is a vertical menu: each item a vertical column, items advancing left to right', async () => {
    const nav = await mount<BichigNav>(
      'bichig-nav',
      { site: 'xlgl-mn', current: 'news', renderer: 'native' },
      { cluster },
    );
    const columns = cluster.columns('xlgl-mn').filter((c) => !c.parentId);
    expect(linkTexts(nav)).to.deep.equal(['ᠨᠢᠭᠤᠷ ᠬᠠᠭᠤᠳᠠᠰᠤ', ...columns.map((c) => c.name.mn)]);
    const bar = nav.shadowRoot!.querySelector('nav')!;
    expect(getComputedStyle(bar).writingMode).to.equal('vertical-lr');
    const items = [...nav.shadowRoot!.querySelectorAll('.bar > li')].map((li) => li.getBoundingClientRect());
    for (let i = 1; i < items.length; i++) expect(items[i]!.left).to.be.at.least(items[i - 1]!.right - 1);
    // Vertical text: each item is taller than it is wide.
    expect(items[1]!.height).to.be.greaterThan(items[1]!.width);
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-nav', { site: 'xlgl-mn', current: 'news', renderer: 'native' }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('screenshots at 360px and 1280px', async () => {
    for (const width of [360, 1280]) {
      await setViewport({ width, height: 600 });
      await screenshot(await mount('bichig-nav', { site: 'xlgl', current: 'news' }, { cluster }), `nav-zh-${width}`);
      unmountAll();
      await screenshot(await mount('bichig-nav', { site: 'xlgl-mn', current: 'news' }, { cluster }), `nav-mn-${width}`);
      unmountAll();
    }
  });
});
