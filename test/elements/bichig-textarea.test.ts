import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-keyboard.js';
import type { BichigTextarea } from '@bichig/elements';
import { setLocale } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';
import { screenshot } from './support/pixels.js';
import { runAxe } from './support/axe.js';
import { verticalFormControls } from '../../packages/elements/src/internal/vertical-controls.js';
import { pasteEvent } from './support/paste.js';

const MONGOL = 'ᠮᠣᠩᠭᠣᠯ';
/** Every format control the keyboard types, between real letters, plus Chinese, Latin and digits. */
const EXACT = `ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠨᠡᠷ\u180Eᠡ ᠤᠭ\u180Bᠡ ᠲᠡ\u180Cᠷᠡ ᠭ\u180D ᠭ\u180F ᠠ\u200Dᠠ ᠠ\u200Cᠠ\n蒙古文 Unicode 2024`;

function mount(html: string): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

async function field(selector = 'bichig-textarea'): Promise<BichigTextarea> {
  const element = document.querySelector(selector) as BichigTextarea;
  await element.updateComplete;
  // Every face that has started loading, the fields' own included (WebKit's fonts.ready does not
  // wait for a face whose load began after it resolved).
  await document.fonts.ready;
  await Promise.all([...document.fonts].filter((face) => face.status === 'loading').map((face) => face.loaded));
  return element;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Ink per pixel column of a screenshot (0 = blank). */
function inkByColumn(image: ImageData): number[] {
  const columns: number[] = [];
  for (let x = 0; x < image.width; x++) {
    let sum = 0;
    for (let y = 0; y < image.height; y++) {
      const i = (y * image.width + x) * 4;
      sum += 1 - (image.data[i]! + image.data[i + 1]! + image.data[i + 2]!) / 765;
    }
    columns.push(sum);
  }
  return columns;
}

afterEach(async () => {
  document.body.replaceChildren();
  await setLocale('zh-Hans');
});

describe('<bichig-textarea> layout', () => {
  it('is a control in vertical-lr with the Mongolian font first and lang mn-Mong: a native textarea where the engine sets form controls vertically', async () => {
    mount(`<bichig-textarea label="信件"></bichig-textarea>`);
    const element = await field();
    const control = element.nativeControl!;
    expect(control.localName).to.equal(verticalFormControls() ? 'textarea' : 'bichig-editable-text');
    const style = getComputedStyle(control);
    expect(style.writingMode).to.equal('vertical-lr');
    expect(style.fontFamily.startsWith('"Bichig Mongolian Field", "Bichig Mongolian"')).to.equal(true);
    expect(control.lang).to.equal('mn-Mong');
    expect(control.getAttribute('aria-label')).to.equal('信件');
    // The centred face is the project font, loaded, without a unicode-range.
    const face = [...document.fonts].find((f) => f.family.replace(/"/g, '') === 'Bichig Mongolian Field')!;
    expect(face.status).to.equal('loaded');
    expect(face.unicodeRange.toUpperCase()).to.equal('U+0-10FFFF'); // WebKit serialises it in lower case
  });

  it('sets columns top to bottom, advancing left to right, and the wheel scrolls horizontally', async () => {
    mount(
      `<bichig-textarea label="x" style="font-size: 24px; width: 300px; height: 260px; color: black"></bichig-textarea>`,
    );
    const element = await field();
    element.value = MONGOL;
    await frame();
    const short = inkByColumn(await screenshot(element.nativeControl!, 'bichig-textarea-short'));
    const firstInk = short.findIndex((v) => v > 2);
    expect(firstInk).to.be.lessThan(40); // the first column is the leftmost
    element.value = UDHR_ARTICLE_1_MN;
    await frame();
    const long = inkByColumn(await screenshot(element.nativeControl!, 'bichig-textarea-udhr'));
    // More text fills more columns to the right, not more rows downwards.
    const inkedColumns = (ink: number[]) => ink.slice(2, -20).filter((v) => v > 2).length;
    expect(inkedColumns(long)).to.be.greaterThan(inkedColumns(short) * 3);
    const control = element.nativeControl!;
    expect(control.scrollWidth).to.be.greaterThan(control.clientWidth);
    expect(control.scrollLeft).to.equal(0);
    control.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true, cancelable: true }));
    expect(control.scrollLeft).to.be.greaterThan(0);
  });

  it('centres the caret on the baseline: the stem runs down the middle of the line box', async () => {
    mount(
      `<bichig-textarea label="x" show-controls style="font-size: 40px; width: 300px; height: 300px; color: black"></bichig-textarea>`,
    );
    const element = await field();
    element.value = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ';
    element.updateControlMarks();
    // Across the column, the caret spans the line box, whose centre is the centre of a character's
    // box (the half-leading is even on both sides). Measured on a character of the mirror, which
    // has the same text and styles: a collapsed range has an empty box in Firefox and WebKit.
    const mirror = element.shadowRoot!.querySelector('.mirror')!;
    const range = document.createRange();
    range.setStart(mirror.firstChild!, 3);
    range.setEnd(mirror.firstChild!, 4);
    const caret = range.getBoundingClientRect();
    const controlRect = element.nativeControl!.getBoundingClientRect();
    const ink = inkByColumn(await screenshot(element.nativeControl!, 'bichig-textarea-stem'));
    // The stem is the pixel column with the most ink (leave out the border).
    let stem = 2;
    for (let x = 2; x < ink.length - 2; x++) if (ink[x]! > ink[stem]!) stem = x;
    const caretCentre = (caret.left + caret.right) / 2 - controlRect.left;
    expect(caret.width).to.be.greaterThan(40);
    expect(Math.abs(stem + 0.5 - caretCentre), `stem at ${stem}, caret centre at ${caretCentre}`).to.be.at.most(2);
  });
});

describe('<bichig-textarea> editing', () => {
  it('moves physically with the arrow keys (mlreq): ↓ along the column, on to the top of the next; → and ← between columns', async () => {
    mount(`<bichig-textarea label="x" style="font-size: 24px; width: 400px; height: 220px"></bichig-textarea>`);
    const element = await field();
    element.value = `${MONGOL}\nᠪᠢᠴᠢᠭ`;
    element.focus();
    element.setSelectionRange(0, 0);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.selectionStart).to.equal(1);
    element.setSelectionRange(6, 6); // the end of the first column
    await sendKeys({ press: 'ArrowDown' });
    expect(element.selectionStart).to.equal(7); // the top of the second
    await sendKeys({ press: 'ArrowUp' });
    expect(element.selectionStart).to.equal(6);
    element.setSelectionRange(2, 2);
    await sendKeys({ press: 'ArrowRight' });
    expect(element.selectionStart).to.be.within(7, 12);
    await sendKeys({ press: 'ArrowLeft' });
    expect(element.selectionStart).to.be.within(0, 6);
    // A soft-wrapped column: End goes to its end; ↓ goes to the top of the next column, which
    // is the same offset: Home there stays put (on the first column it would go back to 0).
    element.value = UDHR_ARTICLE_1_MN;
    element.setSelectionRange(0, 0);
    await sendKeys({ press: 'End' });
    const endOfColumn = element.selectionStart;
    expect(endOfColumn).to.be.greaterThan(5).and.lessThan(UDHR_ARTICLE_1_MN.length);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.selectionStart).to.equal(endOfColumn);
    await sendKeys({ press: 'Home' });
    expect(element.selectionStart, 'the caret is at the top of the second column').to.equal(endOfColumn);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.selectionStart).to.equal(endOfColumn + 1);
    // Without End first, the browser's own ↓ walks on along the text.
    await sendKeys({ press: 'ArrowDown' });
    expect(element.selectionStart).to.equal(endOfColumn + 2);
    await sendKeys({ press: 'ArrowLeft' });
    expect(element.selectionStart).to.be.lessThan(endOfColumn);
  });

  it('keeps the value exactly as typed: every format control, line breaks, Chinese, Latin, digits', async () => {
    const form = mount(`<form><bichig-textarea name="letter" label="x"></bichig-textarea></form>`).querySelector(
      'form',
    )!;
    const element = await field();
    element.value = EXACT;
    expect(element.value).to.equal(EXACT);
    expect(element.textLength).to.equal(EXACT.length);
    expect(new FormData(form).get('letter')).to.equal(EXACT);
    // Typed with the on-screen keyboard too.
    element.value = '';
    const keyboard = document.createElement('bichig-keyboard');
    keyboard.htmlFor = 'target';
    element.id = 'target';
    form.append(keyboard);
    await keyboard.updateComplete;
    for (const key of ['KeyV', 'KeyG', 'Quote', 'KeyE', 'Minus', 'KeyA', 'FVS4']) keyboard.press(key);
    expect(element.value).to.equal('ᠤᠭ\u180Bᠡ\u202Fᠠ\u180F');
    expect(new FormData(form).get('letter')).to.equal('ᠤᠭ\u180Bᠡ\u202Fᠠ\u180F');
  });

  it('keeps a value set before the element was upgraded', async () => {
    const inert = document.implementation.createHTMLDocument('').createElement('bichig-textarea') as unknown as {
      value: string;
    };
    inert.value = MONGOL;
    const main = mount('');
    main.append(document.adoptNode(inert as unknown as HTMLElement));
    const element = await field();
    expect(element).to.equal(inert);
    expect(element.value).to.equal(MONGOL);
    expect(element.nativeControl!.value).to.equal(MONGOL);
  });

  it('keeps a value set before it is connected (a framework binding, a form drawn again on a tab switch)', async () => {
    const element = document.createElement('bichig-textarea') as BichigTextarea;
    element.value = EXACT;
    mount('').append(element);
    await element.updateComplete;
    expect(element.value).to.equal(EXACT);
    expect(element.nativeControl!.value).to.equal(EXACT);
  });

  it('reduces pasted content to plain text with the line breaks normalised', async () => {
    mount(`<bichig-textarea label="x"></bichig-textarea>`);
    const element = await field();
    element.value = 'ᠠᠠ';
    element.focus();
    element.setSelectionRange(1, 1);
    const data = new DataTransfer();
    data.setData('text/html', '<b style="color:red">ᠮᠣᠩᠭᠣᠯ</b><script>alert(1)</script>');
    data.setData('text/plain', 'ᠮᠣᠩᠭᠣᠯ\r\nᠪᠢᠴᠢᠭ\u202Fᠢ');
    const paste = pasteEvent(data);
    element.nativeControl!.dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(true);
    expect(element.value).to.equal('ᠠᠮᠣᠩᠭᠣᠯ\nᠪᠢᠴᠢᠭ\u202Fᠢᠠ');
    expect(element.selectionStart).to.equal(1 + 'ᠮᠣᠩᠭᠣᠯ\nᠪᠢᠴᠢᠭ\u202Fᠢ'.length);
  });

  it('honours IME composition: nothing is remapped, and the committed text is the value', async () => {
    const form = mount(
      `<form><bichig-textarea name="letter" label="x"></bichig-textarea><bichig-keyboard></bichig-keyboard></form>`,
    ).querySelector('form')!;
    const element = await field();
    element.focus();
    const control = element.nativeControl!;
    control.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
    const composingKey = new KeyboardEvent('keydown', {
      code: 'KeyM',
      key: 'Process',
      keyCode: 229,
      isComposing: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    control.dispatchEvent(composingKey);
    expect(composingKey.defaultPrevented, 'the keyboard leaves composing keys to the IME').to.equal(false);
    control.value = 'ᠮᠣ';
    control.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertCompositionText',
        data: 'ᠮᠣ',
        isComposing: true,
      }),
    );
    control.value = MONGOL;
    control.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        inputType: 'insertCompositionText',
        data: MONGOL,
        isComposing: true,
      }),
    );
    control.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: MONGOL }));
    expect(element.value).to.equal(MONGOL);
    expect(new FormData(form).get('letter')).to.equal(MONGOL);
    expect(element.validity.valid).to.equal(true);
  });

  it('re-fires change on the host', async () => {
    mount(`<bichig-textarea label="x"></bichig-textarea><input aria-label="other">`);
    const element = await field();
    let changes = 0;
    element.addEventListener('change', () => changes++);
    element.focus();
    await sendKeys({ type: 'ab' });
    (document.querySelector('input') as HTMLInputElement).focus();
    expect(changes).to.equal(1);
    expect(element.value).to.equal('ab');
  });
});

describe('<bichig-textarea> format-control marks', () => {
  it('shows FVS, MVS and NNBSP as named marks at their characters, without changing the value', async () => {
    mount(
      `<bichig-textarea label="x" show-controls style="font-size: 28px; width: 360px; height: 320px; color: black"></bichig-textarea>`,
    );
    const element = await field();
    const text = 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠤᠭ\u180Bᠡ ᠨᠡᠷ\u180Eᠡ ᠭ\u180F';
    element.value = text;
    // The marks follow on their own once the browser is idle (within 150 ms).
    const started = performance.now();
    while (
      element.shadowRoot!.querySelectorAll('[part~="control-mark"]').length < 4 &&
      performance.now() - started < 1000
    )
      await frame();
    expect(performance.now() - started).to.be.lessThan(1000);
    const marks = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="control-mark"]')];
    expect(marks.map((mark) => mark.textContent)).to.deep.equal(['NNBSP', 'FVS1', 'MVS', 'FVS4']);
    expect(marks.map((mark) => Number(mark.dataset['index']))).to.deep.equal([6, 12, 18, 22]);
    expect(element.value).to.equal(text);
    // Each mark lies inside the field, and further along (down, then right) than the one before.
    const box = element.nativeControl!.getBoundingClientRect();
    let previous: DOMRect | undefined;
    for (const mark of marks) {
      const rect = mark.getBoundingClientRect();
      expect(rect.left).to.be.within(box.left, box.right);
      expect(rect.top).to.be.within(box.top, box.bottom);
      if (previous) expect(rect.left > previous.left + 1 || rect.top > previous.top).to.equal(true);
      previous = rect;
    }
    // The marks are not part of the accessible or copyable text.
    expect(element.shadowRoot!.querySelector('.mirror')!.getAttribute('aria-hidden')).to.equal('true');
    await screenshot(element, 'bichig-textarea-marks');
    // The marks scroll with the text.
    element.value = Array.from({ length: 12 }, () => text).join(' ');
    element.updateControlMarks();
    const control = element.nativeControl!;
    expect(control.scrollWidth).to.be.greaterThan(control.clientWidth);
    const first = element.shadowRoot!.querySelector<HTMLElement>('[part~="control-mark"]')!;
    const before = first.getBoundingClientRect().left;
    const scrolled = new Promise((resolve) => control.addEventListener('scroll', resolve, { once: true }));
    control.scrollLeft = 60;
    await scrolled;
    expect(first.getBoundingClientRect().left).to.be.closeTo(before - control.scrollLeft, 1);
    element.showControls = false;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('[part~="control-mark"]').length).to.equal(0);
  });
});

describe('<bichig-textarea> in a form', () => {
  it('submits its value under its name', async () => {
    const form = mount(
      `<form><bichig-textarea name="letter" label="x">ᠰᠠᠢᠨ ᠪᠠᠢᠨ\u180Eᠠ ᠤᠤ</bichig-textarea><button>send</button></form>`,
    ).querySelector('form')!;
    const element = await field();
    expect(element.value).to.equal('ᠰᠠᠢᠨ ᠪᠠᠢᠨ\u180Eᠠ ᠤᠤ');
    element.value = `${MONGOL}\u202Fᠤᠨ`;
    let submitted = undefined as FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    form.querySelector('button')!.click();
    expect(submitted?.get('letter')).to.equal(`${MONGOL}\u202Fᠤᠨ`);
  });

  it('validates required, maxlength and minlength, with a custom message too', async () => {
    const form = mount(
      `<form><bichig-textarea name="letter" label="x" required maxlength="5" minlength="2"></bichig-textarea></form>`,
    ).querySelector('form')!;
    const element = await field();
    expect(element.validity.valueMissing).to.equal(true);
    expect(element.validationMessage).to.equal('请填写此字段。');
    expect(form.checkValidity()).to.equal(false);
    expect(element.matches(':invalid')).to.equal(true);
    element.value = 'ᠠ';
    expect(element.validity.tooShort).to.equal(true);
    element.value = MONGOL;
    expect(element.validity.tooLong).to.equal(true);
    expect(element.validationMessage).to.equal('最多 5 个字符，现有 6 个。');
    element.value = 'ᠠᠠ';
    expect(element.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    element.setCustomValidity('不行');
    expect(element.validity.customError).to.equal(true);
    element.setCustomValidity('');
    expect(element.validity.valid).to.equal(true);
    // The native control enforces maxlength on typing too.
    expect(element.nativeControl!.maxLength).to.equal(5);
    await setLocale('mn-Mong');
    element.value = '';
    expect(element.validationMessage).to.equal('ᠡᠨᠡ ᠬᠡᠰᠡᠭ\u202Fᠢ ᠳᠡᠭᠦᠷᠭᠡᠭᠡᠷᠡᠢ᠃');
  });

  it('resets to its default value, and is not submitted when disabled (itself or by a fieldset)', async () => {
    const form = mount(
      `<form><fieldset><bichig-textarea name="letter" label="x">ᠠ</bichig-textarea></fieldset></form>`,
    ).querySelector('form')!;
    const element = await field();
    element.value = MONGOL;
    form.reset();
    expect(element.value).to.equal('ᠠ');
    element.disabled = true;
    await element.updateComplete;
    expect(element.nativeControl!.disabled).to.equal(true);
    expect(new FormData(form).has('letter')).to.equal(false);
    element.disabled = false;
    await element.updateComplete;
    expect(new FormData(form).get('letter')).to.equal('ᠠ');
    form.querySelector('fieldset')!.disabled = true;
    await element.updateComplete;
    expect(element.nativeControl!.disabled).to.equal(true);
    expect(new FormData(form).has('letter')).to.equal(false);
  });

  it('takes its name from a <label for> and focuses from it', async () => {
    mount(`<label for="letter">信件</label><bichig-textarea id="letter"></bichig-textarea>`);
    const element = await field();
    await element.updateComplete;
    element.requestUpdate();
    await element.updateComplete;
    expect(element.nativeControl!.getAttribute('aria-label')).to.equal('信件');
    (document.querySelector('label') as HTMLLabelElement).click();
    expect(element.shadowRoot!.activeElement).to.equal(element.nativeControl);
  });

  it('passes the ARIA a page puts on the host (labelledby, describedby, invalid) on to the control', async () => {
    mount(`<h2 id="heading">给盟长写信</h2><p id="error">请写信件内容。</p>
      <bichig-textarea aria-labelledby="heading" aria-describedby="error" aria-invalid="true"></bichig-textarea>`);
    const element = await field();
    const control = element.nativeControl!;
    expect(control.getAttribute('aria-label')).to.equal('给盟长写信');
    expect(control.getAttribute('aria-description')).to.equal('请写信件内容。');
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    document.getElementById('error')!.textContent = '内容太长。';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(control.getAttribute('aria-description')).to.equal('内容太长。');
    element.removeAttribute('aria-invalid');
    await element.updateComplete;
    expect(control.hasAttribute('aria-invalid')).to.equal(false);
    const result = await runAxe(document.body, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal(
      [],
    );
  });

  for (const locale of ['zh-Hans', 'mn-Mong']) {
    it(`has no axe-core violations (${locale})`, async () => {
      await setLocale(locale);
      mount(`<form><label for="letter" style="font-family: 'Bichig Mongolian'">${locale === 'mn-Mong' ? 'ᠪᠢᠴᠢᠭ' : '信件'}</label>
        <bichig-textarea id="letter" name="letter" required show-controls>ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ</bichig-textarea>
        <bichig-textarea label="${locale === 'mn-Mong' ? 'ᠬᠠᠷᠢᠭᠤ' : '答复'}" readonly>ᠠ</bichig-textarea></form>`);
      await field();
      await frame();
      const result = await runAxe(document.body, { resultTypes: ['violations'] });
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).to.deep.equal([]);
    });
  }
});

describe('<bichig-textarea> off the page', () => {
  it('a field given a value but never attached does not throw when its format-control marks come due', async () => {
    // Storybook renders stories into a detached element to build their source snippet: the
    // marks scheduled for idle time then run on a field that is not in the document.
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const field = document.createElement('bichig-textarea') as BichigTextarea;
    field.setAttribute('show-controls', '');
    field.value = 'ᠮᠣᠩᠭᠣᠯ ᠤᠨ';
    await new Promise((resolve) => setTimeout(resolve, 400));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(field.value).to.equal('ᠮᠣᠩᠭᠣᠯ ᠤᠨ');
  });
});
