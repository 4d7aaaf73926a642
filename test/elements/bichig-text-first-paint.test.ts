// What a shaped <bichig-text> shows before its layout is drawn. This file runs in a page of its
// own, so its first test meets the shaped engine (HarfBuzz and the font) not yet loaded, as a
// reader's first page on a slow link does.
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-text.js';
import type { BichigText } from '@bichig/elements';

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
    expect(element.shadowRoot!.querySelectorAll('svg[part~="glyphs"] path').length).to.be.greaterThan(10);
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
    expect(element.shadowRoot!.querySelectorAll('svg[part~="glyphs"] path').length).to.be.greaterThan(10);
  });
});
