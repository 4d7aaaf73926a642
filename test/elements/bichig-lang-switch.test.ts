import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-lang-switch.js';
import type { BichigLangSwitch } from '@bichig/elements/bichig-lang-switch.js';
import type { Cluster } from '@bichig/cluster';
import { axeViolations } from './support/pixels.js';
import { describeViolations, fixtureCluster, mount, unmountAll } from './support/columns.js';

let cluster: Cluster;
before(async () => {
  cluster = await fixtureCluster();
});
afterEach(unmountAll);

const link = (element: BichigLangSwitch) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;

describe('<bichig-lang-switch>', () => {
  it('links a Chinese page to the same page of the Mongolian counterpart, named in Mongolian script', async () => {
    const element = await mount<BichigLangSwitch>('bichig-lang-switch', { site: 'dwq', page: 'news/' }, { cluster });
    expect(link(element).getAttribute('href')).to.equal(`${cluster.site('dwq-mn').path}news/`);
    expect(link(element).getAttribute('hreflang')).to.equal('mn-Mong');
    expect(link(element).querySelector('[lang="mn-Mong"]')!.textContent).to.equal('ᠮᠣᠩᠭᠣᠯ');
    expect(link(element).textContent).to.contain('切换到蒙古文版');
  });

  it('goes back to Chinese from the Mongolian site, with a URL pattern the site chose', async () => {
    const element = await mount<BichigLangSwitch>(
      'bichig-lang-switch',
      { site: 'xlgl-mn', pattern: '/{lang}/{site}/{page}', page: 'about.html' },
      { cluster },
    );
    expect(link(element).getAttribute('href')).to.equal('/zh/xlgl/about.html');
    expect(link(element).querySelector('[lang="zh-Hans"]')!.textContent).to.equal('中文');
  });

  it('on an article page links to the translation of the article', async () => {
    const mnArticle = cluster.site('xlgl-mn').articles.find((a) => cluster.translationOf(a.id))!;
    const translation = cluster.translationOf(mnArticle.id)!;
    const element = await mount<BichigLangSwitch>(
      'bichig-lang-switch',
      { site: 'xlgl-mn', article: mnArticle.id },
      { cluster },
    );
    expect(link(element).getAttribute('href')).to.equal(`/article/${translation.article.id}.html`);
  });

  it('fires a cancelable event before leaving, from the keyboard too', async () => {
    const element = await mount<BichigLangSwitch>('bichig-lang-switch', { site: 'xlgl' }, { cluster });
    const seen: unknown[] = [];
    element.addEventListener('bichig-lang-switch', (event) => {
      seen.push(event.detail);
      event.preventDefault(); // a single-page app switches in place; the test page must not navigate
    });
    link(element).focus();
    await sendKeys({ press: 'Enter' });
    expect(seen).to.deep.equal([
      { fromSite: 'xlgl', toSite: 'xlgl-mn', language: 'mn', href: cluster.site('xlgl-mn').path },
    ]);
  });

  it('shows nothing for a site without a counterpart', async () => {
    const element = await mount<BichigLangSwitch>('bichig-lang-switch', { site: 'fgw' }, { cluster });
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('has no axe-core violations', async () => {
    await mount('bichig-lang-switch', { site: 'xlgl' }, { cluster });
    await mount('bichig-lang-switch', { site: 'xlgl-mn' }, { cluster });
    expect(describeViolations(await axeViolations(document.querySelector('main')!))).to.deep.equal([]);
  });
});
