import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@bichig/elements/bichig-keyboard.js';
import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-input.js';
import type { BichigKeyboard, BichigTextarea } from '@bichig/elements';
import { setLocale } from '@bichig/elements';
import {
  STANDARD_KEYS,
  INVISIBLE_CHARACTERS,
  FVS1,
  FVS2,
  FVS4,
  NNBSP,
  applyKey,
  getLayout,
  caseSuffix,
} from '@bichig/keyboard';
import type { EditorState, KeyAction } from '@bichig/keyboard';
import { screenshot } from './support/pixels.js';
import { runAxe } from './support/axe.js';

const MONGOL = 'ᠮᠣᠩᠭᠣᠯ';

function keyButton(keyboard: BichigKeyboard, id: string): HTMLButtonElement | null {
  return keyboard.shadowRoot!.querySelector<HTMLButtonElement>(`.keys button[data-key="${id}"]`);
}

async function settle(keyboard: BichigKeyboard): Promise<void> {
  await keyboard.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await keyboard.updateComplete;
}

/** Clicks the key with a real mouse (pointerdown, mousedown, mouseup, click at its centre). */
async function tap(keyboard: BichigKeyboard, id: string): Promise<void> {
  await keyboard.updateComplete;
  const button = keyButton(keyboard, id);
  if (!button) throw new Error(`no key ${id} on layer ${keyboard.currentLayer.id}`);
  button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = button.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
  });
  await keyboard.updateComplete;
}

/** Moves the mouse to the key's centre and presses the button down (no release). */
async function pressDown(keyboard: BichigKeyboard, id: string): Promise<void> {
  const rect = keyButton(keyboard, id)!.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
  });
  await sendMouse({ type: 'down' });
}

/** Activates a key as a click event would (fast: for the full-table tests). */
async function click(keyboard: BichigKeyboard, id: string): Promise<void> {
  await keyboard.updateComplete;
  const button = keyButton(keyboard, id);
  if (!button) throw new Error(`no key ${id} on layer ${keyboard.currentLayer.id}`);
  button.click();
  await keyboard.updateComplete;
}

function mount(html: string): HTMLElement {
  // A page's content lives in landmarks; the elements are tested inside one, as a site uses them.
  const host = document.createElement('main');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('zh-Hans');
});

describe('<bichig-keyboard> standard layout (GB/T 28038 ≡ KBDMONST)', () => {
  it('types the table code point of every key, on the base and shift levels', async () => {
    mount(`<textarea id="field" aria-label="field"></textarea><bichig-keyboard for="field"></bichig-keyboard>`);
    const field = document.getElementById('field') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    let checked = 0;
    for (const key of STANDARD_KEYS) {
      for (const level of ['base', 'shift'] as const) {
        const output = key[level];
        if (level === 'shift') await click(keyboard, 'ShiftLeft');
        expect(keyboard.currentLayer.id).to.equal(level);
        if (typeof output !== 'string') {
          // Nothing on this level: the key is drawn as an empty, inert space.
          expect(keyButton(keyboard, key.code), `${key.code} ${level}`).to.equal(null);
          if (level === 'shift') await click(keyboard, 'ShiftLeft');
          continue;
        }
        field.value = '';
        await click(keyboard, key.code);
        const got = Array.from(
          field.value,
          (c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
        ).join(' ');
        const want = Array.from(
          output,
          (c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
        ).join(' ');
        expect(got, `${key.code} ${level}`).to.equal(want);
        // The on-screen shift is one-shot: back on the base layer after one character.
        expect(keyboard.currentLayer.id).to.equal('base');
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(60);
  });

  it('matches spot checks written out from the KBDMONST table', async () => {
    mount(`<textarea id="field" aria-label="field"></textarea><bichig-keyboard for="field"></bichig-keyboard>`);
    const field = document.getElementById('field') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    for (const code of ['KeyQ', 'KeyA', 'KeyN', 'Minus', 'Quote', 'Backquote', 'KeyM', 'KeyG'])
      await click(keyboard, code);
    await click(keyboard, 'ShiftLeft');
    await click(keyboard, 'KeyN');
    await click(keyboard, 'ShiftLeft');
    await click(keyboard, 'Minus');
    expect(field.value).to.equal('\u1823\u1820\u1828\u202F\u180B\u180D\u182E\u182D\u1829\u180E');
  });

  it('has named, typeable keys for FVS1–4, MVS, NNBSP, ZWJ and ZWNJ', async () => {
    mount(`<textarea id="field" aria-label="field"></textarea><bichig-keyboard for="field"></bichig-keyboard>`);
    const field = document.getElementById('field') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    // FVS4, which no standard layout has, sits on the bottom row of the letters layer.
    const fvs4 = keyButton(keyboard, 'FVS4')!;
    expect(fvs4.textContent!.trim()).to.equal('FVS4');
    expect(fvs4.getAttribute('aria-label')).to.equal('自由变体选择符四 FVS4');
    await click(keyboard, 'FVS4');
    expect(field.value).to.equal(FVS4);
    for (const info of INVISIBLE_CHARACTERS) {
      await click(keyboard, 'Controls');
      expect(keyboard.currentLayer.id).to.equal('controls');
      const button = keyButton(keyboard, info.cap)!;
      expect(button.textContent!.trim(), info.cap).to.equal(info.cap);
      expect(button.getAttribute('aria-label')).to.equal(`${info.name['zh-Hans']} ${info.cap}`);
      field.value = '';
      await click(keyboard, info.cap);
      expect(field.value, info.cap).to.equal(info.char);
      expect(keyboard.currentLayer.id, 'the controls layer is one-shot').to.equal('base');
    }
  });

  it('keys are at least 44 × 44 px', async () => {
    mount(`<bichig-keyboard></bichig-keyboard>`);
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    const buttons = [...keyboard.shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.be.greaterThan(50);
    for (const button of buttons) {
      const rect = button.getBoundingClientRect();
      expect(rect.width, button.dataset['key'] ?? button.textContent!).to.be.at.least(44);
      expect(rect.height, button.dataset['key'] ?? button.textContent!).to.be.at.least(44);
    }
  });
});

describe('<bichig-keyboard> other layouts', () => {
  it('touch layout: letters, one-shot shift, symbols and controls layers, NNBSP key with MVS on long-press', async () => {
    mount(
      `<bichig-input id="q" label="q" inputmode="none"></bichig-input><bichig-keyboard for="q" layout="touch"></bichig-keyboard>`,
    );
    const field = document.querySelector('bichig-input')!;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await field.updateComplete;
    expect(field.nativeControl!.getAttribute('inputmode')).to.equal('none');
    field.focus();
    expect(keyboard.currentLayer.id).to.equal('letters');
    await tap(keyboard, 'U+182E'); // ᠮ
    await tap(keyboard, 'U+1823'); // ᠣ
    await tap(keyboard, 'NNBSP');
    await tap(keyboard, 'Shift');
    expect(keyboard.currentLayer.id).to.equal('shift');
    await tap(keyboard, 'U+1842'); // ᡂ, a loan letter on the shift layer
    expect(keyboard.currentLayer.id, 'shift is one-shot').to.equal('letters');
    await tap(keyboard, 'Symbols');
    await tap(keyboard, 'Digit1');
    await tap(keyboard, 'MongolianDigits');
    await tap(keyboard, 'Digit1'); // ᠑ on the Mongolian digits layer
    expect(keyboard.currentLayer.id, 'symbols stay').to.equal('mongolian-digits');
    await tap(keyboard, 'Letters');
    await tap(keyboard, 'Controls');
    await tap(keyboard, 'FVS4');
    expect(field.value).to.equal('ᠮᠣ\u202Fᡂ1᠑\u180F');
    expect(keyboard.currentLayer.id).to.equal('letters');
    // Long-press NNBSP offers MVS.
    const rect = keyButton(keyboard, 'NNBSP')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
    });
    await sendMouse({ type: 'down' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    await sendMouse({ type: 'up' });
    await keyboard.updateComplete;
    const items = [...keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-variant]')];
    expect(items.map((item) => item.querySelector('.caption')!.textContent)).to.deep.equal(['MVS']);
    items[0]!.click();
    expect(field.value).to.equal('ᠮᠣ\u202Fᡂ1᠑\u180F\u180E');
    keyboard.style.width = '360px';
    await screenshot(keyboard, 'bichig-keyboard-touch-360');
    for (const button of keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('.keys button')) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height), button.dataset['key']).to.be.at.least(44);
    }
  });

  it('phonetic layout: Latin keys, digraphs typed in a row (s h → ᠱ)', async () => {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t" layout="phonetic"></bichig-keyboard>`);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    for (const press of ['KeyS', 'KeyH', 'KeyI', 'KeyR', 'KeyE', 'KeyE']) await sendKeys({ press });
    expect(field.value).to.equal('ᠱᠢᠷᠡᠡ');
    const keyboard = document.querySelector('bichig-keyboard')!;
    expect(keyButton(keyboard, 'KeyS')!.querySelector('.cap')!.textContent).to.equal('s');
  });
});

describe('<bichig-keyboard> physical keys', () => {
  it('types real words by KeyboardEvent.code, whatever the OS layout', async () => {
    mount(`<bichig-textarea id="letter" label="letter"></bichig-textarea><bichig-keyboard></bichig-keyboard>`);
    const field = document.querySelector('bichig-textarea')!;
    await field.updateComplete;
    field.focus();
    // ᠮᠣᠩᠭᠣᠯ + NNBSP + ᠤᠨ, space, ᠪᠢᠴᠢᠭ, space, ᠤᠭ + FVS1 + ᠡ (an FVS typed from the home row).
    const presses = [
      'KeyM',
      'KeyQ',
      'Shift+KeyN',
      'KeyG',
      'KeyQ',
      'KeyL',
      'Minus',
      'KeyV',
      'KeyN',
      'Space',
      'KeyB',
      'KeyI',
      'KeyC',
      'KeyI',
      'KeyG',
      'Space',
      'KeyV',
      'KeyG',
      'Quote',
      'KeyE',
    ];
    for (const press of presses) await sendKeys({ press });
    expect(field.value).to.equal('ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠪᠢᠴᠢᠭ ᠤᠭ\u180Bᠡ');
    // Backspace removes one code point: the FVS goes, its letter stays.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Backspace' });
    expect(field.value).to.equal('ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠪᠢᠴᠢᠭ ᠤᠭᠡ');
    // Alt+Backquote types FVS4 (bichig's extension beside FVS3).
    await sendKeys({ press: 'Alt+Backquote' });
    expect(field.value).to.equal(`ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠪᠢᠴᠢᠭ ᠤᠭ${FVS4}ᠡ`);
  });

  it('types into a native input, a textarea and a contenteditable; shortcuts pass through', async () => {
    mount(
      `<input id="a" aria-label="a"><textarea id="b" aria-label="b"></textarea><div id="c" contenteditable="true" aria-label="c" role="textbox" style="white-space: pre-wrap"></div><bichig-keyboard></bichig-keyboard>`,
    );
    for (const id of ['a', 'b', 'c']) {
      const element = document.getElementById(id) as HTMLElement;
      element.focus();
      for (const press of ['KeyB', 'KeyI', 'KeyC', 'KeyI', 'KeyG']) await sendKeys({ press });
      const value =
        element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
          ? element.value
          : element.textContent;
      expect(value, id).to.equal('ᠪᠢᠴᠢᠭ');
      // Ctrl+A (select all) is a shortcut: the browser handles it, then typing replaces the selection.
      await sendKeys({ press: 'Control+A' });
      await sendKeys({ press: 'KeyA' });
      const after =
        element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
          ? element.value
          : element.textContent;
      expect(after, id).to.equal('ᠠ');
    }
  });

  it('can be switched off, with a toggle that keeps the field focused', async () => {
    mount(`<textarea id="b" aria-label="b"></textarea><bichig-keyboard></bichig-keyboard>`);
    const field = document.getElementById('b') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    field.focus();
    await sendKeys({ press: 'KeyA' });
    await settle(keyboard); // the suggestion bar has filled in
    const toggle = keyboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="physical-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rect = toggle.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
    });
    await keyboard.updateComplete;
    expect(keyboard.physicalKeys).to.equal(false);
    expect(keyboard.getAttribute('physical-keys')).to.equal('off');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(document.activeElement).to.equal(field);
    await sendKeys({ press: 'KeyA' });
    expect(field.value).to.equal('ᠠa');
  });

  it('leaves IME composition alone', async () => {
    mount(`<bichig-textarea id="f" label="f"></bichig-textarea><bichig-keyboard></bichig-keyboard>`);
    const field = document.querySelector('bichig-textarea')!;
    await field.updateComplete;
    field.focus();
    const control = field.nativeControl!;
    for (const init of [
      { code: 'KeyA', key: 'a', isComposing: true },
      { code: 'KeyA', key: 'Process', keyCode: 229 },
    ]) {
      const event = new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true });
      control.dispatchEvent(event);
      expect(event.defaultPrevented, JSON.stringify(init)).to.equal(false);
    }
    expect(field.value).to.equal('');
  });

  it('maps nothing while hidden', async () => {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard hidden></bichig-keyboard>`);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    await sendKeys({ press: 'KeyA' });
    expect(field.value).to.equal('a');
    document.querySelector('bichig-keyboard')!.hidden = false;
    await sendKeys({ press: 'KeyA' });
    expect(field.value).to.equal('aᠠ');
  });

  it('only maps keys for its `for` field', async () => {
    mount(
      `<textarea id="mine" aria-label="mine"></textarea><textarea id="other" aria-label="other"></textarea><bichig-keyboard for="mine"></bichig-keyboard>`,
    );
    const other = document.getElementById('other') as HTMLTextAreaElement;
    const mine = document.getElementById('mine') as HTMLTextAreaElement;
    other.focus();
    await sendKeys({ press: 'KeyA' });
    expect(other.value).to.equal('a');
    mine.focus();
    await sendKeys({ press: 'KeyA' });
    expect(mine.value).to.equal('ᠠ');
  });
});

describe('<bichig-keyboard> focus and caret', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('never takes focus from the field when a key is tapped', async () => {
    mount(`<bichig-textarea id="f" label="f"></bichig-textarea><bichig-keyboard></bichig-keyboard>`);
    const field = document.querySelector('bichig-textarea')!;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await field.updateComplete;
    field.focus();
    for (const id of ['KeyM', 'KeyQ', 'ShiftLeft', 'KeyN', 'KeyG', 'KeyQ', 'KeyL']) await tap(keyboard, id);
    expect(field.value).to.equal(MONGOL);
    expect(document.activeElement).to.equal(field);
    expect(field.shadowRoot!.activeElement).to.equal(field.nativeControl);
    expect(field.selectionStart).to.equal(MONGOL.length);
    // Focus is still in the field: the next hardware key goes there.
    await sendKeys({ press: 'Minus' });
    expect(field.value).to.equal(MONGOL + NNBSP);
    // No key has a positive tabindex and none took focus on its own.
    for (const button of keyboard.shadowRoot!.querySelectorAll('button')) expect(button.tabIndex).to.be.at.most(0);
  });

  type Probe = {
    kind: string;
    element: HTMLElement;
    read(): EditorState;
    /** False when the engine holds no selection in the field (a contenteditable's can be dropped). */
    hasSelection(): boolean;
    setSelection(start: number, end: number): void;
    focus(): void;
  };

  function textControlProbe(kind: string, element: HTMLInputElement | HTMLTextAreaElement | BichigTextarea): Probe {
    return {
      kind,
      element,
      read: () => ({
        value: element.value,
        selectionStart: element.selectionStart!,
        selectionEnd: element.selectionEnd!,
      }),
      hasSelection: () => true,
      setSelection: (start, end) => element.setSelectionRange(start, end),
      focus: () => element.focus(),
    };
  }

  /** Offsets of the DOM selection in a contenteditable, measured with Range.toString (independent of the keyboard's own mapping). */
  function editableProbe(kind: string, element: HTMLElement): Probe {
    const root = element.getRootNode();
    const selection = () => document.getSelection()!;
    // The selection's boundary points in the shadow tree, in every engine (getRangeAt() gives the
    // host in WebKit).
    type Composed = (options: { shadowRoots: ShadowRoot[] }) => StaticRange[];
    const selected = () =>
      (selection() as Selection & { getComposedRanges: Composed }).getComposedRanges({
        shadowRoots: root instanceof ShadowRoot ? [root] : [],
      })[0];
    const offset = (node: Node, offset: number) => {
      const range = document.createRange();
      range.setStart(element, 0);
      range.setEnd(node, offset);
      return range.toString().length;
    };
    return {
      kind,
      element,
      read: () => {
        const range = selected()!;
        return {
          value: element.textContent ?? '',
          selectionStart: offset(range.startContainer, range.startOffset),
          selectionEnd: offset(range.endContainer, range.endOffset),
        };
      },
      hasSelection: () => {
        const range = selected();
        return !!range && element.contains(range.startContainer) && element.contains(range.endContainer);
      },
      setSelection: (start, end) => {
        const text = element.firstChild!;
        selection().setBaseAndExtent(text, start, text, end);
      },
      focus: () => element.focus(),
    };
  }

  async function probes(): Promise<Probe[]> {
    mount(`<input id="input" aria-label="input"><textarea id="textarea" aria-label="textarea"></textarea>
      <div id="editable" contenteditable="true" role="textbox" aria-label="editable" style="white-space: pre-wrap; min-height: 2em"></div>
      <bichig-textarea id="vertical" label="vertical"></bichig-textarea>
      <div id="shadow-host"></div><bichig-keyboard></bichig-keyboard>`);
    const shadowHost = document.getElementById('shadow-host')!;
    const shadow = shadowHost.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<input id="deep-input" aria-label="deep input"><div id="deep-editable" contenteditable="true" role="textbox" aria-label="deep editable" style="white-space: pre-wrap; min-height: 2em"></div>`;
    const vertical = document.getElementById('vertical') as BichigTextarea;
    await vertical.updateComplete;
    return [
      textControlProbe('native input', document.getElementById('input') as HTMLInputElement),
      textControlProbe('native textarea', document.getElementById('textarea') as HTMLTextAreaElement),
      editableProbe('contenteditable', document.getElementById('editable')!),
      textControlProbe('<bichig-textarea>', vertical),
      textControlProbe('input in a shadow root', shadow.getElementById('deep-input') as HTMLInputElement),
      editableProbe('contenteditable in a shadow root', shadow.getElementById('deep-editable')!),
    ];
  }

  // Each step: a key id on the base layer, or a selection to set first.
  const steps: Array<{ key: string; action: KeyAction } | { select: [number, number] }> = [
    { key: 'KeyM', action: { type: 'insert', text: '\u182E' } },
    { key: 'KeyQ', action: { type: 'insert', text: '\u1823' } },
    { key: 'KeyN', action: { type: 'insert', text: '\u1828' } },
    { select: [1, 1] },
    { key: 'KeyA', action: { type: 'insert', text: '\u1820' } },
    { select: [0, 2] },
    { key: 'KeyE', action: { type: 'insert', text: '\u1821' } },
    { key: 'Quote', action: { type: 'insert', text: FVS1 } },
    { key: 'Backspace', action: { type: 'backspace' } },
    { select: [3, 3] },
    { key: 'Minus', action: { type: 'insert', text: NNBSP } },
    { select: [1, 3] },
    { key: 'Backspace', action: { type: 'backspace' } },
    { key: 'Space', action: { type: 'insert', text: ' ' } },
    { select: [0, 0] },
    { key: 'Backspace', action: { type: 'backspace' } },
    { key: 'FVS4', action: { type: 'insert', text: FVS4 } },
  ];

  for (const focused of [true, false]) {
    it(`puts caret and selection where the engine says after every key, in every kind of field (${focused ? 'field focused, mouse taps' : 'focus on the keyboard, keyboard operation'})`, async () => {
      const layout = getLayout('standard');
      // Every field and the keyboard on one screen. Where the page must scroll between a field
      // focused at its top and a key at its bottom, WebKit and Firefox reveal the focused field's
      // caret after the test has scrolled the key into view (later than focus(), unlike Chromium),
      // and the tap lands a row above the key it aimed at.
      await setViewport({ width: 800, height: 800 });
      for (const probe of await probes()) {
        const board = document.querySelector('bichig-keyboard')!;
        let expected: EditorState = { value: '', selectionStart: 0, selectionEnd: 0 };
        probe.focus();
        for (const step of steps) {
          if ('select' in step) {
            probe.focus();
            // A reader who moves the caret and then goes to a key with Tab does it in other tasks:
            // the keyboard has seen the move (selectionchange, read in its next frame) before
            // focus leaves the field. Only a contenteditable's caret is the document's selection.
            const seen =
              !focused && probe.element.isContentEditable
                ? new Promise((resolve) =>
                    document.addEventListener('selectionchange', () => requestAnimationFrame(resolve), {
                      once: true,
                    }),
                  )
                : undefined;
            probe.setSelection(...step.select);
            await seen;
            expected = { ...expected, selectionStart: step.select[0], selectionEnd: step.select[1] };
            continue;
          }
          // A keyboard user: focus goes to the key, Enter presses it; the last focused field receives it.
          const press = async (key: string) => {
            keyButton(board, key)!.focus();
            await sendKeys({ press: 'Enter' });
            await board.updateComplete;
          };
          if (focused) await tap(board, step.key);
          else await press(step.key);
          expected = applyKey(expected, step.action, { layout });
          const { layer: _layer, returnLayer: _return, pendingLatin: _pending, ...want } = expected;
          if (!focused && !probe.hasSelection()) {
            // WebKit sometimes drops a contenteditable's selection while focus is on a key, and no
            // caret is drawn in a field without focus: what the reader gets is where the keyboard
            // types next. A letter typed from the keyboard must land at the caret, and Backspace
            // take it away again, leaving the caret where it was.
            const marked = applyKey(expected, { type: 'insert', text: '\u1820' }, { layout });
            await press('KeyA');
            expect(
              probe.element.textContent,
              `${probe.kind} after ${step.key}: the next letter lands at the caret`,
            ).to.equal(marked.value);
            await press('Backspace');
            const back = applyKey(marked, { type: 'backspace' }, { layout });
            expect([back.value, back.selectionStart, back.selectionEnd]).to.deep.equal([
              want.value,
              want.selectionStart,
              want.selectionEnd,
            ]);
            expect(probe.element.textContent, `${probe.kind} after ${step.key} and the letter taken away`).to.equal(
              want.value,
            );
          } else expect(probe.read(), `${probe.kind} after ${step.key}`).to.deep.equal(want);
        }
        if (focused) {
          const root = probe.element.getRootNode() as Document | ShadowRoot;
          expect(
            root.activeElement === probe.element || probe.element.contains(root.activeElement),
            `${probe.kind} keeps focus`,
          ).to.equal(true);
        }
      }
    });
  }

  it('fires beforeinput (cancellable) and input like typing does', async () => {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard>`);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    const seen: string[] = [];
    field.addEventListener('beforeinput', (event) => {
      seen.push(`before:${event.inputType}:${event.data}`);
      if (event.data === '\u1821') event.preventDefault();
    });
    field.addEventListener('input', (event) => seen.push(`input:${(event as InputEvent).inputType}`));
    field.focus();
    await tap(keyboard, 'KeyA');
    await tap(keyboard, 'KeyE');
    expect(field.value).to.equal('\u1820');
    expect(seen).to.deep.equal(['before:insertText:\u1820', 'input:insertText', 'before:insertText:\u1821']);
  });

  it('respects maxlength and read-only fields', async () => {
    mount(
      `<bichig-textarea id="f" label="f" maxlength="2"></bichig-textarea><textarea id="r" readonly aria-label="r">x</textarea><bichig-keyboard></bichig-keyboard>`,
    );
    const field = document.querySelector('bichig-textarea')!;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await field.updateComplete;
    field.focus();
    for (const id of ['KeyA', 'KeyA', 'KeyA']) await tap(keyboard, id);
    expect(field.value).to.equal('ᠠᠠ');
    expect(keyboard.shadowRoot!.querySelector('.live')!.textContent).to.contain('2');
    const readonly = document.getElementById('r') as HTMLTextAreaElement;
    readonly.focus();
    await tap(keyboard, 'KeyA');
    expect(readonly.value).to.equal('x');
  });
});

describe('<bichig-keyboard> long-press variants', () => {
  async function longPress(keyboard: BichigKeyboard, id: string): Promise<void> {
    await pressDown(keyboard, id);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await keyboard.updateComplete;
  }

  it('shows the forms of ᠭ at the caret as shaped glyphs and inserts the chosen FVS', async () => {
    mount(
      `<bichig-textarea id="f" label="f"></bichig-textarea><bichig-keyboard for="f" renderer="shaped"></bichig-keyboard>`,
    );
    const field = document.querySelector('bichig-textarea')!;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await field.updateComplete;
    field.focus();
    await tap(keyboard, 'KeyV'); // ᠤ: the next letter is medial or final
    await longPress(keyboard, 'KeyG');
    const menu = keyboard.shadowRoot!.querySelector('[part~="variants"]')!;
    expect(menu, 'the variants menu is open').to.not.equal(null);
    expect(menu.getAttribute('role')).to.equal('menu');
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[data-variant]')];
    expect(items.length).to.be.greaterThan(1);
    // Shaped by @bichig/core: SVG glyph outlines, once HarfBuzz has loaded.
    for (let i = 0; i < 50 && !menu.querySelector('svg use'); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await keyboard.updateComplete;
    expect(menu.querySelectorAll('svg').length).to.equal(items.length);
    expect(items[0]!.getAttribute('aria-label')).to.match(/^ᠭ /);
    const fvs2Index = items.findIndex((item) => item.querySelector('.caption')!.textContent === 'FVS2');
    expect(fvs2Index, 'medial/final ᠭ has an FVS2 form').to.be.greaterThan(0);
    await screenshot(keyboard, 'bichig-keyboard-variants-zh');
    // Slide onto the FVS2 form and lift the finger.
    const target = items[fvs2Index]!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(target.left + target.width / 2), Math.round(target.top + target.height / 2)],
    });
    await sendMouse({ type: 'up' });
    await keyboard.updateComplete;
    expect(field.value).to.equal('ᠤᠭ' + FVS2);
    expect(keyboard.shadowRoot!.querySelector('[part~="variants"]')).to.equal(null);
    expect(document.activeElement).to.equal(field);
  });

  it('opens from the keyboard (Shift+F10) and is operable with arrows and Enter', async () => {
    mount(`<textarea id="t" aria-label="t">ᠤ</textarea><bichig-keyboard for="t"></bichig-keyboard>`);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    field.setSelectionRange(1, 1);
    keyButton(keyboard, 'KeyG')!.focus();
    await sendKeys({ press: 'Shift+F10' });
    await keyboard.updateComplete;
    await keyboard.updateComplete;
    const items = [...keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-variant]')];
    expect(keyboard.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(keyboard.shadowRoot!.activeElement).to.equal(items[1]);
    const label = items[1]!.getAttribute('aria-label')!;
    const fvs = Number(/FVS(\d)/.exec(label)![1]);
    await sendKeys({ press: 'Enter' });
    await keyboard.updateComplete;
    expect(field.value).to.equal('ᠤᠭ' + ['', '\u180B', '\u180C', '\u180D', '\u180F'][fvs]);
    // Focus returns to the key it came from.
    await keyboard.updateComplete;
    expect(keyboard.shadowRoot!.activeElement).to.equal(keyButton(keyboard, 'KeyG'));
  });
});

describe('<bichig-keyboard> holding Backspace', () => {
  const TEXT = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ';

  /** A textarea holding TEXT with the caret at its end, and a keyboard bound to it. */
  async function setup(): Promise<{ field: HTMLTextAreaElement; keyboard: BichigKeyboard }> {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard>`);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    field.value = TEXT;
    field.focus();
    field.setSelectionRange(TEXT.length, TEXT.length);
    return { field, keyboard };
  }

  async function waitFor(condition: () => boolean, ms: number): Promise<void> {
    for (const end = performance.now() + ms; !condition() && performance.now() < end;)
      await new Promise((resolve) => setTimeout(resolve, 20));
  }

  it('repeats while held, stops when the finger lifts, and the lift adds no extra deletion', async () => {
    const { field, keyboard } = await setup();
    await pressDown(keyboard, 'Backspace');
    // Nothing happens before the pointer lifts or the repeat delay passes.
    expect(field.value).to.equal(TEXT);
    await waitFor(() => field.value.length <= TEXT.length - 4, 5000);
    expect(field.value.length, 'four characters deleted by holding the key').to.be.at.most(TEXT.length - 4);
    await sendMouse({ type: 'up' });
    const atLift = field.value;
    expect(TEXT.startsWith(atLift), 'deleted from the caret backwards').to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(field.value, 'no deletion after the finger lifts (not by the click either)').to.equal(atLift);
    expect(atLift.length, 'the hold did not run away to the start').to.be.greaterThan(0);
    expect(document.activeElement).to.equal(field);
    // A plain tap still deletes exactly one character.
    await tap(keyboard, 'Backspace');
    expect(field.value).to.equal(atLift.slice(0, -1));
  });

  it('stops when the pointer leaves the key', async () => {
    const { field, keyboard } = await setup();
    await pressDown(keyboard, 'Backspace');
    await waitFor(() => field.value.length <= TEXT.length - 2, 5000);
    expect(field.value.length).to.be.at.most(TEXT.length - 2);
    const rect = field.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 5), Math.round(rect.top + 5)] });
    const left = field.value;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(field.value).to.equal(left);
    await sendMouse({ type: 'up' });
    expect(field.value).to.equal(left);
    // The hold ended off its key, so no click was swallowed: the next key pressed with Enter types.
    keyButton(keyboard, 'KeyA')!.focus();
    await sendKeys({ press: 'Enter' });
    await keyboard.updateComplete;
    expect(field.value).to.equal(left + 'ᠠ');
  });
});

describe('<bichig-keyboard> suggestion bar', () => {
  async function typeWord(keyboard: BichigKeyboard, keys: string[]): Promise<void> {
    for (const key of keys) {
      if (key.startsWith('Shift+')) {
        await click(keyboard, 'ShiftLeft');
        await click(keyboard, key.slice(6));
      } else await click(keyboard, key);
    }
    await settle(keyboard);
  }

  function suffixLabels(keyboard: BichigKeyboard): string[] {
    return [...keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('.suggestion.suffix')].map((button) =>
      button.getAttribute('aria-label')!,
    );
  }

  it('offers case suffixes by vowel harmony: masculine for ᠮᠣᠩᠭᠣᠯ, feminine for ᠭᠡᠷ', async () => {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard>`);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await typeWord(keyboard, ['KeyM', 'KeyQ', 'Shift+KeyN', 'KeyG', 'KeyQ', 'KeyL']);
    expect(field.value).to.equal(MONGOL);
    const masculine = suffixLabels(keyboard);
    expect(masculine[0]).to.equal('领属格 ᠤᠨ');
    expect(masculine).to.include('从比格 ᠠᠴᠠ');
    expect(masculine.join()).not.to.match(/ᠦᠨ|ᠡᠴᠡ/);
    await screenshot(keyboard, 'bichig-keyboard-suggestions-zh');
    // Choosing the genitive inserts NNBSP + suffix at the caret.
    keyboard.shadowRoot!.querySelector<HTMLButtonElement>('.suggestion.suffix')!.click();
    await settle(keyboard);
    expect(field.value).to.equal(MONGOL + NNBSP + 'ᠤᠨ');
    expect(field.selectionStart).to.equal(field.value.length);

    field.value = '';
    await typeWord(keyboard, ['KeyG', 'KeyE', 'KeyR']);
    const feminine = suffixLabels(keyboard);
    expect(feminine[0]).to.equal(`领属格 ${caseSuffix('ᠭᠡᠷ', 'genitive')}`);
    expect(feminine[0]).to.equal('领属格 ᠦᠨ');
    expect(feminine).to.include('从比格 ᠡᠴᠡ');
    expect(feminine.join()).not.to.match(/ᠤᠨ|ᠠᠴᠠ/);
  });

  it('completes words from the fixture word list and offers the FVS forms of the letter before the caret', async () => {
    mount(`<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard>`);
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await typeWord(keyboard, ['KeyM', 'KeyQ']);
    const words = [...keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('.suggestion.word')];
    expect(words.length).to.be.greaterThan(0);
    const word = words[0]!.getAttribute('aria-label')!;
    expect(word.startsWith('ᠮᠣ')).to.equal(true);
    words[0]!.click();
    await settle(keyboard);
    expect(field.value).to.equal(word);
    // FVS forms of the last letter.
    field.value = 'ᠤᠭ';
    field.setSelectionRange(2, 2);
    await settle(keyboard);
    const forms = [...keyboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('.suggestion.form')];
    expect(forms.length).to.be.greaterThan(1);
    const fvs2 = forms.find((button) => button.querySelector('.caption')!.textContent === 'FVS2')!;
    fvs2.click();
    await settle(keyboard);
    expect(field.value).to.equal('ᠤᠭ' + FVS2);
  });
});

describe('<bichig-keyboard> keyboard operation and accessibility', () => {
  it('is one tab stop; arrow keys move between keys; Enter types', async () => {
    // A button after the keyboard: Tab leaves the keyboard for it (tabbing out of the document
    // would hand Firefox's focus to its browser window for the rest of the run).
    mount(
      `<textarea id="t" aria-label="t"></textarea><bichig-keyboard for="t"></bichig-keyboard><button id="after">after</button>`,
    );
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    field.focus();
    await sendKeys({ press: 'Tab' }); // the suggestion bar's tab stop (the physical-keys toggle)
    await sendKeys({ press: 'Tab' }); // the keys
    const active = () => keyboard.shadowRoot!.activeElement as HTMLElement;
    expect(active().dataset['key']).to.equal('KeyQ');
    await sendKeys({ press: 'ArrowRight' });
    expect(active().dataset['key']).to.equal('KeyW');
    await sendKeys({ press: 'ArrowDown' });
    expect(['KeyS', 'KeyD']).to.include(active().dataset['key']);
    await sendKeys({ press: 'Home' });
    expect(active().dataset['key']).to.equal('KeyA');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(field.value).to.equal('ᠠᠠ');
    await sendKeys({ press: 'Tab' });
    expect(keyboard.shadowRoot!.activeElement).to.equal(null);
    expect(document.activeElement).to.equal(document.getElementById('after'));
  });

  it('has localised names in zh, mn and en', async () => {
    mount(`<bichig-keyboard></bichig-keyboard>`);
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    const names = async (locale: string) => {
      await setLocale(locale);
      await keyboard.updateComplete;
      return {
        keyboard: keyboard.shadowRoot!.querySelector('[part~="keyboard"]')!.getAttribute('aria-label'),
        backspace: keyButton(keyboard, 'Backspace')!.getAttribute('aria-label'),
        fvs1: keyButton(keyboard, 'Quote')!.getAttribute('aria-label'),
      };
    };
    expect(await names('zh-Hans')).to.deep.equal({
      keyboard: '蒙古文键盘：传统蒙古文（标准）',
      backspace: '退格',
      fvs1: '自由变体选择符一 FVS1',
    });
    const mn = await names('mn-Mong');
    expect(mn.backspace).to.equal('ᠬᠠᠰᠤᠬᠤ');
    expect(mn.keyboard).to.match(/^[\u1800-\u18AF\u202F :]+$/u);
    expect(mn.fvs1).to.match(/^ᠴᠢᠯᠥᠭᠡᠲᠡᠢ .* FVS1$/u);
    await screenshot(keyboard, 'bichig-keyboard-mn');
    const en = await names('en');
    expect(en).to.deep.equal({
      keyboard: 'Mongolian keyboard: Traditional Mongolian (Standard)',
      backspace: 'Backspace',
      fvs1: 'Free variation selector 1 FVS1',
    });
  });

  it('respects reduced motion', async () => {
    mount(`<bichig-keyboard></bichig-keyboard>`);
    const keyboard = document.querySelector('bichig-keyboard')!;
    await keyboard.updateComplete;
    const sheet = [...keyboard.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]);
    const reduced = sheet.find(
      (rule) => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'),
    ) as CSSMediaRule | undefined;
    expect(reduced, 'a prefers-reduced-motion rule').to.not.equal(undefined);
    expect(reduced!.cssText).to.contain('transition: none');
    // The animation by its name: WebKit serialises `animation: none` as `animation: auto` (every value initial).
    const still = [...reduced!.cssRules].find((rule) => (rule as CSSStyleRule).selectorText?.includes('.variants'));
    expect((still as CSSStyleRule | undefined)?.style.animationName).to.equal('none');
    expect(reduced!.cssText).to.contain('transform: none');
  });

  for (const locale of ['zh-Hans', 'mn-Mong']) {
    it(`has no axe-core violations (${locale}), with a field, suggestions and the variants menu open`, async () => {
      await setLocale(locale);
      mount(
        `<label for="letter" style="font-family: 'Bichig Mongolian', sans-serif">${locale === 'mn-Mong' ? 'ᠪᠢᠴᠢᠭ' : '信件'}</label><bichig-textarea id="letter" lang="mn-Mong" show-controls></bichig-textarea><bichig-keyboard for="letter"></bichig-keyboard>`,
      );
      const field = document.querySelector('bichig-textarea')!;
      const keyboard = document.querySelector('bichig-keyboard')!;
      await field.updateComplete;
      field.focus();
      for (const key of ['KeyV', 'KeyG']) await tap(keyboard, key);
      keyButton(keyboard, 'KeyG')!.focus();
      await sendKeys({ press: 'Shift+F10' });
      await settle(keyboard);
      expect(keyboard.shadowRoot!.querySelector('[part~="variants"]')).to.not.equal(null);
      // Judge the menu as it stands, not halfway through its fade-in.
      await Promise.all(keyboard.shadowRoot!.getAnimations().map((animation) => animation.finished));
      const result = await runAxe(document.body, { resultTypes: ['violations'] });
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
      );
      expect(violations).to.deep.equal([]);
      await screenshot(document.body.firstElementChild!, `bichig-keyboard-page-${locale}`);
    });
  }
});
