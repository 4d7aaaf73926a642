// <bichig-keyboard> on a 360 × 740 phone viewport: the automatic touch layout fits with 44 px keys,
// every letter and format control is typeable by tapping, and the layout switch works by touch,
// mouse and keyboard, persists and is announced.
import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-keyboard.js';
import '@bichig/elements/bichig-input.js';
import { BichigKeyboard, setLocale } from '@bichig/elements';
import type { BichigInput, BichigLayoutChangeEvent } from '@bichig/elements';
import { INVISIBLE_CHARACTERS, LAYOUTS, STANDARD_KEYS, getLayout } from '@bichig/keyboard';
import { screenshot } from './support/pixels.js';
import { runAxe } from './support/axe.js';

const PHONE = { width: 360, height: 740 };

function mount(markup: string): HTMLElement {
  const host = document.createElement('main');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

/** A phone page: a Mongolian search field and the keyboard with no `layout`, as the portal uses it. */
async function phonePage(): Promise<{ field: BichigInput; keyboard: BichigKeyboard }> {
  mount(
    `<bichig-input id="q" label="ᠡᠷᠢᠬᠦ" inputmode="none" style="block-size: 120px"></bichig-input><bichig-keyboard for="q"></bichig-keyboard>`,
  );
  const field = document.querySelector('bichig-input')!;
  const keyboard = document.querySelector('bichig-keyboard')!;
  await field.updateComplete;
  await keyboard.updateComplete;
  field.focus();
  return { field, keyboard };
}

const shadow = (keyboard: BichigKeyboard) => keyboard.shadowRoot!;

function keyButton(keyboard: BichigKeyboard, id: string): HTMLButtonElement | null {
  return shadow(keyboard).querySelector<HTMLButtonElement>(`.keys button[data-key="${CSS.escape(id)}"]`);
}

/** A real click (pointer and mouse events) at the centre of `element`. */
async function tapElement(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
  });
}

async function tap(keyboard: BichigKeyboard, id: string): Promise<void> {
  await keyboard.updateComplete;
  const button = keyButton(keyboard, id);
  if (!button) throw new Error(`no key ${id} on layer ${keyboard.currentLayer.id}`);
  await tapElement(button);
  await keyboard.updateComplete;
}

/** The key id that types `text` on the layer shown now, if any. */
function keyTyping(keyboard: BichigKeyboard, text: string): string | undefined {
  return keyboard.currentLayer.rows.flat().find((key) => key.action.type === 'insert' && key.action.text === text)?.id;
}

/** Every button's box on the layer shown, and whether the keyboard or page scrolls sideways. */
function measure(keyboard: BichigKeyboard) {
  const frame = shadow(keyboard).querySelector<HTMLElement>('[part~="keyboard"]')!;
  const boxes = [...shadow(keyboard).querySelectorAll<HTMLButtonElement>('button')].map((button) => ({
    name: `${keyboard.currentLayer.id}/${button.dataset['key'] ?? button.getAttribute('part')}`,
    box: button.getBoundingClientRect(),
  }));
  return {
    boxes,
    keyboardScrolls: frame.scrollWidth > frame.clientWidth,
    pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
  };
}

const switchButton = (keyboard: BichigKeyboard) =>
  shadow(keyboard).querySelector<HTMLButtonElement>('[part~="layout-switch"]')!;
const menuItems = (keyboard: BichigKeyboard) => [
  ...shadow(keyboard).querySelectorAll<HTMLButtonElement>('[part~="layout-option"]'),
];

before(async () => {
  await setViewport(PHONE);
});

afterEach(async () => {
  BichigKeyboard.forgetLayoutChoice();
  document.body.replaceChildren();
  await setLocale('zh-Hans');
});

describe('<bichig-keyboard> on a 360 px phone', () => {
  it('picks the touch layout by itself when no layout is set', async () => {
    expect(window.innerWidth).to.equal(360);
    const { keyboard } = await phonePage();
    expect(keyboard.layout).to.equal('');
    expect(keyboard.activeLayout).to.equal('touch');
    expect(keyboard.currentLayer.id).to.equal('letters');
  });

  it('fits on every layer: each key at least 44 × 44 px, inside the viewport, nothing scrolls sideways', async () => {
    const { keyboard } = await phonePage();
    const checkLayer = async (layerId: string) => {
      await keyboard.updateComplete;
      expect(keyboard.currentLayer.id).to.equal(layerId);
      const { boxes, keyboardScrolls, pageScrolls } = measure(keyboard);
      expect(boxes.length, layerId).to.be.greaterThan(12);
      for (const { name, box } of boxes) {
        expect(box.width, `${name} width`).to.be.at.least(44);
        expect(box.height, `${name} height`).to.be.at.least(44);
        expect(box.left, `${name} left`).to.be.at.least(0);
        expect(box.right, `${name} right`).to.be.at.most(360);
      }
      expect(keyboardScrolls, `${layerId}: the keyboard scrolls sideways`).to.equal(false);
      expect(pageScrolls, `${layerId}: the page scrolls sideways`).to.equal(false);
    };
    await checkLayer('letters');
    await screenshot(keyboard, 'bichig-keyboard-phone-360-letters-zh');
    keyboard.press('Shift');
    await checkLayer('shift');
    keyboard.press('Shift');
    keyboard.press('Symbols');
    await checkLayer('symbols');
    await screenshot(keyboard, 'bichig-keyboard-phone-360-symbols-zh');
    keyboard.press('MongolianDigits');
    await checkLayer('mongolian-digits');
    keyboard.press('Letters');
    keyboard.press('Controls');
    await checkLayer('controls');
    // Every layer of the layout was measured.
    expect(getLayout('touch').layers.map((layer) => layer.id)).to.deep.equal([
      'letters',
      'shift',
      'symbols',
      'mongolian-digits',
      'controls',
    ]);
  });

  it('fits inside a page margin of 16 px a side (328 px), as the portal lays it out', async () => {
    document.body.style.margin = '0';
    try {
      mount(
        `<div style="padding-inline: 16px"><textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard></div>`,
      );
      const keyboard = document.querySelector('bichig-keyboard')!;
      await keyboard.updateComplete;
      expect(keyboard.getBoundingClientRect().width).to.equal(328);
      for (const layer of ['letters', 'symbols']) {
        if (layer === 'symbols') keyboard.press('Symbols');
        await keyboard.updateComplete;
        const { boxes, keyboardScrolls } = measure(keyboard);
        expect(keyboardScrolls, `${layer}: the keyboard scrolls sideways`).to.equal(false);
        for (const { name, box } of boxes) {
          expect(Math.min(box.width, box.height), name).to.be.at.least(44);
          expect(box.left, name).to.be.at.least(16);
          expect(box.right, name).to.be.at.most(360 - 16);
        }
      }
    } finally {
      document.body.style.margin = '';
    }
  });

  it('types every letter of the standard layout by tapping (Shift for the loan letters)', async () => {
    const { field, keyboard } = await phonePage();
    const letters = [
      ...new Set(
        STANDARD_KEYS.flatMap((key) => [key.base, key.shift]).filter(
          (output): output is string => typeof output === 'string' && /^[\u1820-\u1842]$/u.test(output),
        ),
      ),
    ];
    expect(letters.length).to.equal(35);
    let expected = '';
    for (const letter of letters) {
      let id = keyTyping(keyboard, letter);
      if (!id) {
        await tap(keyboard, 'Shift');
        id = keyTyping(keyboard, letter);
      }
      expect(id, `a key for ${letter}`).to.be.a('string');
      await tap(keyboard, id!);
      expected += letter;
      expect(keyboard.currentLayer.id, `back on letters after ${letter}`).to.equal('letters');
    }
    expect(field.value).to.equal(expected);
    expect(document.activeElement, 'the field kept focus').to.equal(field);
  });

  it('types FVS1–4, MVS, NNBSP, ZWJ and ZWNJ from named keys', async () => {
    const { field, keyboard } = await phonePage();
    let expected = 'ᠭ';
    await tap(keyboard, 'U+182D');
    for (const info of INVISIBLE_CHARACTERS) {
      await tap(keyboard, 'Controls');
      const id = keyTyping(keyboard, info.char)!;
      expect(keyButton(keyboard, id)!.textContent!.trim(), 'a visible name on the cap').to.equal(info.cap);
      await tap(keyboard, id);
      expected += info.char;
    }
    expect(field.value).to.equal(expected);
  });
});

describe('<bichig-keyboard> layout switch', () => {
  it('opens by touch without taking focus from the field; choosing a layout shows it, fires an event and persists', async () => {
    const { field, keyboard } = await phonePage();
    const events: BichigLayoutChangeEvent[] = [];
    document.body.addEventListener('bichig-layout-change', (event) => events.push(event), { once: true });
    const button = switchButton(keyboard);
    expect(button.textContent!.trim()).to.equal('布局');
    expect(button.getAttribute('aria-label')).to.equal('键盘布局：蒙古文（手机）');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await tapElement(button);
    await keyboard.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(document.activeElement, 'the field keeps focus').to.equal(field);
    const items = menuItems(keyboard);
    expect(items.map((item) => item.dataset['layout'])).to.deep.equal(LAYOUTS.map((layout) => layout.id));
    expect(items.map((item) => item.getAttribute('aria-checked'))).to.deep.equal(['false', 'false', 'false', 'true']);
    for (const item of items) {
      const box = item.getBoundingClientRect();
      expect(Math.min(box.width, box.height), item.dataset['layout']).to.be.at.least(44);
      expect(box.right, item.dataset['layout']).to.be.at.most(360);
    }
    await screenshot(keyboard, 'bichig-keyboard-phone-360-menu-zh');
    await tapElement(items.find((item) => item.dataset['layout'] === 'phonetic')!);
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('phonetic');
    expect(keyButton(keyboard, 'KeyS'), 'the phonetic keys are shown').to.not.equal(null);
    expect(menuItems(keyboard), 'the menu closed').to.have.length(0);
    expect(events.map((event) => event.detail)).to.deep.equal([{ layout: 'phonetic', previous: 'touch' }]);
    expect(localStorage.getItem('bichig-keyboard-layout')).to.equal('phonetic');
    expect(document.activeElement).to.equal(field);
    // The choice holds for a keyboard made later (another page of the site), and beats the page's attribute.
    document.body.replaceChildren();
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t" layout="standard"></bichig-keyboard>`);
    const later = document.querySelector('bichig-keyboard')!;
    await later.updateComplete;
    expect(later.activeLayout).to.equal('phonetic');
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    textarea.focus();
    for (const press of ['KeyS', 'KeyH', 'KeyI']) await sendKeys({ press });
    expect(textarea.value, 'hardware keys follow the chosen layout').to.equal('ᠱᠢ');
    BichigKeyboard.forgetLayoutChoice();
    await later.updateComplete;
    expect(later.activeLayout, 'forgetting goes back to the attribute').to.equal('standard');
    expect(localStorage.getItem('bichig-keyboard-layout')).to.equal(null);
  });

  it('is operable from the keyboard: Enter opens on the current layout, arrows move, Enter chooses, Escape closes', async () => {
    const { keyboard } = await phonePage();
    const button = switchButton(keyboard);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await keyboard.updateComplete;
    const focused = () => shadow(keyboard).activeElement as HTMLElement | null;
    expect(focused()?.dataset['layout'], 'focus on the checked layout').to.equal('touch');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.dataset['layout'], 'wraps to the first').to.equal('standard');
    await sendKeys({ press: 'Escape' });
    await keyboard.updateComplete;
    expect(menuItems(keyboard)).to.have.length(0);
    expect(focused(), 'Escape returns to the switch').to.equal(button);
    expect(keyboard.activeLayout, 'Escape changes nothing').to.equal('touch');
    await sendKeys({ press: 'ArrowDown' });
    await keyboard.updateComplete;
    await sendKeys({ press: 'End' });
    expect(focused()?.dataset['layout']).to.equal('touch');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()?.dataset['layout']).to.equal('phonetic');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()?.dataset['layout']).to.equal('mongolian-script');
    await sendKeys({ press: 'Enter' });
    await keyboard.updateComplete;
    expect(keyboard.activeLayout).to.equal('mongolian-script');
    expect(focused(), 'focus back on the switch').to.equal(switchButton(keyboard));
    expect(localStorage.getItem('bichig-keyboard-layout')).to.equal('mongolian-script');
  });

  it('shows the choice on every keyboard of the page, and clicking the switch again closes the menu', async () => {
    mount(
      `<textarea id="a" aria-label="a"></textarea><bichig-keyboard for="a"></bichig-keyboard><textarea id="b" aria-label="b"></textarea><bichig-keyboard for="b" layout="phonetic"></bichig-keyboard>`,
    );
    const [first, second] = [...document.querySelectorAll('bichig-keyboard')] as [BichigKeyboard, BichigKeyboard];
    await first.updateComplete;
    expect([first.activeLayout, second.activeLayout]).to.deep.equal(['touch', 'phonetic']);
    await tapElement(switchButton(first));
    await first.updateComplete;
    await tapElement(switchButton(first));
    await first.updateComplete;
    expect(menuItems(first), 'a second click closes').to.have.length(0);
    first.chooseLayout('standard');
    await first.updateComplete;
    await second.updateComplete;
    expect([first.activeLayout, second.activeLayout]).to.deep.equal(['standard', 'standard']);
    expect(() => first.chooseLayout('dvorak')).to.throw(/dvorak/);
    expect(first.activeLayout).to.equal('standard');
  });

  it('has localised names in zh, mn and en', async () => {
    const { keyboard } = await phonePage();
    await tapElement(switchButton(keyboard));
    await keyboard.updateComplete;
    const names = async (locale: string) => {
      await setLocale(locale);
      await keyboard.updateComplete;
      return {
        visible: switchButton(keyboard).textContent!.trim(),
        label: switchButton(keyboard).getAttribute('aria-label'),
        menu: shadow(keyboard).querySelector('[part~="layout-menu"]')!.getAttribute('aria-label'),
        items: menuItems(keyboard).map((item) => item.textContent!.trim()),
      };
    };
    expect(await names('zh-Hans')).to.deep.equal({
      visible: '布局',
      label: '键盘布局：蒙古文（手机）',
      menu: '选择键盘布局',
      items: LAYOUTS.map((layout) => `${layout.id === 'touch' ? '✓' : ''}${layout.name['zh-Hans']}`),
    });
    const mn = await names('mn-Mong');
    expect(mn.visible).to.equal('ᠵᠠᠭᠪᠤᠷ');
    expect(mn.label!.includes(mn.visible), 'the visible label is part of the name').to.equal(true);
    expect(mn.label).to.match(/^[\u1800-\u18AF\u202F :]+$/u);
    expect(mn.menu).to.match(/^[\u1800-\u18AF\u202F ]+$/u);
    expect(mn.items.at(-1)).to.equal(`✓${getLayout('touch').name['mn-Mong']}`);
    await screenshot(document.querySelector('main')!, 'bichig-keyboard-phone-360-menu-mn');
    const en = await names('en');
    expect(en.visible).to.equal('Layout');
    expect(en.label).to.equal('Keyboard layout: Mongolian (phone)');
    expect(en.menu).to.equal('Choose a keyboard layout');
  });

  for (const locale of ['zh-Hans', 'mn-Mong']) {
    it(`has no axe-core violations at 360 px (${locale}), with the layout menu open`, async () => {
      await setLocale(locale);
      const { keyboard } = await phonePage();
      await screenshot(document.querySelector('main')!, `bichig-keyboard-phone-360-${locale}`);
      await tapElement(switchButton(keyboard));
      await keyboard.updateComplete;
      await Promise.all(
        shadow(keyboard)
          .getAnimations()
          .map((animation) => animation.finished),
      );
      const result = await runAxe(document.body, { resultTypes: ['violations'] });
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
      );
      expect(violations).to.deep.equal([]);
    });
  }
});
