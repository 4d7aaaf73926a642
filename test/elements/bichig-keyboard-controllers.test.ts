// The pieces <bichig-keyboard> is built from, each on its own: the hold/repeat timers, the
// remembered layout, and the arrow-key navigation of its grid, menus and toolbar. The keyboard's
// own tests drive them through the element; these pin each piece's contract.
import { expect } from '@esm-bundle/chai';
import { LitElement, html } from 'lit';
import { HoldController, LONG_PRESS_MS } from '../../packages/elements/src/input/bichig-keyboard/hold-controller.js';
import {
  LAYOUT_STORAGE_KEY,
  LayoutMemoryController,
  forgetLayoutChoice,
} from '../../packages/elements/src/input/bichig-keyboard/layout-memory.js';
import {
  navigateMenu,
  navigateToolbar,
  nextKeyInGrid,
} from '../../packages/elements/src/input/bichig-keyboard/navigation.js';

class ControllerHost extends LitElement {
  static override properties = { layout: {} };
  declare layout: string;
  constructor() {
    super();
    this.layout = '';
  }
  protected override render() {
    return html`<button class="key">key</button>`;
  }
}
customElements.define('keyboard-controller-host', ControllerHost);

async function mountHost(): Promise<ControllerHost> {
  const host = document.createElement('keyboard-controller-host') as ControllerHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

describe('<bichig-keyboard> parts: HoldController', () => {
  afterEach(() => document.querySelectorAll('keyboard-controller-host').forEach((host) => host.remove()));

  it('opens the menu after a long press and swallows only the pointer click that ends it', async () => {
    const host = await mountHost();
    let opened!: () => void;
    const longPressed = new Promise<void>((resolve) => (opened = resolve));
    const started = performance.now();
    const hold = new HoldController<string>(host, {
      longPress: (key) => {
        expect(key).to.equal('ᠭ');
        opened();
        return true;
      },
      repeatStart: () => expect.fail('a letter does not repeat'),
      repeat: () => expect.fail('a letter does not repeat'),
      button: () => null,
    });
    hold.start('ᠭ', false);
    await longPressed;
    expect(performance.now() - started).to.be.at.least(LONG_PRESS_MS - 5);
    hold.cancel();
    expect(hold.ended).to.equal(true);
    expect(hold.takeClick(new MouseEvent('click', { detail: 1 }))).to.equal(true);
    expect(hold.takeClick(new MouseEvent('click', { detail: 1 })), 'only one click is swallowed').to.equal(false);
  });

  it('does not swallow a click from Enter or Space after a hold, nor any click after a new press', async () => {
    const host = await mountHost();
    let opened!: () => void;
    const longPressed = new Promise<void>((resolve) => (opened = resolve));
    const hold = new HoldController<string>(host, {
      longPress: () => (opened(), true),
      repeatStart: () => false,
      repeat: () => false,
      button: () => null,
    });
    hold.start('ᠠ', false);
    await longPressed;
    expect(hold.takeClick(new MouseEvent('click', { detail: 0 }))).to.equal(false);
    hold.start('ᠠ', false);
    hold.reset();
    expect(hold.takeClick(new MouseEvent('click', { detail: 1 }))).to.equal(false);
  });

  it('repeats a held key with its button lit, and stops and unlights it when the host is removed', async () => {
    const host = await mountHost();
    const button = host.renderRoot.querySelector('button')!;
    let repeats = 0;
    let thirdRepeat!: () => void;
    const repeated = new Promise<void>((resolve) => (thirdRepeat = resolve));
    const hold = new HoldController<string>(host, {
      longPress: () => expect.fail('a repeating key opens no menu'),
      repeatStart: () => true,
      repeat: () => {
        if (++repeats === 3) thirdRepeat();
        return true;
      },
      button: () => button,
    });
    hold.start('Backspace', true);
    await repeated;
    expect(button.classList.contains('active')).to.equal(true);
    expect(hold.ended).to.equal(true);
    host.remove();
    expect(button.classList.contains('active')).to.equal(false);
  });
});

describe('<bichig-keyboard> parts: LayoutMemoryController', () => {
  beforeEach(() => forgetLayoutChoice());
  afterEach(() => {
    forgetLayoutChoice();
    document.querySelectorAll('keyboard-controller-host').forEach((host) => host.remove());
  });

  it("takes the visitor's choice over the page's, keeps it in localStorage for every keyboard, and forgets it", async () => {
    const first = await mountHost();
    const second = await mountHost();
    first.layout = 'phonetic';
    const memory = new LayoutMemoryController(first, () => first.layout);
    const other = new LayoutMemoryController(second, () => second.layout);
    expect(memory.current.id).to.equal('phonetic');
    memory.remember('mongolian-script');
    expect(localStorage.getItem(LAYOUT_STORAGE_KEY)).to.equal('mongolian-script');
    expect(memory.current.id).to.equal('mongolian-script');
    expect(other.current.id).to.equal('mongolian-script');
    forgetLayoutChoice();
    expect(localStorage.getItem(LAYOUT_STORAGE_KEY)).to.equal(null);
    expect(memory.current.id).to.equal('phonetic');
  });

  it('follows a choice made in another tab, ignores a stored value that names no layout, and warns once for a bad page layout', async () => {
    const host = await mountHost();
    host.layout = 'no-such-layout';
    const memory = new LayoutMemoryController(host, () => host.layout);
    const device = memory.current.id;
    expect(['standard', 'touch']).to.include(device);
    localStorage.setItem(LAYOUT_STORAGE_KEY, 'touch');
    window.dispatchEvent(new StorageEvent('storage', { key: LAYOUT_STORAGE_KEY, newValue: 'touch' }));
    expect(memory.current.id).to.equal('touch');
    localStorage.setItem(LAYOUT_STORAGE_KEY, 'typed-by-hand');
    window.dispatchEvent(new StorageEvent('storage', { key: LAYOUT_STORAGE_KEY, newValue: 'typed-by-hand' }));
    expect(memory.current.id).to.equal(device);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      memory.warnIfUnknown();
      memory.warnIfUnknown();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('no-such-layout');
    expect(() => memory.remember('no-such-layout')).to.throw();
  });
});

describe('<bichig-keyboard> parts: navigation', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  function buttons(count: number, parent: HTMLElement = root): HTMLButtonElement[] {
    return Array.from({ length: count }, (_, i) => {
      const button = document.createElement('button');
      button.textContent = String(i);
      button.style.cssText = 'width: 40px; height: 40px; margin: 0; padding: 0;';
      parent.append(button);
      return button;
    });
  }

  /** Presses `key` on `button` (focused) and runs `handle` as the keyboard's listener would. */
  function press(button: HTMLElement, key: string, handle: (event: KeyboardEvent) => void, ctrlKey = false): boolean {
    button.focus();
    const event = new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true });
    button.addEventListener('keydown', handle, { once: true });
    button.dispatchEvent(event);
    return event.defaultPrevented;
  }

  it('moves in the key grid by row and by nearest centre, with Home/End and Ctrl+Home/End', () => {
    const rows = [0, 1].map(() => {
      const row = document.createElement('div');
      row.style.display = 'flex';
      root.append(row);
      return row;
    });
    const top = buttons(4, rows[0]);
    // The second row is offset by half a key, as a keyboard's rows are.
    rows[1]!.style.paddingLeft = '20px';
    const bottom = buttons(3, rows[1]);
    const grid = [top, bottom];
    let next: HTMLButtonElement | undefined;
    const move = (event: KeyboardEvent): void => {
      next = nextKeyInGrid(event, event.target as HTMLButtonElement, grid);
    };
    press(top[1]!, 'ArrowRight', move);
    expect(next).to.equal(top[2]);
    press(top[2]!, 'ArrowDown', move);
    expect(next, 'the key below whose centre is nearest').to.equal(bottom[1]);
    press(bottom[0]!, 'ArrowUp', move);
    expect(next).to.be.oneOf([top[0], top[1]]);
    press(bottom[2]!, 'Home', move);
    expect(next).to.equal(bottom[0]);
    press(bottom[0]!, 'End', move, true);
    expect(next).to.equal(bottom[2]);
    press(bottom[2]!, 'Home', move, true);
    expect(next).to.equal(top[0]);
    press(top[0]!, 'ArrowLeft', move);
    expect(next, 'no key before the first').to.equal(undefined);
  });

  it('wraps in a menu, closes it on Escape and Tab, and stops at the ends of the toolbar', () => {
    const items = buttons(3);
    let closed = 0;
    const menu = (event: KeyboardEvent): void => navigateMenu(event, items, () => closed++);
    expect(press(items[2]!, 'ArrowDown', menu)).to.equal(true);
    expect(document.activeElement).to.equal(items[0]);
    expect(items.map((item) => item.tabIndex)).to.deep.equal([0, -1, -1]);
    press(items[0]!, 'ArrowUp', menu);
    expect(document.activeElement).to.equal(items[2]);
    press(items[2]!, 'Escape', menu);
    press(items[2]!, 'Tab', menu);
    expect(closed).to.equal(2);
    expect(press(items[1]!, 'a', menu), 'other keys pass').to.equal(false);

    const toolbar = (event: KeyboardEvent): void => navigateToolbar(event, items);
    press(items[2]!, 'ArrowRight', toolbar);
    expect(document.activeElement, 'no wrap at the end').to.equal(items[2]);
    press(items[2]!, 'Home', toolbar);
    expect(document.activeElement).to.equal(items[0]);
    press(items[0]!, 'ArrowRight', toolbar);
    expect(document.activeElement).to.equal(items[1]);
  });
});
