import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-footer.js';
import type { BichigFooter } from '@bichig/elements/bichig-footer.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { describeViolations, fixtureCluster, mount, shadowText, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

const IDENTITY = {
  'site-code': '1525000001',
  icp: '蒙ICP备05001234号-1',
  'icp-href': '/icp/',
  'police-record': '蒙公网安备 15250202000001号',
  'police-href': '/police/',
};

describe('<bichig-footer>', () => {
  it('shows the organiser from the cluster and the site code and filing numbers given as data', async () => {
    const footer = await mount<BichigFooter>('bichig-footer', { site: 'xlgl', ...IDENTITY }, { cluster });
    const org = cluster.org(cluster.site('xlgl').orgCode);
    const text = shadowText(footer);
    expect(text).to.contain(`主办单位 ${org.name.zh}`);
    expect(text).to.contain('网站标识码 1525000001');
    expect(text).to.contain('ICP备案号 蒙ICP备05001234号-1');
    expect(text).to.contain('公安机关备案号 蒙公网安备 15250202000001号');
    expect(footer.shadowRoot!.querySelector('a[href="/icp/"]')!.textContent).to.equal('蒙ICP备05001234号-1');
    if (org.phone) expect(footer.shadowRoot!.querySelector(`a[href="tel:${org.phone}"]`)).to.not.equal(null);
  });

  it('shows the organiser in Mongolian on the Mongolian site, the filing numbers as given', async () => {
    const footer = await mount<BichigFooter>(
      'bichig-footer',
      { site: 'xlgl-mn', renderer: 'native', ...IDENTITY },
      { cluster },
    );
    const org = cluster.org(cluster.site('xlgl-mn').orgCode);
    expect(shadowText(footer)).to.contain(org.name.mn!);
    expect(shadowText(footer)).to.contain('蒙ICP备05001234号-1');
    expect(getComputedStyle(footer.shadowRoot!.querySelector('footer')!).writingMode).to.equal('vertical-lr');
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-footer', { site: 'xlgl', ...IDENTITY }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('screenshots at 360px', async () => {
    await setViewport({ width: 360, height: 700 });
    await screenshot(await mount('bichig-footer', { site: 'xlgl', ...IDENTITY }, { cluster }), 'footer-zh-360');
    await screenshot(await mount('bichig-footer', { site: 'xlgl-mn', ...IDENTITY }, { cluster }), 'footer-mn-360');
  });
});
