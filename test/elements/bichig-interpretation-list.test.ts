import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-interpretation-list.js';
import type { BichigInterpretationList } from '@bichig/elements/bichig-interpretation-list.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { NOW, describeViolations, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

describe('<bichig-interpretation-list>', () => {
  it('lists the site’s readings newest first, each linked to the policy it explains', async () => {
    const list = await mount<BichigInterpretationList>(
      'bichig-interpretation-list',
      { site: 'xlgl', now: NOW, lang: 'zh-Hans' },
      { cluster },
    );
    const readings = cluster
      .site('xlgl')
      .interpretations.map((i) => ({ i, a: cluster.article(i.articleId).article }))
      .filter(({ a }) => a.status === 'published' && Date.parse(a.publishedAt) <= Date.parse(NOW))
      .sort((x, y) => Date.parse(y.a.publishedAt) - Date.parse(x.a.publishedAt));
    expect(readings.length).to.be.greaterThan(1);
    const items = [...list.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(
      items.map((li) =>
        li
          .querySelector('[part~="title"]')!
          .textContent!.replace(/^\[[^\]]+\]/, '')
          .trim(),
      ),
    ).to.deep.equal(readings.map((r) => r.a.title));
    const first = readings[0]!;
    const policy = cluster.catalogEntry(first.i.policyIndexNumber)!;
    const policyLink = items[0]!.querySelector<HTMLAnchorElement>('[part~="policy"]')!;
    expect(policyLink.textContent).to.equal(policy.entry.title);
    expect(policyLink.getAttribute('href')).to.equal(`/article/${policy.entry.articleId}.html`);
  });

  it('filters by form from the select', async () => {
    const list = await mount<BichigInterpretationList>(
      'bichig-interpretation-list',
      { site: 'xlgl', now: NOW, lang: 'zh-Hans' },
      { cluster },
    );
    const select = list.shadowRoot!.querySelector<HTMLSelectElement>('[part~="filter"]')!;
    select.value = 'expert';
    select.dispatchEvent(new Event('change'));
    await settled(list);
    const expected = cluster
      .site('xlgl')
      .interpretations.filter(
        (i) => i.form === 'expert' && Date.parse(cluster.article(i.articleId).article.publishedAt) <= Date.parse(NOW),
      );
    const items = list.shadowRoot!.querySelectorAll('[part~="item"]');
    expect(items.length).to.equal(expected.length);
    for (const item of items) expect(item.querySelector('[part~="form"]')!.textContent).to.equal('[专家解读]');
    select.value = 'video';
    select.dispatchEvent(new Event('change'));
    await settled(list);
    expect(list.shadowRoot!.querySelector('[part~="state"]')!.textContent!.trim()).to.equal('暂无内容');
  });

  it('shows a Mongolian site’s readings vertically (falling back to the empty note when it has none)', async () => {
    const list = await mount<BichigInterpretationList>(
      'bichig-interpretation-list',
      { site: 'xlgl-mn', column: 'interpretation', now: NOW },
      { cluster },
    );
    expect(list.shadowRoot!.querySelector('[part~="heading"] bichig-text')!.getAttribute('lang')).to.equal('mn-Mong');
    expect(list.shadowRoot!.querySelector('[part~="state"]')).to.not.equal(null);
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-interpretation-list', { site: 'xlgl', now: NOW, lang: 'zh-Hans' }, { cluster });
    await mount(
      'bichig-interpretation-list',
      { site: 'xlgl-mn', column: 'interpretation', now: NOW, renderer: 'native' },
      { cluster },
    );
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('screenshot at 360px', async () => {
    await setViewport({ width: 360, height: 740 });
    await screenshot(
      await mount('bichig-interpretation-list', { site: 'xlgl', now: NOW, lang: 'zh-Hans' }, { cluster }),
      'interpretation-list-zh-360',
    );
  });
});
