import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-article.js';
import type { BichigArticle } from '@bichig/elements/bichig-article.js';
import { formatDate } from '@bichig/core/format';
import type { Cluster } from '@bichig/cluster';
import { axeViolations, screenshot } from './support/pixels.js';
import { NOW, describeViolations, fixtureCluster, mount, shadowText, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

/** A public Mongolian article of the fixture. */
function mongolianArticleId(): string {
  return cluster.columnItems('xlgl-mn', 'news', { now: NOW })[0]!.article.id;
}

describe('<bichig-article> in Chinese', () => {
  it('shows a policy document with its source, date, disclosure metadata, attachment and readings', async () => {
    const element = await mount<BichigArticle>(
      'bichig-article',
      { article: 'xlgl-policy-001', now: NOW, 'link-pattern': '/p/{site}/{kind}/{id}' },
      { cluster },
    );
    const { article } = cluster.article('xlgl-policy-001');
    const root = element.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.contain(article.title);
    const byline = root.querySelector('[part~="byline"]')!.textContent!;
    expect(byline).to.contain(formatDate(article.publishedAt, { locale: 'zh-Hans', style: 'long' }));
    expect(byline).to.contain(`来源：${article.source}`);
    const metadata = root.querySelector('[part~="metadata"]')!.textContent!.replace(/\s+/g, '');
    expect(metadata).to.contain('111525009MDLRLRJ15/2025-00001');
    expect(metadata).to.contain('锡署发〔2025〕10号');
    expect(metadata).to.contain('商贸、海关、旅游');
    expect(metadata).to.contain('规划');
    expect(metadata).to.contain('有效');
    const paragraphs = [...root.querySelectorAll('[part~="body"] p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(article.body);
    const attachment = root.querySelector<HTMLAnchorElement>('[part~="attachments"] a')!;
    expect(attachment.getAttribute('href')).to.equal(article.attachments[0]!.url);
    expect(root.querySelector('[part~="attachments"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('PDF · 1.9 MB');
    const reading = root.querySelector<HTMLAnchorElement>('[part~="interpretations"] a')!;
    expect(reading.getAttribute('href')).to.equal('/p/xlgl/article/xlgl-interpretation-001');
    expect(root.querySelector('[part~="interpretations"]')!.textContent).to.contain('[文字解读]');
  });

  it('links a reading back to the policy it explains', async () => {
    const element = await mount<BichigArticle>(
      'bichig-article',
      { article: 'xlgl-interpretation-001', now: NOW },
      { cluster },
    );
    const section = element.shadowRoot!.querySelector('[part~="interpretations"]')!;
    expect(section.textContent).to.contain('解读的政策文件');
    expect(section.querySelector('a')!.getAttribute('href')).to.equal('/article/xlgl-policy-001.html');
  });

  it('shows a visible error for an unknown article and a note for an unpublished one', async () => {
    const missing = await mount<BichigArticle>('bichig-article', { article: 'no-such-article' }, { cluster });
    expect(missing.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no-such-article');
    const copy = await fixtureCluster();
    copy.revokeArticle('xlgl-policy-002');
    const revoked = await mount<BichigArticle>(
      'bichig-article',
      { article: 'xlgl-policy-002', now: NOW },
      { cluster: copy },
    );
    expect(revoked.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('未发布或已撤回');
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-article', { article: 'xlgl-policy-001', now: NOW }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});

describe('<bichig-article> in Mongolian', () => {
  it('sets the article vertically, paragraphs as exact Mongolian text, dates in Mongolian script', async () => {
    const id = mongolianArticleId();
    const { article } = cluster.article(id);
    const element = await mount<BichigArticle>(
      'bichig-article',
      { article: id, now: NOW, renderer: 'native' },
      { cluster },
    );
    const box = element.shadowRoot!.querySelector('.vertical')!;
    expect(getComputedStyle(box).writingMode).to.equal('vertical-lr');
    expect(box.getAttribute('lang')).to.equal('mn-Mong');
    const texts = [...element.shadowRoot!.querySelectorAll('[part~="body"] bichig-text')].map(
      (t) => (t as HTMLElement & { source: string }).source,
    );
    expect(texts).to.deep.equal(article.body);
    expect(shadowText(element)).to.contain(formatDate(article.publishedAt, { locale: 'mn-Mong', style: 'long' }));
    // The byline column sits to the right of the headline column.
    const title = element.shadowRoot!.querySelector('h1')!.getBoundingClientRect();
    const byline = element.shadowRoot!.querySelector('[part~="byline"]')!.getBoundingClientRect();
    expect(byline.left).to.be.at.least(title.right - 1);
  });

  it('shows its chart (图解) unrotated, loaded, with its alt text and its caption in Mongolian', async () => {
    const item = cluster.columnItems('xlgl-mn', 'news', { now: NOW }).find((i) => i.article.images.length > 0)!;
    expect(item, 'a public Mongolian article with a chart').to.exist;
    const image = item.article.images[0]!;
    const element = await mount<BichigArticle>(
      'bichig-article',
      { article: item.article.id, now: NOW, renderer: 'native' },
      { cluster },
    );
    const img = element.shadowRoot!.querySelector<HTMLImageElement>('figure img')!;
    expect(img.alt).to.equal(image.alt);
    expect(img.alt).to.match(/[\u1820-\u18AA]/);
    expect(img.src).to.match(/\/fixtures\/xilingol\/media\/[a-z0-9-]+\.svg$/);
    img.loading = 'eager';
    await img.decode();
    expect(img.naturalWidth).to.equal(image.width);
    expect(getComputedStyle(img).transform).to.equal('none');
    const caption = element.shadowRoot!.querySelector('figure figcaption bichig-text') as HTMLElement & {
      source: string;
    };
    expect(caption.source).to.equal(image.caption);
    expect(caption.getAttribute('lang')).to.equal('mn-Mong');
    await screenshot(element, 'article-mn-chart');
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-article', { article: mongolianArticleId(), now: NOW }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});

describe('<bichig-article> screenshots', () => {
  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    it(`zh and mn at ${width}px`, async () => {
      await setViewport({ width, height });
      const zh = await mount('bichig-article', { article: 'xlgl-policy-001', now: NOW }, { cluster });
      await screenshot(zh, `article-zh-${width}`);
      zh.remove();
      const mn = await mount(
        'bichig-article',
        { article: mongolianArticleId(), now: NOW, style: '--bichig-column-height: 600px' },
        { cluster },
      );
      await screenshot(mn, `article-mn-${width}`);
      expect(mn.getBoundingClientRect().width).to.be.at.most(width);
    });
  }
});
