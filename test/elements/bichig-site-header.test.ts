import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-site-header.js';
import '@bichig/elements/bichig-lang-switch.js';
import type { BichigSiteHeader } from '@bichig/elements/bichig-site-header.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { describeViolations, fixtureCluster, mount, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

describe('<bichig-site-header>', () => {
  it('shows the site name in Chinese and, beside it, in vertical Mongolian, linking home', async () => {
    const header = await mount<BichigSiteHeader>(
      'bichig-site-header',
      { site: 'xlgl', renderer: 'native' },
      { cluster },
    );
    const site = cluster.site('xlgl');
    const zh = header.shadowRoot!.querySelector('[part~="name-zh"]')!;
    const mn = header.shadowRoot!.querySelector('[part~="name-mn"]')!;
    expect(zh.textContent).to.equal(site.name.zh);
    expect(zh.getAttribute('lang')).to.equal('zh-Hans');
    expect((mn.querySelector('bichig-text') as HTMLElement & { source: string }).source).to.equal(site.name.mn);
    expect(getComputedStyle(mn).writingMode).to.equal('vertical-lr');
    expect(mn.getBoundingClientRect().left).to.be.at.least(zh.getBoundingClientRect().right - 1);
    expect(header.shadowRoot!.querySelector('[part~="home"]')!.getAttribute('href')).to.equal(site.path);
  });

  it('puts the Mongolian name first on a Mongolian site, and only the Chinese one where there is no Mongolian name', async () => {
    const mnHeader = await mount<BichigSiteHeader>(
      'bichig-site-header',
      { site: 'xlgl-mn', renderer: 'native' },
      { cluster },
    );
    const mn = mnHeader.shadowRoot!.querySelector('[part~="name-mn"]')!.getBoundingClientRect();
    const zh = mnHeader.shadowRoot!.querySelector('[part~="name-zh"]')!.getBoundingClientRect();
    expect(mn.right).to.be.at.most(zh.left + 1);
    const department = await mount<BichigSiteHeader>('bichig-site-header', { site: 'fgw' }, { cluster });
    expect(department.shadowRoot!.querySelector('[part~="name-mn"]')).to.equal(null);
    expect(department.shadowRoot!.querySelector('[part~="name-zh"]')!.textContent).to.equal(
      cluster.site('fgw').name.zh,
    );
  });

  it('has no axe-core violations with a language switch slotted in', async () => {
    const header = await mount<BichigSiteHeader>(
      'bichig-site-header',
      { site: 'xlgl', renderer: 'native' },
      { cluster },
    );
    const lang = document.createElement('bichig-lang-switch');
    Object.assign(lang, { cluster, site: 'xlgl' });
    header.append(lang);
    await (lang as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('screenshots at 360px and 1280px', async () => {
    for (const width of [360, 1280]) {
      await setViewport({ width, height: 600 });
      await screenshot(await mount('bichig-site-header', { site: 'xlgl' }, { cluster }), `site-header-zh-${width}`);
      await screenshot(await mount('bichig-site-header', { site: 'xlgl-mn' }, { cluster }), `site-header-mn-${width}`);
      unmountAll();
    }
  });
});
