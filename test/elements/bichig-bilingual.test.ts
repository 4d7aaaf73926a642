import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/all.js';
import type { BichigBilingual } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN, UDHR_ARTICLE_1_ZH, UDHR_ARTICLE_1_ZH_HEADING } from './fixtures/udhr.js';
import { axeViolations } from './support/pixels.js';

const PAIRS = `
  <article lang="zh-Hans" data-content-id="udhr-1"><h2>${UDHR_ARTICLE_1_ZH_HEADING}</h2><p>${UDHR_ARTICLE_1_ZH}</p></article>
  <bichig-flow lang="mn-Mong" data-content-id="udhr-1" style="height: 300px"><h2>ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠵᠦᠢᠯ</h2><p>${UDHR_ARTICLE_1_MN}</p></bichig-flow>
  <article lang="zh-Hans" data-content-id="only-zh"><p>${UDHR_ARTICLE_1_ZH}</p></article>
`;

async function mount(width: number, attributes: Record<string, string> = {}): Promise<BichigBilingual> {
  const element = document.createElement('bichig-bilingual') as BichigBilingual;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = `${width}px`;
  element.innerHTML = PAIRS;
  let main = document.querySelector('main');
  if (!main) document.body.append((main = document.createElement('main')));
  main.append(element);
  await element.updateComplete;
  await element.querySelector('bichig-flow')!.whenRendered();
  return element;
}

const visible = (element: Element) =>
  element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().height > 0;

describe('<bichig-bilingual>', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  afterEach(() => document.querySelectorAll('bichig-bilingual').forEach((e) => e.remove()));

  it('shows the Chinese and Mongolian versions of one content id side by side on a wide screen', async () => {
    const element = await mount(1200);
    const zh = element.querySelector('article[data-content-id="udhr-1"]')!;
    const mn = element.querySelector('bichig-flow')!;
    expect(visible(zh) && visible(mn)).to.equal(true);
    expect(zh.getBoundingClientRect().right).to.be.at.most(mn.getBoundingClientRect().left + 1);
    expect(getComputedStyle(zh).writingMode).to.equal('horizontal-tb');
    expect(visible(element.querySelector('article[data-content-id="only-zh"]')!)).to.equal(false);
    expect(visible(element.shadowRoot!.querySelector('[part="switch"]')!)).to.equal(false);
  });

  it('switches between the versions on a narrow screen', async () => {
    const element = await mount(400);
    const zh = element.querySelector('article[data-content-id="udhr-1"]')!;
    const mn = element.querySelector('bichig-flow')!;
    expect(visible(mn)).to.equal(true);
    expect(visible(zh)).to.equal(false);
    const zhButton = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="zh-button"]')!;
    expect(zhButton.getAttribute('aria-pressed')).to.equal('false');
    zhButton.click();
    await element.updateComplete;
    expect(visible(zh)).to.equal(true);
    expect(visible(mn)).to.equal(false);
    expect(zhButton.getAttribute('aria-pressed')).to.equal('true');
  });

  it('says which version is missing for an unpaired content id', async () => {
    const element = document.createElement('bichig-bilingual') as BichigBilingual;
    const event = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('bichig-pairing', resolve as EventListener, { once: true }),
    );
    element.setAttribute('content-id', 'only-zh');
    element.innerHTML = PAIRS;
    document.body.append(element);
    const { detail } = await event;
    expect(detail.contentId).to.equal('only-zh');
    expect(detail.error.missing).to.equal('mn');
    expect(element.shadowRoot!.querySelector('[part="mn-pane"] .missing')!.textContent).to.contain('only-zh');
    element.remove();
  });

  it('has no axe-core violations, wide or narrow', async () => {
    for (const width of [1200, 400]) {
      const element = await mount(width);
      const violations = await axeViolations(document.querySelector('main')!);
      expect(
        violations.map((v) => `${v.id}: ${v.help}`),
        `${width}px`,
      ).to.deep.equal([]);
      element.remove();
    }
  });
});
