import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-topic.js';
import type { BichigTopic } from '@bichig/elements/bichig-topic.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { NOW, describeViolations, fixtureCluster, mount, settled, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

const linkTitles = (element: BichigTopic) =>
  [...element.shadowRoot!.querySelectorAll('[part~="panel"] [part~="link"]')].map((a) => a.textContent!.trim());

describe('<bichig-topic> in Chinese', () => {
  it('lists the column’s topics with their periods', async () => {
    const element = await mount<BichigTopic>('bichig-topic', { site: 'xlgl', column: 'topics', now: NOW }, { cluster });
    const cards = [...element.shadowRoot!.querySelectorAll('[part~="card"]')];
    expect(cards.length).to.equal(cluster.site('xlgl').topics.length);
    const titles = cards.map((c) => c.querySelector('[part~="title"]')!.textContent!.trim());
    expect(titles).to.have.members(cluster.site('xlgl').topics.map((t) => t.title));
    expect(cards[0]!.querySelector('a')!.getAttribute('href')).to.match(/^\/topic\/topic-\d+\.html$/);
  });

  it('shows a topic’s sections as tabs operated with arrow keys, each listing its articles', async () => {
    const topic = cluster.site('xlgl').topics.find((t) => t.sections.length > 1)!;
    const element = await mount<BichigTopic>('bichig-topic', { site: 'xlgl', topic: topic.id, now: NOW }, { cluster });
    const tabs = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(topic.sections.map((s) => s.name));
    expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(tabs[1]!.tabIndex).to.equal(-1);
    const published = (ids: readonly string[]) =>
      ids
        .map((id) => cluster.article(id).article)
        .filter((a) => Date.parse(a.publishedAt) <= Date.parse(NOW) && a.status === 'published')
        .map((a) => a.title);
    expect(linkTitles(element)).to.deep.equal(published(topic.sections[0]!.articleIds));
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(element);
    expect(element.section).to.equal(topic.sections[1]!.id);
    expect(element.shadowRoot!.activeElement?.id).to.equal(`tab-${topic.sections[1]!.id}`);
    expect(linkTitles(element)).to.deep.equal(published(topic.sections[1]!.articleIds));
    await sendKeys({ press: 'Home' });
    await settled(element);
    expect(element.section).to.equal(topic.sections[0]!.id);
  });

  it('has no axe-core violations', async () => {
    const topic = cluster.site('xlgl').topics[0]!;
    await mount('bichig-topic', { site: 'xlgl', topic: topic.id, now: NOW }, { cluster });
    await mount('bichig-topic', { site: 'xlgl', column: 'topics', now: NOW }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});

describe('<bichig-topic> in Mongolian', () => {
  it('sets the Mongolian topic vertically', async () => {
    const topic = cluster.site('xlgl-mn').topics[0]!;
    const element = await mount<BichigTopic>(
      'bichig-topic',
      { site: 'xlgl-mn', topic: topic.id, now: NOW, renderer: 'native' },
      { cluster },
    );
    const box = element.shadowRoot!.querySelector('.vertical')!;
    expect(getComputedStyle(box).writingMode).to.equal('vertical-lr');
    expect(
      (element.shadowRoot!.querySelector('[part~="title"] bichig-text') as HTMLElement & { source: string }).source,
    ).to.equal(topic.title);
    const titles = [...element.shadowRoot!.querySelectorAll('[part~="link"] bichig-text')].map(
      (t) => (t as HTMLElement & { source: string }).source,
    );
    const expected = topic.sections[0]!.articleIds.map((id) => cluster.article(id).article)
      .filter((a) => Date.parse(a.publishedAt) <= Date.parse(NOW))
      .map((a) => a.title);
    expect(titles).to.deep.equal(expected);
  });

  it('has no axe-core violations', async () => {
    await mount(
      'bichig-topic',
      { site: 'xlgl-mn', topic: cluster.site('xlgl-mn').topics[0]!.id, now: NOW, renderer: 'native' },
      { cluster },
    );
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });

  it('screenshots at 360px', async () => {
    await setViewport({ width: 360, height: 740 });
    await screenshot(
      await mount('bichig-topic', { site: 'xlgl', topic: 'topic-002', now: NOW }, { cluster }),
      'topic-zh-360',
    );
    unmountAll();
    await screenshot(
      await mount(
        'bichig-topic',
        { site: 'xlgl-mn', topic: 'topic-001', now: NOW, style: '--bichig-column-height: 480px' },
        { cluster },
      ),
      'topic-mn-360',
    );
  });
});
