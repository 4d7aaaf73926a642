import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import type { BichigText } from '@bichig/elements';
import { BichigFallbackEvent } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';

async function mount(text: string, attributes: Record<string, string> = {}, style = 'font-size: 24px'): Promise<BichigText> {
  const element = document.createElement('bichig-text');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('style', style);
  element.textContent = text;
  document.body.append(element);
  await element.whenRendered();
  return element;
}

/** Copies the whole text of `element` with a real Ctrl+C and returns what went to the clipboard. */
async function copyAll(element: BichigText): Promise<string> {
  const container = element.shadowRoot!.querySelector('[part~="text"]')!;
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(container);
  selection.addRange(range);
  let copied: string | undefined;
  const listener = (event: ClipboardEvent) => (copied = event.clipboardData?.getData('text/plain'));
  document.addEventListener('copy', listener);
  await sendKeys({ press: 'Control+C' });
  document.removeEventListener('copy', listener);
  selection.removeAllRanges();
  if (copied === undefined) throw new Error('no copy event reached the document');
  return copied;
}

const MIXED = 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠨᠡᠷ᠎ᠡ 蒙古文 Unicode 2024 ᠤᠭ᠋ᠡ';

describe('<bichig-text> native renderer', () => {
  afterEach(() => document.querySelectorAll('bichig-text').forEach((e) => e.remove()));

  it('sets the UDHR article vertically, columns advancing left to right', async () => {
    const element = await mount(UDHR_ARTICLE_1_MN, { renderer: 'native', 'block-size': '300' });
    expect(element.resolvedRenderer).to.equal('native');
    const native = element.shadowRoot!.querySelector('.native')!;
    expect(getComputedStyle(native).writingMode).to.equal('vertical-lr');
    expect(native.getAttribute('lang')).to.equal('mn-Mong');
    const range = document.createRange();
    range.selectNodeContents(native);
    const lefts = [...range.getClientRects()].map((r) => Math.round(r.left));
    expect(new Set(lefts).size).to.be.greaterThan(3);
    // The first characters sit in the leftmost column, the last in the rightmost.
    const textNode = document.createTreeWalker(native, NodeFilter.SHOW_TEXT).nextNode()!;
    const first = document.createRange();
    first.setStart(textNode, 0);
    first.setEnd(textNode, 1);
    const last = document.createRange();
    last.setStart(textNode, UDHR_ARTICLE_1_MN.length - 1);
    last.setEnd(textNode, UDHR_ARTICLE_1_MN.length);
    expect(first.getBoundingClientRect().left).to.be.lessThan(last.getBoundingClientRect().left);
    expect(element.getBoundingClientRect().height).to.be.closeTo(300, 1);
  });

  it('uses the project font first, without unicode-range', async () => {
    const element = await mount(MIXED, { renderer: 'native' });
    expect(getComputedStyle(element).fontFamily.startsWith('"Bichig Mongolian"')).to.equal(true);
    const faces = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Bichig Mongolian');
    expect(faces.length).to.equal(1);
    expect(faces[0]!.unicodeRange).to.equal('U+0-10FFFF');
    expect(faces[0]!.status).to.equal('loaded');
  });

  it('copies the exact source, NNBSP, MVS and FVS included', async () => {
    const element = await mount(MIXED, { renderer: 'native' });
    expect(await copyAll(element)).to.equal(MIXED);
  });
});
