// What a shaped <bichig-text> shows before its layout is drawn, and how a long text's first
// screen comes before the rest. This file runs in a page of its own, so its first test meets the
// shaped engine (HarfBuzz and the font) not yet loaded, as a reader's first page on a slow link does.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import '@bichig/elements/bichig-flow.js';
import type { BichigRenderDetail, BichigText } from '@bichig/elements';
import { textLayerHtml } from '../../packages/elements/src/internal/shaped-render.js';
import { COLUMNS_PER_CHUNK } from '../../packages/elements/src/text/bichig-text/glyph-chunks.js';
import { NATIVE_FONT_STACK } from '../../packages/elements/src/internal/fonts.js';
import { loadShapedEngine } from '../../packages/elements/src/internal/shaped-engine.js';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';

const WORDS = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠦᠨ ᠰᠣᠶᠣᠯ';

function add(text: string): BichigText {
  const element = document.createElement('bichig-text');
  element.setAttribute('renderer', 'shaped');
  element.setAttribute('style', 'font-size: 24px');
  element.textContent = text;
  let main = document.querySelector('main');
  if (!main) document.body.append((main = document.createElement('main')));
  main.append(element);
  return element;
}

/** How many glyphs are drawn: each is a subpath starting with an absolute M. */
function glyphOutlineCount(element: BichigText): number {
  return [...element.shadowRoot!.querySelectorAll('svg[part~="glyphs"] path')].reduce(
    (count, path) => count + (path.getAttribute('d')!.match(/M/g)?.length ?? 0),
    0,
  );
}

/** The width of the element's text box, as drawn now. */
function textWidth(element: BichigText): number {
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="text"]')!.getBoundingClientRect().width;
}

describe('<bichig-text renderer="shaped"> before its layout is drawn', () => {
  it('shows the native text while the shaped engine is still loading, then the shaped drawing', async () => {
    const element = add(WORDS);
    await element.updateComplete;
    expect(element.resolvedRenderer).to.equal('native');
    expect(textWidth(element), 'the native text is laid out and shown').to.be.greaterThan(10);
    expect(element.shadowRoot!.textContent).to.include(WORDS);
    await element.whenRendered();
    expect(element.resolvedRenderer).to.equal('shaped');
    expect(glyphOutlineCount(element)).to.be.greaterThan(10);
  });

  it('starts as its placeholder once the engine is loaded: the text for assistive technology, not laid out natively', async () => {
    const element = add(`${WORDS} ᠨᠠᠢ᠌ᠮᠠ`);
    await element.updateComplete;
    expect(element.resolvedRenderer).to.equal('shaped');
    const pending = element.shadowRoot!.querySelector('.pending');
    expect(pending?.textContent).to.equal(`${WORDS} ᠨᠠᠢ᠌ᠮᠠ`);
    expect(pending?.closest('[lang]')?.getAttribute('lang')).to.equal('mn-Mong');
    expect(textWidth(element)).to.be.at.most(1);
    await element.whenRendered();
    expect(element.shadowRoot!.querySelector('.pending')).to.equal(null);
    expect(glyphOutlineCount(element)).to.be.greaterThan(10);
  });
});

/** UDHR article 1's words in another order per paragraph (a fixed shuffle), so no paragraph repeats. */
function variedArticle(characters: number): string {
  const words = UDHR_ARTICLE_1_MN.split(' ');
  let seed = 7;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const paragraphs: string[] = [];
  for (let length = 0; length < characters; length += UDHR_ARTICLE_1_MN.length + 1) {
    const order = [...words];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    paragraphs.push(order.join(' '));
  }
  return paragraphs.join('\n');
}

/** Whether the boxes, side by side, cover [from, to] along x (within a pixel). */
function covers(boxes: DOMRect[], from: number, to: number): boolean {
  let reached = from;
  for (const box of boxes.sort((a, b) => a.left - b.left)) {
    if (box.left > reached + 1) break;
    reached = Math.max(reached, box.right);
  }
  return reached >= to - 1;
}

/** What a reader of `element` sees now in `scroller`: whether glyphs and text layer cover all of it in sight. */
function screenOf(element: BichigText, scroller: HTMLElement): { drawn: boolean; layer: string; rest: string } {
  const root = element.shadowRoot!;
  const layer = root.querySelector('[part="text-layer"]');
  const rest = root.querySelector('.shaped > .pending')?.textContent ?? '';
  if (!layer) return { drawn: false, layer: '', rest };
  const view = scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const from = Math.max(view.left, box.left);
  const to = Math.min(view.right, box.right);
  const glyphs = [...root.querySelectorAll('svg[part~="glyphs"]')].map((svg) => svg.getBoundingClientRect());
  const groups = [...layer.children].map((group) => group.getBoundingClientRect());
  // A text laid out in part must fill the scroller: what is beyond its end is not drawn yet.
  const full = box.right >= view.right - 1 || rest === '';
  return { drawn: full && covers(glyphs, from, to) && covers(groups, from, to), layer: layer.textContent!, rest };
}

/**
 * How long the browser takes to set `text` natively (a plain vertical-lr element in the project
 * font, styled and laid out in one go), ms: the yardstick for long tasks on a loaded machine.
 */
function nativeLayoutMs(text: string): number {
  const div = document.createElement('div');
  div.lang = 'mn-Mong';
  div.style.cssText = `writing-mode: vertical-lr; height: 400px; font: 20px/1.8 ${NATIVE_FONT_STACK}`;
  div.textContent = text;
  const start = performance.now();
  document.body.append(div);
  div.getBoundingClientRect();
  const ms = performance.now() - start;
  div.remove();
  return ms;
}

/**
 * Tasks over 50 ms while drawing (from the task after the one that calls `add`, the page's own,
 * until `drawn` resolves), where the engine reports long tasks (Chromium; else undefined). On a
 * machine so loaded that the browser's own layout of the same text takes longer than 50 ms
 * (measured before and after), only tasks longer than that count: every task is slower then.
 */
async function longTasksWhileDrawing(
  text: string,
  add: () => void,
  drawn: () => Promise<void>,
): Promise<number[] | undefined> {
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    add();
    await drawn();
    return undefined;
  }
  const before = nativeLayoutMs(text);
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  add();
  const added = performance.now();
  await drawn();
  // A long task's entry comes after the task: one more frame and task for the last ones.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  observer.disconnect();
  const limit = Math.max(50, before, nativeLayoutMs(text));
  return entries
    .filter((entry) => entry.startTime > added && entry.duration > limit)
    .map((entry) => Math.round(entry.duration));
}

describe('<bichig-text renderer="shaped"> with a long text: the first screen first', () => {
  const ARTICLE = variedArticle(20_000);

  afterEach(() => document.querySelectorAll('.scroller, bichig-flow').forEach((e) => e.remove()));

  it('draws the columns in sight, readable, before the rest is laid out; then the whole text, its text layer exact', async () => {
    await setViewport({ width: 1000, height: 700 });
    const scroller = document.createElement('div');
    scroller.className = 'scroller';
    scroller.style.cssText = 'width: 600px; height: 400px; overflow-x: auto; overflow-y: hidden';
    document.querySelector('main')!.append(scroller);
    const element = document.createElement('bichig-text');
    element.renderer = 'shaped';
    element.style.fontSize = '20px';
    element.textContent = ARTICLE;
    // Frame by frame, as a reader sees it: the first frame whose screen is drawn, and what was laid out then.
    let complete = false;
    let seen: { layer: string; rest: string; columns: number; complete: boolean } | undefined;
    const watch = (): void => {
      const screen = screenOf(element, scroller);
      if (!screen.drawn) requestAnimationFrame(watch);
      else seen = { ...screen, columns: element.layout!.columns.length, complete };
    };
    requestAnimationFrame(watch);
    let first: BichigRenderDetail | undefined;
    const tasks = await longTasksWhileDrawing(
      ARTICLE,
      () => scroller.append(element),
      async () => {
        void element.whenFirstScreen().then((detail) => (first = complete ? undefined : detail));
        await element.whenRendered();
        complete = true;
      },
    );
    const layout = element.layout!;
    expect(seen, 'a frame showed the screen drawn').to.not.equal(undefined);
    expect(seen!.complete, 'that frame came before the whole text was drawn').to.equal(false);
    expect(seen!.columns).to.be.lessThan(layout.columns.length / 4);
    expect(seen!.columns * layout.columnWidth).to.be.at.least(600);
    // Readable then: the first columns' words in the text layer, the rest of the source beside it
    // (for screen readers and find), nothing lost or doubled.
    expect(seen!.layer.length).to.be.greaterThan(500);
    expect(seen!.layer + seen!.rest.replace(/\n/g, '')).to.equal(ARTICLE.replace(/\n/g, ''));
    expect(first, 'whenFirstScreen() answered before whenRendered()').to.not.equal(undefined);
    expect(first!.columns).to.equal(seen!.columns);
    // Complete: the text layer, grown group by group, is exactly the one of the whole layout.
    const layer = element.shadowRoot!.querySelector('[part="text-layer"]')!;
    expect(layout.text).to.equal(ARTICLE);
    expect(element.shadowRoot!.querySelector('.pending')).to.equal(null);
    expect(layer.innerHTML).to.equal(textLayerHtml(layout, COLUMNS_PER_CHUNK));
    for (const span of layer.querySelectorAll<HTMLElement>('span')) {
      const start = Number(span.dataset['start']);
      expect(span.textContent).to.equal(ARTICLE.slice(start, start + span.textContent!.length));
    }
    // The layout grown step by step is the whole text's laid out at once, column by column.
    const engine = await loadShapedEngine(ARTICLE);
    const whole = engine.core.layoutText(ARTICLE, {
      fonts: engine.fonts,
      fontSize: layout.fontSize,
      blockSize: layout.blockSize,
      columnWidth: layout.columnWidth,
      columnGap: layout.columnGap,
    });
    expect(layout.columns.length).to.equal(whole.columns.length);
    for (let c = 0; c < whole.columns.length; c++) {
      expect(layout.columns[c], `column ${c}`).to.deep.equal(whole.columns[c]);
      expect(layout.glyphsInColumn(c), `glyphs of column ${c}`).to.deep.equal(whole.glyphsInColumn(c));
    }
    // The glyph chunks drawn are each drawn once, in column order, from the whole layout.
    const ranges = [...element.shadowRoot!.querySelectorAll('svg[part~="glyphs"]')].map((svg) =>
      svg.getAttribute('data-columns')!.split('-').map(Number),
    );
    expect(ranges[0]![0]).to.equal(0);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).to.be.at.least(ranges[i - 1]![1]!);
    expect(element.getBoundingClientRect().width).to.be.closeTo(layout.width, 1);
    // Long tasks are a benchmark figure (npm run bench -- elements), not an assertion: a task's
    // length depends on how busy the machine is. Reported here for whoever reads the log.
    if (tasks?.length) console.log(`long tasks while drawing (ms): ${tasks.join(', ')}`);
  });

  it('paints the paragraphs in sight of a shaped article before it lays out the others', async () => {
    await setViewport({ width: 1000, height: 700 });
    const flow = document.createElement('bichig-flow');
    flow.renderer = 'shaped';
    flow.style.cssText = 'height: 400px; width: 600px; font-size: 20px; display: block';
    flow.innerHTML = ARTICLE.split('\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('');
    // Frame by frame: the first frame in which the paragraphs fill the viewport, drawn.
    const textsNow = () => [...flow.shadowRoot!.querySelectorAll<BichigText>('p > bichig-text')];
    let seen: { drawn: number; complete: boolean } | undefined;
    let complete = false;
    const watch = (): void => {
      const viewport = flow.viewport;
      if (!viewport) return void requestAnimationFrame(watch);
      let drawn = 0;
      for (const text of textsNow()) {
        if (!text.shadowRoot?.querySelector('[part="text-layer"]') || !screenOf(text, viewport).drawn) break;
        drawn++;
        if (text.getBoundingClientRect().right >= viewport.getBoundingClientRect().right) {
          seen = { drawn, complete };
          return;
        }
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const tasks = await longTasksWhileDrawing(
      ARTICLE,
      () => document.querySelector('main')!.append(flow),
      async () => {
        await flow.whenRendered();
        complete = true;
      },
    );
    const texts = textsNow();
    expect(texts.length).to.be.greaterThan(80);
    expect(seen, 'a frame showed the viewport filled').to.not.equal(undefined);
    expect(seen!.complete, 'before the article was complete').to.equal(false);
    expect(seen!.drawn).to.be.lessThan(texts.length / 4);
    for (const text of texts)
      expect(text.shadowRoot!.querySelector('[part="text-layer"]')!.textContent).to.equal(text.textContent);
    // Long tasks are a benchmark figure (npm run bench -- elements), not an assertion: a task's
    // length depends on how busy the machine is. Reported here for whoever reads the log.
    if (tasks?.length) console.log(`long tasks while drawing (ms): ${tasks.join(', ')}`);
  });
});
