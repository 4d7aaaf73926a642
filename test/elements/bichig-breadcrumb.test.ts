import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-breadcrumb.js';
import type { BichigBreadcrumb } from '@bichig/elements/bichig-breadcrumb.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { describeViolations, fixtureCluster, mount, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

const crumbs = (element: BichigBreadcrumb) =>
  [...element.shadowRoot!.querySelectorAll('li')].map((li) => {
    const text = li.querySelector('bichig-text') as (HTMLElement & { source: string }) | null;
    return text ? text.source : li.textContent!.trim();
  });

describe('<bichig-breadcrumb>', () => {
  it('runs from the main portal through the banner and sumu to the column and the page', async () => {
    const element = await mount<BichigBreadcrumb>(
      'bichig-breadcrumb',
      { site: 'dwq-wlyst', column: 'news', 'current-title': '某篇文章' },
      { cluster },
    );
    const chain = cluster.ancestry('dwq-wlyst');
    expect(chain.map((s) => s.id)).to.deep.equal(['xlgl', 'dwq', 'dwq-wlyst']);
    expect(crumbs(element)).to.deep.equal([
      ...chain.map((s) => s.name.zh),
      cluster.column('dwq-wlyst', 'news').name.zh,
      '某篇文章',
    ]);
    const links = [...element.shadowRoot!.querySelectorAll('a')];
    expect(links[0]!.getAttribute('href')).to.equal('/');
    expect(links[1]!.getAttribute('href')).to.equal('/dwq/');
    const current = element.shadowRoot!.querySelectorAll('[aria-current="page"]');
    expect(current.length).to.equal(1);
    expect(current[0]!.textContent!.trim()).to.equal('某篇文章');
    expect(element.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('当前位置');
  });

  it('marks the column as the current page when there is no page title; Mongolian is vertical', async () => {
    const element = await mount<BichigBreadcrumb>(
      'bichig-breadcrumb',
      { site: 'xlgl-mn', column: 'news', renderer: 'native' },
      { cluster },
    );
    expect(crumbs(element)).to.deep.equal([cluster.site('xlgl-mn').name.mn, cluster.column('xlgl-mn', 'news').name.mn]);
    expect(element.shadowRoot!.querySelector('[aria-current="page"]')!.getAttribute('href')).to.equal(
      `${cluster.site('xlgl-mn').path}column/news.html`,
    );
    expect(getComputedStyle(element.shadowRoot!.querySelector('nav')!).writingMode).to.equal('vertical-lr');
    await screenshot(element, 'breadcrumb-mn');
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-breadcrumb', { site: 'dwq-wlyst', column: 'news', 'current-title': '某篇文章' }, { cluster });
    await mount(
      'bichig-breadcrumb',
      { site: 'xlgl-mn', column: 'news', renderer: 'native', style: 'display:block' },
      { cluster },
    );
    // Two breadcrumbs on one test page are two navigation landmarks with one name; a real page has one.
    const violations = (await axeViolations(document.querySelector('main')!)).filter((v) => v.id !== 'landmark-unique');
    expect(describeViolations(violations)).to.deep.equal([]);
  });
});
