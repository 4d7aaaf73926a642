import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-input.js';
import '@bichig/elements/bichig-keyboard.js';
import type { BichigInput, BichigKeyboard } from '@bichig/elements';
import { setLocale } from '@bichig/elements';
import { screenshot } from './support/pixels.js';
import { runAxe } from './support/axe.js';
import { verticalFormControls } from '../../packages/elements/src/internal/vertical-controls.js';
import { pasteEvent } from './support/paste.js';

const MONGOL = 'ᠮᠣᠩᠭᠣᠯ';

function mount(html: string): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

async function input(): Promise<BichigInput> {
  const element = document.querySelector('bichig-input') as BichigInput;
  await element.updateComplete;
  // Every face that has started loading, the fields' own included (WebKit's fonts.ready does not
  // wait for a face whose load began after it resolved).
  await document.fonts.ready;
  await Promise.all([...document.fonts].filter((face) => face.status === 'loading').map((face) => face.loaded));
  return element;
}

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('zh-Hans');
});

describe('<bichig-input>', () => {
  it('is one vertical column in vertical-lr that scrolls along its length: a native text input where the engine sets form controls vertically', async () => {
    mount(`<bichig-input label="搜索" style="font-size: 24px"></bichig-input>`);
    const element = await input();
    const control = element.nativeControl!;
    if (verticalFormControls()) expect((control as HTMLInputElement).type).to.equal('text');
    else expect(control.localName).to.equal('bichig-editable-text');
    expect(getComputedStyle(control).writingMode).to.equal('vertical-lr');
    expect(control.lang).to.equal('mn-Mong');
    const rect = element.getBoundingClientRect();
    expect(rect.height).to.be.greaterThan(rect.width * 2);
    element.value = `${MONGOL} ᠤᠯᠤᠰ ᠤᠨ ᠪᠢᠴᠢᠭ ᠦᠨ ᠬᠡᠯᠡ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠨᠡᠯᠢᠶᠡᠳ ᠤᠷᠲᠤ ᠦᠭᠡ`;
    // A long value stays on one line: it overflows along the column, never into a second column.
    expect(control.scrollHeight).to.be.greaterThan(control.clientHeight);
    expect(control.scrollWidth).to.be.at.most(control.clientWidth + 1);
    await screenshot(element, 'bichig-input');
  });

  it('submits its form on Enter (the keyboard leaves Enter to it) and carries the value', async () => {
    const form = mount(
      `<form><bichig-input name="q" label="搜索"></bichig-input><bichig-keyboard></bichig-keyboard></form>`,
    ).querySelector('form')!;
    const element = await input();
    let submitted = undefined as FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    element.focus();
    for (const press of ['KeyB', 'KeyI', 'KeyC', 'KeyI', 'KeyG', 'Minus', 'KeyU', 'KeyN']) await sendKeys({ press });
    expect(element.value).to.equal('ᠪᠢᠴᠢᠭ\u202Fᠦᠨ');
    await sendKeys({ press: 'Enter' });
    expect(submitted?.get('q')).to.equal('ᠪᠢᠴᠢᠭ\u202Fᠦᠨ');
    expect(element.value, 'no line break in a single-line field').to.equal('ᠪᠢᠴᠢᠭ\u202Fᠦᠨ');
    // The on-screen Enter key submits too.
    submitted = undefined;
    const keyboard = document.querySelector('bichig-keyboard') as BichigKeyboard;
    keyboard.press('Enter');
    expect((submitted as FormData | undefined)?.get('q')).to.equal('ᠪᠢᠴᠢᠭ\u202Fᠦᠨ');
  });

  it('does not submit on the Enter that commits an IME composition', async () => {
    const form = mount(`<form><bichig-input name="q" label="q"></bichig-input></form>`).querySelector('form')!;
    const element = await input();
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });
    const enter = new KeyboardEvent('keydown', {
      key: 'Enter',
      code: 'Enter',
      isComposing: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    element.nativeControl!.dispatchEvent(enter);
    expect(enter.defaultPrevented).to.equal(false);
    expect(submits).to.equal(0);
    void element;
  });

  it('keeps a value set before it is connected, over its value attribute', async () => {
    const element = document.createElement('bichig-input') as BichigInput;
    element.setAttribute('value', 'ᠠ');
    element.value = `${MONGOL}\u202Fᠤᠨ`;
    mount('').append(element);
    await element.updateComplete;
    expect(element.value).to.equal(`${MONGOL}\u202Fᠤᠨ`);
    expect(element.nativeControl!.value).to.equal(`${MONGOL}\u202Fᠤᠨ`);
  });

  it('turns pasted line breaks into spaces and takes plain text only', async () => {
    mount(`<bichig-input label="q"></bichig-input>`);
    const element = await input();
    element.focus();
    const data = new DataTransfer();
    data.setData('text/html', '<p>ᠮᠣᠩᠭᠣᠯ</p><p>ᠪᠢᠴᠢᠭ</p>');
    data.setData('text/plain', 'ᠮᠣᠩᠭᠣᠯ\r\n\r\nᠪᠢᠴᠢᠭ');
    element.nativeControl!.dispatchEvent(pasteEvent(data));
    expect(element.value).to.equal('ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ');
  });

  it('takes its default from the value attribute, resets to it, validates required and maxlength', async () => {
    const form = mount(
      `<form><bichig-input name="name" label="name" value="ᠪᠠᠲᠤ" required maxlength="4"></bichig-input></form>`,
    ).querySelector('form')!;
    const element = await input();
    expect(element.value).to.equal('ᠪᠠᠲᠤ');
    element.value = '';
    expect(element.validity.valueMissing).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    element.value = MONGOL;
    expect(element.validity.tooLong).to.equal(true);
    form.reset();
    expect(element.value).to.equal('ᠪᠠᠲᠤ');
    expect(element.validity.valid).to.equal(true);
    expect(new FormData(form).get('name')).to.equal('ᠪᠠᠲᠤ');
    // The on-screen keyboard stops at maxlength.
    const keyboard = document.createElement('bichig-keyboard');
    form.append(keyboard);
    await keyboard.updateComplete;
    element.focus();
    element.setSelectionRange(4, 4);
    expect(keyboard.press('KeyA')).to.equal(false);
    expect(element.value).to.equal('ᠪᠠᠲᠤ');
  });

  it('shows format controls as marks when asked', async () => {
    mount(
      `<bichig-input label="q" show-controls value="ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠤᠭ\u180Bᠡ" style="font-size: 24px; height: 260px"></bichig-input>`,
    );
    const element = await input();
    element.updateControlMarks();
    const marks = [...element.shadowRoot!.querySelectorAll('[part~="control-mark"]')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['NNBSP', 'FVS1']);
    expect(element.value).to.equal('ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠤᠭ\u180Bᠡ');
    await screenshot(element, 'bichig-input-marks');
  });

  for (const locale of ['zh-Hans', 'mn-Mong']) {
    it(`has no axe-core violations (${locale})`, async () => {
      await setLocale(locale);
      mount(
        `<form role="search"><bichig-input name="q" label="${locale === 'mn-Mong' ? 'ᠡᠷᠢᠬᠦ' : '搜索'}" required></bichig-input></form>`,
      );
      await input();
      const result = await runAxe(document.body, { resultTypes: ['violations'] });
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).to.deep.equal([]);
    });
  }
});
