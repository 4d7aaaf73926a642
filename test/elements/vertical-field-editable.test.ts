// <bichig-textarea> and <bichig-input> where the engine keeps form controls horizontal (WebKitGTK,
// Safari before 17.4): the field edits through a <bichig-editable-text>, a plain-text
// contenteditable in vertical-lr with a <textarea>'s API. This page makes every engine take that
// path (in WebKit it is the real one), and checks what a writer sees and what a form gets:
// vertical columns, exact text from hardware keys and the on-screen keyboard, the text-control
// API, Enter, maxlength, read-only and disabled, validation, reset, change events, accessibility.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-input.js';
import '@bichig/elements/bichig-keyboard.js';
import '@bichig/elements/bichig-search.js';
import type { BichigSearch } from '@bichig/elements/bichig-search.js';
import { NOW, fixtureCluster, mount as mountColumn, settled } from './support/columns.js';
import type { BichigInput, BichigKeyboard, BichigTextarea } from '@bichig/elements';
import {
  setVerticalFormControlsForTesting,
  verticalFormControls,
} from '../../packages/elements/src/internal/vertical-controls.js';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';
import { runAxe } from './support/axe.js';
import { screenshot } from './support/pixels.js';

const engineHasVerticalControls = verticalFormControls();
setVerticalFormControlsForTesting(false);

function mount(html: string): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

async function ready<T extends BichigTextarea | BichigInput>(selector: string): Promise<T> {
  const element = document.querySelector(selector) as T;
  await element.updateComplete;
  await document.fonts.ready;
  await Promise.all([...document.fonts].filter((face) => face.status === 'loading').map((face) => face.loaded));
  return element;
}

/** The box of the character at `index` of the control's text. */
function charBox(control: HTMLElement, index: number): DOMRect {
  const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  let offset = index;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset < node.length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getClientRects()[0] ?? range.getBoundingClientRect();
    }
    offset -= node.length;
  }
  throw new Error(`no character ${index}`);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('vertical fields without vertical form controls', () => {
  it('knows whether this engine sets a <textarea> vertically (by its box, not its style)', () => {
    const probe = document.createElement('textarea');
    probe.rows = 1;
    probe.cols = 30;
    probe.style.writingMode = 'vertical-lr';
    document.body.append(probe);
    const vertical = probe.offsetHeight > probe.offsetWidth;
    probe.remove();
    expect(engineHasVerticalControls).to.equal(vertical);
  });

  it('sets the letter in columns top to bottom, advancing left to right, and the wheel scrolls along the columns', async () => {
    mount(
      `<bichig-textarea label="信件" style="font-size: 24px; width: 300px; height: 260px; color: black"></bichig-textarea>`,
    );
    const element = await ready<BichigTextarea>('bichig-textarea');
    const control = element.nativeControl as HTMLElement;
    expect(control.localName).to.equal('bichig-editable-text');
    expect(getComputedStyle(control).writingMode).to.equal('vertical-lr');
    element.value = UDHR_ARTICLE_1_MN;
    const first = charBox(control, 0);
    const second = charBox(control, 1);
    const later = charBox(control, 80);
    expect(second.top).to.be.greaterThan(first.top); // down the column
    expect(later.left).to.be.greaterThan(first.right); // a later column, to the right
    expect(control.scrollWidth).to.be.greaterThan(control.clientWidth);
    await screenshot(element, 'editable-textarea-udhr');
    control.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true }));
    expect(control.scrollLeft).to.be.greaterThan(0);
  });

  it('has the text-control API of a <textarea>: the same values and selections after the same calls', async () => {
    mount(`<bichig-textarea label="x"></bichig-textarea><textarea></textarea>`);
    const element = await ready<BichigTextarea>('bichig-textarea');
    const editable = element.nativeControl!;
    const native = document.querySelector('textarea')!;
    const steps: [string, (c: HTMLTextAreaElement) => void][] = [
      ['value', (c) => (c.value = 'ᠮᠣᠩᠭᠣᠯ\nᠪᠢᠴᠢᠭ')],
      ['range', (c) => c.setSelectionRange(2, 4, 'backward')],
      ['replace selection', (c) => c.setRangeText('ᠠ')],
      ['select mode', (c) => c.setRangeText('ᠡᠡ', 0, 1, 'select')],
      ['start mode', (c) => c.setRangeText('ᠢ', 3, 5, 'start')],
      ['end mode', (c) => c.setRangeText('\n', 1, 1, 'end')],
      ['preserve mode', (c) => (c.setSelectionRange(4, 6), c.setRangeText('ᠣᠣᠣ', 2, 5, 'preserve'))],
      ['start after end', (c) => c.setSelectionRange(6, 2)],
      ['selectionStart', (c) => (c.selectionStart = 3)],
      ['selectionEnd before start', (c) => (c.selectionEnd = 1)],
      ['select all', (c) => c.select()],
      ['past the end', (c) => c.setSelectionRange(100, 200)],
      ['empty', (c) => (c.value = '')],
    ];
    for (const focused of [false, true]) {
      if (focused) element.focus();
      for (const [name, step] of steps) {
        step(native);
        step(editable as HTMLTextAreaElement);
        const state = (c: { value: string; selectionStart: number | null; selectionEnd: number | null }) => [
          c.value,
          c.selectionStart,
          c.selectionEnd,
        ];
        expect(state(editable), `${name} (${focused ? 'focused' : 'not focused'})`).to.deep.equal(state(native));
      }
    }
    expect(() => editable.setRangeText('x', 2, 1)).to.throw(DOMException);
  });

  it('keeps what is typed on a hardware keyboard, line breaks included, and tells the form', async () => {
    const form = mount(`<form><bichig-textarea name="letter" label="x"></bichig-textarea></form>`).querySelector(
      'form',
    )!;
    const element = await ready<BichigTextarea>('bichig-textarea');
    let inputs = 0;
    let changes = 0;
    element.addEventListener('input', () => inputs++);
    element.addEventListener('change', () => changes++);
    element.focus();
    await sendKeys({ type: 'ab' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'c d' });
    expect(element.value).to.equal('ab\nc d');
    expect(new FormData(form).get('letter')).to.equal('ab\nc d');
    expect(inputs).to.be.greaterThan(0);
    expect(element.selectionStart).to.equal(6);
    element.blur();
    expect(changes).to.equal(1);
  });

  it('takes every format control from the on-screen keyboard exactly', async () => {
    const form = mount(
      `<form><bichig-textarea id="target" name="letter" label="x"></bichig-textarea><bichig-keyboard for="target"></bichig-keyboard></form>`,
    ).querySelector('form')!;
    const element = await ready<BichigTextarea>('bichig-textarea');
    const keyboard = document.querySelector('bichig-keyboard') as BichigKeyboard;
    await keyboard.updateComplete;
    element.focus();
    for (const key of ['KeyV', 'KeyG', 'Quote', 'KeyE', 'Minus', 'KeyA', 'FVS4']) keyboard.press(key);
    expect(element.value).to.equal('ᠤᠭ\u180Bᠡ\u202Fᠠ\u180F');
    expect(new FormData(form).get('letter')).to.equal('ᠤᠭ\u180Bᠡ\u202Fᠠ\u180F');
    keyboard.press('Backspace');
    expect(element.value).to.equal('ᠤᠭ\u180Bᠡ\u202Fᠠ');
  });

  it('moves physically with the arrow keys: ↓ along the column, → to the next column', async () => {
    mount(`<bichig-textarea label="x" style="font-size: 24px; width: 400px; height: 220px"></bichig-textarea>`);
    const element = await ready<BichigTextarea>('bichig-textarea');
    element.value = 'ᠮᠣᠩᠭᠣᠯ\nᠪᠢᠴᠢᠭ';
    element.focus();
    element.setSelectionRange(0, 0);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.selectionStart).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(element.selectionStart).to.be.within(7, 12);
    await sendKeys({ press: 'ArrowLeft' });
    expect(element.selectionStart).to.be.within(0, 6);
    await sendKeys({ press: 'Shift+ArrowDown' });
    expect(element.selectionEnd - element.selectionStart).to.equal(1);
  });

  it('<bichig-input>: one column; Enter submits the form and adds no line break', async () => {
    const form = mount(
      `<form><bichig-input name="q" label="搜索" style="font-size: 24px; width: 120px"></bichig-input></form>`,
    ).querySelector('form')!;
    const element = await ready<BichigInput>('bichig-input');
    const control = element.nativeControl as HTMLElement;
    expect(control.localName).to.equal('bichig-editable-text');
    expect(control.getAttribute('aria-multiline')).to.equal('false');
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    element.focus();
    await sendKeys({ type: 'abc' });
    await sendKeys({ press: 'Enter' });
    expect(element.value).to.equal('abc');
    expect(submitted?.get('q')).to.equal('abc');
    element.value = 'ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ ᠤᠨ ᠪᠢᠴᠢᠭ ᠦᠨ ᠬᠡᠯᠡ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠨᠡᠯᠢᠶᠡᠳ ᠤᠷᠲᠤ ᠦᠭᠡ';
    // A long value stays in one column: it overflows along it, never into a second one.
    expect(control.scrollHeight).to.be.greaterThan(control.clientHeight);
    expect(control.scrollWidth).to.be.at.most(control.clientWidth + 1);
    // Its one column sits in the middle of the box, as an <input>'s line does.
    const column = charBox(control, 0);
    const box = control.getBoundingClientRect();
    expect(Math.abs((column.left + column.right) / 2 - (box.left + box.right) / 2)).to.be.at.most(2);
    await screenshot(element, 'editable-input');
    // Line breaks inserted by a script or a drop become spaces.
    element.setSelectionRange(0, 0);
    element.focus();
    document.execCommand('insertText', false, 'ᠠ\nᠡ');
    expect(element.value.startsWith('ᠠ ᠡ')).to.equal(true);
  });

  it('stops at maxlength, for typing and for the on-screen keyboard', async () => {
    mount(
      `<bichig-textarea id="target" label="x" maxlength="5"></bichig-textarea><bichig-keyboard for="target"></bichig-keyboard>`,
    );
    const element = await ready<BichigTextarea>('bichig-textarea');
    element.focus();
    // The keyboard maps the Latin keys to the standard layout's letters.
    await sendKeys({ type: 'abcdefg' });
    expect(element.value).to.equal('ᠠᠪᠴᠳᠡ');
    const keyboard = document.querySelector('bichig-keyboard') as BichigKeyboard;
    await keyboard.updateComplete;
    keyboard.press('KeyV');
    expect(element.value).to.equal('ᠠᠪᠴᠳᠡ');
  });

  it('read-only: focusable and selectable, not editable; disabled: not focusable, not submitted', async () => {
    const form = mount(
      `<form><bichig-textarea name="a" label="a" readonly value="ᠠ"></bichig-textarea><bichig-input name="b" label="b" disabled value="ᠡ"></bichig-input></form>`,
    ).querySelector('form')!;
    const readOnly = await ready<BichigTextarea>('bichig-textarea');
    const disabled = await ready<BichigInput>('bichig-input');
    readOnly.value = 'ᠮᠣᠩᠭᠣᠯ';
    readOnly.focus();
    expect(readOnly.shadowRoot!.activeElement).to.equal(readOnly.nativeControl);
    await sendKeys({ type: 'x' });
    expect(readOnly.value).to.equal('ᠮᠣᠩᠭᠣᠯ');
    expect(readOnly.nativeControl!.getAttribute('aria-readonly')).to.equal('true');
    disabled.focus();
    expect(disabled.shadowRoot!.activeElement).to.equal(null);
    expect(disabled.nativeControl!.getAttribute('aria-disabled')).to.equal('true');
    expect([...new FormData(form).keys()]).to.deep.equal(['a']);
  });

  it('validates, resets to its default value, and shows its placeholder when empty', async () => {
    const form = mount(
      `<form><bichig-textarea name="letter" label="x" required placeholder="ᠪᠢᠴᠢᠭ">ᠠᠯᠠ</bichig-textarea></form>`,
    ).querySelector('form')!;
    const element = await ready<BichigTextarea>('bichig-textarea');
    expect(element.value).to.equal('ᠠᠯᠠ');
    element.value = '';
    expect(element.checkValidity()).to.equal(false);
    expect(element.validity.valueMissing).to.equal(true);
    const control = element.nativeControl as HTMLElement;
    // Firefox gives the computed content unresolved.
    expect(['"ᠪᠢᠴᠢᠭ"', 'attr(placeholder)']).to.include(getComputedStyle(control, '::before').content);
    expect(control.getAttribute('placeholder')).to.equal('ᠪᠢᠴᠢᠭ');
    element.focus();
    await sendKeys({ type: 'a' });
    expect(element.checkValidity()).to.equal(true);
    expect(getComputedStyle(control, '::before').content).to.equal('none');
    form.reset();
    expect(element.value).to.equal('ᠠᠯᠠ');
  });

  it('is a named text box in Mongolian for assistive technology, and axe-clean', async () => {
    mount(
      `<label for="letter">信件</label><bichig-textarea id="letter"></bichig-textarea><bichig-input label="姓名"></bichig-input>`,
    );
    const element = await ready<BichigTextarea>('bichig-textarea');
    await ready<BichigInput>('bichig-input');
    const control = element.nativeControl as HTMLElement;
    expect(control.getAttribute('role')).to.equal('textbox');
    expect(control.getAttribute('aria-multiline')).to.equal('true');
    expect(control.getAttribute('aria-label')).to.equal('信件');
    expect(control.lang).to.equal('mn-Mong');
    const result = await runAxe(document.body, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('<bichig-search> on a vertical page: the box is a vertical <bichig-input>, and Enter searches what was typed', async () => {
    document.body.style.writingMode = 'vertical-lr';
    try {
      const element = await mountColumn<BichigSearch>(
        'bichig-search',
        { now: NOW, site: 'xlgl', lang: 'mn-Mong' },
        {
          cluster: await fixtureCluster(),
        },
      );
      await element.whenIndexed();
      const box = element.shadowRoot!.querySelector<BichigInput>('[part~="input"]')!;
      expect(box.localName).to.equal('bichig-input');
      await customElements.whenDefined('bichig-input');
      await box.updateComplete;
      expect(getComputedStyle(box.nativeControl!).writingMode).to.equal('vertical-lr');
      const searches: string[] = [];
      element.addEventListener('bichig-search', (e) => searches.push(e.detail.query));
      box.focus();
      await sendKeys({ type: '草原' });
      await sendKeys({ press: 'Enter' });
      await settled(element);
      expect(searches).to.deep.equal(['草原']);
      expect(box.value).to.equal('草原');
    } finally {
      document.body.style.writingMode = '';
    }
  });
});
