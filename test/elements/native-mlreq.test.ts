// The native renderer follows mlreq like the shaped one: ᠂ ᠃ ! ? : and closing brackets never
// start a column even when a space precedes them (the browser's own line breaking allows it), and
// one- and two-digit runs stand upright. Measured in the browser, column by column, against the
// same text set in a plain vertical-lr element (which must show the problem, or the test proves nothing).
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-text.js';
import type { BichigText } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';

// Real text as people type it: a space before each mark, as in many published pages, plus ! ? : ( ).
const TEXT =
  `${UDHR_ARTICLE_1_MN.replace(/([᠂᠃])/g, ' $1')} ᠶᠠᠭᠤ ᠬᠡᠯᠡᠬᠦ ᠪᠤᠢ ? ᠰᠠᠢᠨ ᠪᠠᠢᠨ᠎ᠠ ! ᠨᠢᠭᠡᠴᠡ : ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ (ᠬᠣᠲᠠ ) ᠣᠨ ᠤ 11 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 3 ᠤ ᠡᠳᠦᠷ ᠃`.repeat(
    2,
  );
const MARKS = new Set(['᠂', '᠃', '!', '?', ':', ')']);

/** Every text node under `root` with its offset in the concatenated text. */
function textNodes(root: Node): { node: Text; start: number }[] {
  const out: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    out.push({ node, start: at });
    at += node.data.length;
  }
  return out;
}

/** The centre x of the character at `offset` of the text under `root`. */
function columnOf(root: Node, nodes: { node: Text; start: number }[], offset: number): number {
  let found = nodes[0]!;
  for (const n of nodes) if (n.start <= offset) found = n;
  const range = document.createRange();
  range.setStart(found.node, offset - found.start);
  range.setEnd(found.node, offset - found.start + 1);
  const rect = range.getBoundingClientRect();
  return rect.left + rect.width / 2;
}

/** The marks (after a space) that start a column, in the text under `root`. */
function marksStartingColumns(root: Node, columnWidth: number): string[] {
  const nodes = textNodes(root);
  const text = nodes.map((n) => n.node.data).join('');
  expect(text).to.equal(TEXT);
  const found: string[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!MARKS.has(text[i]!) || text[i - 1] !== ' ') continue;
    let word = i - 1;
    while (word > 0 && text[word] === ' ') word--;
    if (Math.abs(columnOf(root, nodes, i) - columnOf(root, nodes, word)) > columnWidth / 2)
      found.push(`${text.slice(word - 3, word + 1)}|${text.slice(word + 1, i + 1)}`);
  }
  return found;
}

async function mountNative(height: number): Promise<BichigText> {
  const element = document.createElement('bichig-text');
  element.setAttribute('renderer', 'native');
  element.setAttribute('style', `font-size: 20px; line-height: 1.5; height: ${height}px`);
  element.textContent = TEXT;
  document.body.append(element);
  await element.whenRendered();
  return element;
}

describe('native text follows mlreq', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('no ᠂ ᠃ ! ? : or closing bracket starts a column, at any column height', async () => {
    let plainViolations = 0;
    const violations: string[] = [];
    for (let height = 90; height <= 420; height += 11) {
      const element = await mountNative(height);
      const native = element.shadowRoot!.querySelector('.native')!;
      // The same text in a plain vertical element in the same font: the browser's own breaking.
      const plain = document.createElement('div');
      plain.lang = 'mn-Mong';
      plain.style.cssText = `writing-mode: vertical-lr; white-space: pre-wrap; font: 20px/1.5 ${getComputedStyle(native).fontFamily}; height: ${height}px`;
      plain.textContent = TEXT;
      document.body.append(plain);
      plainViolations += marksStartingColumns(plain, 30).length;
      violations.push(...marksStartingColumns(native, 30).map((v) => `${height}px: ${v}`));
      document.body.replaceChildren();
    }
    expect(plainViolations, 'the plain element shows the problem the renderer fixes').to.be.greaterThan(0);
    expect(violations).to.deep.equal([]);
  });

  it('one- and two-digit runs stand upright, longer numbers stay sideways, the text is exact', async () => {
    const element = await mountNative(400);
    const native = element.shadowRoot!.querySelector<HTMLElement>('.native')!;
    expect(native.textContent).to.equal(TEXT);
    const upright = [...native.querySelectorAll<HTMLElement>('.upright')];
    expect(upright.map((span) => span.textContent)).to.deep.equal(['11', '3', '11', '3']);
    for (const span of upright) expect(getComputedStyle(span).textCombineUpright).to.equal('all');
    // Set upright, "11" takes one em along the column, not the length of two sideways digits.
    const range = document.createRange();
    range.selectNodeContents(upright[0]!);
    const box = range.getBoundingClientRect();
    expect(box.height).to.be.within(17, 21);
  });
});
