// <bichig-keyboard> on a touch screen wider than a phone (a tablet): Chromium's test browser has a
// fine pointer and the test runner cannot switch it, so the media query the keyboard asks is
// answered here by a stand-in MediaQueryList that the test flips, as turning on touch emulation,
// plugging a mouse into a tablet or resizing a window would.
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';

class StandInMediaQueryList extends EventTarget {
  onchange = null;
  constructor(
    readonly media: string,
    public matches: boolean,
  ) {
    super();
  }
  addListener(): void {}
  removeListener(): void {}
  flip(matches: boolean): void {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

const asked: StandInMediaQueryList[] = [];
const realMatchMedia = window.matchMedia.bind(window);
// Installed before the element module is loaded (dynamic import below), so its first question is answered here.
window.matchMedia = (query: string): MediaQueryList => {
  if (!query.includes('pointer: coarse')) return realMatchMedia(query);
  const list = new StandInMediaQueryList(query, true);
  asked.push(list);
  return list as unknown as MediaQueryList;
};

const { BichigKeyboard } = await import('@bichig/elements');
await import('@bichig/elements/bichig-keyboard.js');

function mount(markup: string): HTMLElement {
  const host = document.createElement('main');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

before(async () => {
  await setViewport({ width: 1024, height: 768 });
});

afterEach(() => {
  BichigKeyboard.forgetLayoutChoice();
  document.body.replaceChildren();
});

describe('<bichig-keyboard> on a coarse pointer', () => {
  it('asks for a coarse pointer or a viewport narrower than the standard rows', async () => {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard>`);
    await document.querySelector('bichig-keyboard')!.updateComplete;
    expect(asked).to.have.length(1);
    const width = Number(/max-width: (\d+)px/.exec(asked[0]!.media)?.[1]);
    expect(asked[0]!.media).to.match(/^\(pointer: coarse\), \(max-width: \d+px\)$/);
    // The standard layout's widest row, 14.5 keys of 44 px, needs about 700 px.
    expect(width).to.be.within(640, 760);
  });

  it('picks the touch layout on a wide touch screen when no layout is set, and follows the device', async () => {
    expect(window.innerWidth).to.equal(1024);
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard>`);
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('touch');
    expect(keyboard.shadowRoot!.querySelector('.keys button[data-key="Shift"]')).to.not.equal(null);
    keyboard.press('Symbols');
    await keyboard.updateComplete;
    expect(keyboard.currentLayer.id).to.equal('symbols');
    // A mouse plugged in: the standard layout, on its first layer.
    asked[0]!.flip(false);
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('standard');
    expect(keyboard.currentLayer.id).to.equal('base');
    asked[0]!.flip(true);
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('touch');
    expect(keyboard.currentLayer.id).to.equal('letters');
  });

  it("keeps the page's layout attribute, and the visitor's choice over both", async () => {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t" layout="phonetic"></bichig-keyboard>`);
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('phonetic');
    keyboard.chooseLayout('mongolian-script');
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('mongolian-script');
    expect(localStorage.getItem('bichig-keyboard-layout')).to.equal('mongolian-script');
  });

  it('ignores a stored value that is no layout, and an unknown attribute, with the automatic choice', async () => {
    // As another tab or an older version might have left it; the page reads storage afresh after forgetting.
    localStorage.setItem('bichig-keyboard-layout', 'azerty');
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t" layout="dvorak"></bichig-keyboard>`);
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('touch');
  });
});
