import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-flow.js';
import { setLocale } from '@bichig/elements';
import type { BichigFlow, BichigRenderDetail, BichigText } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';
import { axeViolations, accessibilityTree, screenshot } from './support/pixels.js';

const ARTICLE = `
  <h1>ᠬᠦᠮᠦᠨ ᠦ ᠡᠷᠬᠡ</h1>
  <p>${UDHR_ARTICLE_1_MN}</p>
  <p>${UDHR_ARTICLE_1_MN} <a href="#source">ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ</a> <em>ᠴᠢᠯᠥᠭᠡ</em> <u>ᠡᠷᠬᠡ</u></p>
  <ol><li>ᠨᠢᠭᠡ</li><li>ᠬᠣᠶᠠᠷ</li><li>ᠭᠤᠷᠪᠠ</li></ol>
  <figure><img src="/test/elements/fixtures/pictures/teal-120x60.svg" alt="ᠵᠢᠱᠢᠶ᠎ᠡ ᠵᠢᠷᠤᠭ" width="120" height="60"><figcaption>ᠵᠢᠷᠤᠭ</figcaption></figure>
  <table><tr><th>ᠣᠨ</th><td>2024</td></tr><tr><th>ᠭᠠᠵᠠᠷ</th><td>ᠬᠥᠬᠡᠬᠣᠲᠠ</td></tr></table>
  <p>${UDHR_ARTICLE_1_MN}</p><p>${UDHR_ARTICLE_1_MN}</p><p>${UDHR_ARTICLE_1_MN}</p>
`;

async function mount(attributes: Record<string, string> = {}): Promise<BichigFlow> {
  const flow = document.createElement('bichig-flow') as BichigFlow;
  for (const [name, value] of Object.entries(attributes)) flow.setAttribute(name, value);
  flow.style.cssText = 'height: 360px; width: 600px; font-size: 20px; display: block';
  flow.innerHTML = ARTICLE;
  let main = document.querySelector('main');
  if (!main) document.body.append((main = document.createElement('main')));
  main.append(flow);
  await flow.whenRendered();
  return flow;
}

describe('<bichig-flow>', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => document.querySelectorAll('bichig-flow').forEach((e) => e.remove()));

  it('lays the article out in columns as high as the element, scrolling horizontally', async () => {
    const flow = await mount();
    const viewport = flow.viewport!;
    expect(viewport.clientHeight).to.be.at.most(360);
    expect(viewport.scrollWidth).to.be.greaterThan(viewport.clientWidth * 1.5);
    const paragraphs = [...flow.shadowRoot!.querySelectorAll('p')];
    expect(paragraphs[0]!.getBoundingClientRect().left).to.be.lessThan(paragraphs[1]!.getBoundingClientRect().left);
    expect(paragraphs[0]!.getBoundingClientRect().height).to.be.at.most(360);
    expect(paragraphs[0]!.closest('[lang]')!.getAttribute('lang')).to.equal('mn-Mong');
  });

  it('keeps images upright, headings and links real, focusable DOM, and emphasis on the right', async () => {
    const flow = await mount();
    const image = flow.shadowRoot!.querySelector('img')!;
    expect(image.getBoundingClientRect().width).to.be.closeTo(120, 1);
    expect(image.getBoundingClientRect().height).to.be.closeTo(60, 1);
    const heading = flow.shadowRoot!.querySelector('h1')!;
    expect(heading.textContent).to.equal('ᠬᠦᠮᠦᠨ ᠦ ᠡᠷᠬᠡ');
    const link = flow.shadowRoot!.querySelector('a')!;
    link.focus();
    expect(flow.shadowRoot!.activeElement).to.equal(link);
    const em = getComputedStyle(flow.shadowRoot!.querySelector('em')!);
    expect(em.textDecorationStyle).to.equal('wavy');
    expect(em.textUnderlinePosition).to.equal('right');
    expect(getComputedStyle(link).textUnderlinePosition).to.equal('right');
    const tree = await accessibilityTree();
    expect(tree.some((n) => n.role === 'heading' && n.name === 'ᠬᠦᠮᠦᠨ ᠦ ᠡᠷᠬᠡ')).to.equal(true);
    expect(tree.some((n) => n.role === 'link' && n.name === 'ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ')).to.equal(true);
    expect(getComputedStyle(flow.shadowRoot!.querySelector('ol')!).listStyleType).to.equal('mongolian');
  });

  it('scrolls horizontally with the wheel, by column with ←/→ and by page with PageUp/PageDown', async () => {
    const flow = await mount();
    const viewport = flow.viewport!;
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true }));
    expect(viewport.scrollLeft).to.be.closeTo(120, 1);
    viewport.scrollLeft = 0;
    viewport.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(viewport.scrollLeft).to.be.closeTo(flow.columnPitch, 1);
    await sendKeys({ press: 'PageDown' });
    expect(viewport.scrollLeft).to.be.closeTo(flow.columnPitch + flow.pageWidth, 1);
    await sendKeys({ press: 'ArrowLeft' });
    expect(viewport.scrollLeft).to.be.closeTo(flow.pageWidth, 1);
    await sendKeys({ press: 'Home' });
    expect(viewport.scrollLeft).to.equal(0);
  });

  it('pages in paginated mode, with localized page controls', async () => {
    const flow = await mount({ paginated: '' });
    const status = () => flow.shadowRoot!.querySelector('[part="page-status"]')!.textContent!.trim();
    expect(status()).to.match(/^第 1 页，共 \d+ 页$/);
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
    await flow.updateComplete;
    expect(flow.page).to.equal(2);
    expect(flow.viewport!.scrollLeft).to.be.closeTo(flow.pageWidth, 1);
    await setLocale('en');
    await flow.updateComplete;
    expect(status()).to.match(/^Page 2 of \d+$/);
    expect(flow.shadowRoot!.querySelector('[part="next"]')!.getAttribute('aria-label')).to.equal('Next page');
    await setLocale('mn-Mong');
    await flow.updateComplete;
    expect(status()).to.match(/^ᠨᠢᠭᠤᠷ ᠒ \/ [᠐-᠙]+$/);
    await setLocale('zh-Hans');
  });

  it('sets plain paragraphs with HarfBuzz in shaped mode, keeping blocks with links native', async () => {
    const flow = await mount({ renderer: 'shaped' });
    const shapedBlocks = flow.shadowRoot!.querySelectorAll<BichigText>('p > bichig-text');
    expect(shapedBlocks.length).to.equal(4);
    for (const text of shapedBlocks) expect(text.resolvedRenderer).to.equal('shaped');
    expect(flow.shadowRoot!.querySelector('p a')).to.not.equal(null);
    const first = shapedBlocks[0]!.getBoundingClientRect();
    expect(first.height).to.be.at.most(360);
    await screenshot(flow, 'flow-shaped');
    const native = await mount();
    await screenshot(native, 'flow-native');
  });

  it('has no axe-core violations', async () => {
    await mount();
    await mount({ renderer: 'shaped', paginated: '', label: 'ᠬᠣᠶᠠᠳᠤᠭᠠᠷ' });
    const violations = await axeViolations(document.querySelector('main')!);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });

  it('shows its copy from its first update; fires bichig-render once per layout, none for a superseded one', async () => {
    const flow = document.createElement('bichig-flow') as BichigFlow;
    flow.style.cssText = 'height: 360px; width: 600px; font-size: 20px; display: block';
    flow.innerHTML = ARTICLE;
    const renders: BichigRenderDetail[] = [];
    // The flow's own events (its blocks' <bichig-text> events are composed and reach the host too).
    flow.addEventListener('bichig-render', (event) => {
      if (event.composedPath()[0] === flow) renders.push(event.detail);
    });
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    document.querySelector('main')!.append(flow);
    await flow.updateComplete;
    const heading = flow.querySelector('h1')!.textContent;
    // The heading is there before the layout is done (a screen reader never meets an empty article).
    expect(flow.shadowRoot!.querySelector('h1')!.textContent).to.equal(heading);
    const first = await flow.whenRendered();
    await frames(3);
    expect(renders, 'one event for the first layout, none without a change').to.deep.equal([first]);
    // A new renderer, then new text while its blocks are still being shaped: only the last layout counts.
    flow.renderer = 'shaped';
    await flow.updateComplete;
    expect(flow.shadowRoot!.querySelector('h1 > bichig-text')!.textContent).to.equal(heading);
    flow.querySelector('h1')!.textContent = 'ᠮᠣᠩᠭᠣᠯ';
    const rendered = await flow.whenRendered();
    await frames(3);
    expect(renders).to.deep.equal([first, rendered]);
    expect(rendered.renderer).to.equal('shaped');
    expect(flow.shadowRoot!.querySelector('h1')!.textContent).to.equal('ᠮᠣᠩᠭᠣᠯ');
    expect(await flow.whenRendered()).to.equal(rendered);
  });

  it('copies its article once per change: its own reflected attributes are not a change of the article', async () => {
    // Each copy reports what it left out, so an article with one unsafe handler counts the copies.
    const flow = document.createElement('bichig-flow') as BichigFlow;
    flow.style.cssText = 'height: 360px; width: 600px; font-size: 20px; display: block';
    flow.innerHTML = `<p onclick="void 0">${UDHR_ARTICLE_1_MN}</p>`;
    let copies = 0;
    flow.addEventListener('bichig-unsafe-content', () => copies++);
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    document.querySelector('main')!.append(flow);
    await flow.whenRendered();
    await frames(3);
    // `renderer` and `paginated` are reflected on the first update, after the first copy.
    expect(flow.getAttribute('renderer')).to.equal('native');
    expect(copies, 'copies of a newly connected article').to.equal(1);
    flow.paginated = true;
    flow.page = 1;
    await flow.updateComplete;
    await frames(3);
    expect(copies, 'copies after turning pagination on').to.equal(1);
    flow.renderer = 'shaped';
    await flow.whenRendered();
    await frames(3);
    expect(copies, 'copies after a new renderer').to.equal(2);
    // A change of the article itself (an attribute of its light DOM) is copied again, once.
    flow.querySelector('p')!.setAttribute('title', 'ᠮᠣᠩᠭᠣᠯ');
    await flow.whenRendered();
    await frames(3);
    expect(copies, 'copies after the article changed').to.equal(3);
  });

  it('draws the glyphs of a long shaped article near the viewport only, and the rest while scrolling', async () => {
    const flow = document.createElement('bichig-flow') as BichigFlow;
    flow.renderer = 'shaped';
    flow.style.cssText = 'height: 360px; width: 600px; font-size: 20px; display: block';
    // 60 paragraphs, about 12,000 characters.
    flow.innerHTML = Array.from({ length: 60 }, () => `<p>${UDHR_ARTICLE_1_MN}</p>`).join('');
    document.querySelector('main')!.append(flow);
    const rendered = await flow.whenRendered();
    expect(rendered.renderer).to.equal('shaped');
    const texts = [...flow.shadowRoot!.querySelectorAll<BichigText>('p > bichig-text')];
    expect(texts.length).to.equal(60);
    const drawn = (text: Element) => text.shadowRoot!.querySelectorAll('svg[part~="glyphs"] path').length > 0;
    expect(
      texts.every((text) => (text as Element & { resolvedRenderer: string }).resolvedRenderer === 'shaped'),
    ).to.equal(true);
    expect(drawn(texts[0]!)).to.equal(true);
    expect(texts.filter(drawn).length).to.be.lessThan(20);
    // Every paragraph's text is in the DOM (find-in-page, screen readers), drawn or not.
    for (const text of texts)
      expect(text.shadowRoot!.querySelector('[part="text-layer"]')!.textContent).to.equal(UDHR_ARTICLE_1_MN);
    const viewport = flow.viewport!;
    viewport.scrollLeft = viewport.scrollWidth;
    const deadline = performance.now() + 10_000;
    while (!drawn(texts[59]!) || drawn(texts[0]!)) {
      if (performance.now() > deadline)
        throw new Error('the last paragraph was not drawn, or the first not dropped, after scrolling to the end');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(texts.filter(drawn).length).to.be.lessThan(20);
    await screenshot(flow, 'flow-shaped-long-end');
  });
});
