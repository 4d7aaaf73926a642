// @bichig/elements/wheel.js: the one wheel rule for vertical Mongolian (mlreq: the wheel scrolls
// horizontally). A line delta moves one line of the scroller — in vertical-lr text, one column.
import { expect } from '@esm-bundle/chai';
import { isVerticalWheel, lineHeightOf, scrollOnWheel, wheelDistance } from '@bichig/elements/wheel.js';
import '@bichig/elements/bichig-textarea.js';
import type { BichigTextarea } from '@bichig/elements';

const TEXT = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠦᠨ ᠲᠡᠭᠦᠰᠦ ᠪᠢᠴᠢᠭ '.repeat(60);

function scroller(lineHeight = '30px'): HTMLElement {
  const box = document.createElement('div');
  box.lang = 'mn-Mong';
  box.textContent = TEXT;
  box.style.cssText = `writing-mode: vertical-lr; width: 200px; height: 150px; overflow-x: auto; overflow-y: hidden; font-size: 20px; line-height: ${lineHeight}`;
  document.body.append(box);
  return box;
}

function wheel(init: WheelEventInit): WheelEvent {
  return new WheelEvent('wheel', { bubbles: true, composed: true, cancelable: true, ...init });
}

describe('the wheel over vertical text', () => {
  afterEach(() => document.body.replaceChildren());

  it('moves by pixels as given, by the line height per line, and by the visible width per page', () => {
    const box = scroller();
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth + 400);
    expect(wheelDistance(wheel({ deltaY: 53 }), box)).to.equal(53);
    expect(wheelDistance(wheel({ deltaY: 3, deltaMode: WheelEvent.DOM_DELTA_LINE }), box)).to.equal(90);
    expect(wheelDistance(wheel({ deltaY: -1, deltaMode: WheelEvent.DOM_DELTA_PAGE }), box)).to.equal(-box.clientWidth);
    expect(wheelDistance(wheel({ deltaY: 1, deltaMode: WheelEvent.DOM_DELTA_PAGE }), box, 123)).to.equal(123);
  });

  it("takes 'normal' line height as 1.2 × the font size", () => {
    expect(lineHeightOf(scroller('normal'))).to.be.closeTo(24, 0.01);
  });

  it('scrolls right for a wheel down, left for a wheel up, and cancels the event', () => {
    const box = scroller();
    const down = wheel({ deltaY: 3, deltaMode: WheelEvent.DOM_DELTA_LINE });
    expect(scrollOnWheel(down, box)).to.equal(true);
    expect(box.scrollLeft).to.equal(90);
    expect(down.defaultPrevented).to.equal(true);
    const up = wheel({ deltaY: -40 });
    expect(scrollOnWheel(up, box)).to.equal(true);
    expect(box.scrollLeft).to.equal(50);
  });

  it('leaves the event to the page at either end, for horizontal wheels and for ctrl+wheel (zoom)', () => {
    const box = scroller();
    const atStart = wheel({ deltaY: -100 });
    expect(scrollOnWheel(atStart, box)).to.equal(false);
    expect(atStart.defaultPrevented).to.equal(false);
    const sideways = wheel({ deltaX: 100, deltaY: 10 });
    expect(isVerticalWheel(sideways)).to.equal(false);
    expect(scrollOnWheel(sideways, box)).to.equal(false);
    const zoom = wheel({ deltaY: 100, ctrlKey: true });
    expect(scrollOnWheel(zoom, box)).to.equal(false);
    expect(box.scrollLeft).to.equal(0);
    box.scrollLeft = box.scrollWidth;
    const atEnd = wheel({ deltaY: 100 });
    expect(scrollOnWheel(atEnd, box)).to.equal(false);
    expect(atEnd.defaultPrevented).to.equal(false);
  });

  it('moves <bichig-textarea> one column per wheel line, like the column layouts and the flow', async () => {
    document.body.innerHTML = `<bichig-textarea label="x" style="font-size: 24px; width: 300px; height: 200px"></bichig-textarea>`;
    const field = document.querySelector('bichig-textarea') as BichigTextarea;
    await field.updateComplete;
    field.value = TEXT;
    await field.updateComplete;
    const control = field.nativeControl!;
    expect(control.scrollWidth).to.be.greaterThan(control.clientWidth);
    const event = wheel({ deltaY: 2, deltaMode: WheelEvent.DOM_DELTA_LINE });
    control.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    expect(control.scrollLeft).to.be.closeTo(2 * lineHeightOf(control), 1);
    expect(lineHeightOf(control)).to.be.greaterThan(24); // not the old fixed 16 px a line
  });
});
