// The Mongolian reply of <bichig-letter-desk>: written in <bichig-textarea> with the
// <bichig-keyboard> that loads when the field is first focused (its own file: the keyboard must not
// be registered yet). Keys typed while the module is on its way are held and handed over in order;
// the module is held back until the typing is done, so that happens on every machine.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-letter-desk.js';
import type { BichigKeyboard, BichigDeskStepEvent } from '@bichig/elements';
import { screenshot } from './support/pixels.js';
import {
  $,
  $$,
  axeProblems,
  codePoints,
  languageSuiteHooks,
  typeMongolian,
  until,
} from './support/interactive-columns.js';
import { holdKeyboardModule } from './support/keyboard-module.js';
import { deskIdle, mountDesk, openLetter } from './support/desk.js';

type Field = HTMLElement & { value: string };

describe('<bichig-letter-desk> Mongolian reply', () => {
  languageSuiteHooks('zh-Hans');
  const keyboardModule = holdKeyboardModule();
  after(() => keyboardModule.letThrough());

  it('replies in Mongolian typed on the keyboard that loads on the first focus, exactly as typed', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'jiaotong' });
    await openLetter(element, 'letter-0014');
    $<HTMLInputElement>(element, 'input[type="radio"][value="mn"]').click();
    await element.updateComplete;
    const field = $(element, 'bichig-textarea[data-field="body"]') as Field;
    expect(field.getAttribute('lang')).to.equal('mn-Mong');
    const keyboard = $(element, 'bichig-keyboard');
    expect(customElements.get('bichig-keyboard') === undefined, 'not loaded with the desk').to.equal(true);
    expect(keyboard.getBoundingClientRect().height, 'takes no room before it loads').to.equal(0);

    field.focus();
    await typeMongolian('ᠰᠠᠶᠢᠨ');
    await sendKeys({ press: 'Enter' });
    expect(field.value, 'held while the keyboard is on its way').to.equal('');
    const replayed = new Promise<void>((resolve) =>
      element.addEventListener('input', () => resolve(), { capture: true, once: true }),
    );
    keyboardModule.letThrough();
    await customElements.whenDefined('bichig-keyboard');
    await replayed;
    await (keyboard as BichigKeyboard).updateComplete;
    await typeMongolian('ᠵᠠᠮ ᠵᠠᠰᠠᠨ᠎ᠠ');
    const typed = 'ᠰᠠᠶᠢᠨ\nᠵᠠᠮ ᠵᠠᠰᠠᠨ᠎ᠠ';
    expect(codePoints(field.value)).to.equal(codePoints(typed));
    expect(keyboard.getBoundingClientRect().height, 'the keyboard is shown').to.be.greaterThan(100);
    await screenshot(element, 'letter-desk-mongolian-reply');

    // The Chinese reply and the Mongolian one are kept apart: switching loses neither.
    $<HTMLInputElement>(element, 'input[type="radio"][value="zh"]').click();
    await element.updateComplete;
    expect($$(element, 'bichig-textarea[data-field="body"]').length).to.equal(0);
    $<HTMLInputElement>(element, 'input[type="radio"][value="mn"]').click();
    await element.updateComplete;
    expect(codePoints(($(element, 'bichig-textarea[data-field="body"]') as Field).value)).to.equal(codePoints(typed));

    const stepped = new Promise<BichigDeskStepEvent>((resolve) =>
      element.addEventListener('bichig-desk-step', resolve, { once: true }),
    );
    $<HTMLButtonElement>(element, 'form[data-action="reply"] button[type="submit"]').click();
    const event = await stepped;
    await deskIdle(element);
    expect(event.detail.action).to.equal('reply');
    const reply = adapter.letters().find((l) => l.id === 'letter-0014')!.reply!;
    expect(reply.language).to.equal('mn');
    expect(reply.body.map(codePoints)).to.deep.equal(['ᠰᠠᠶᠢᠨ', 'ᠵᠠᠮ ᠵᠠᠰᠠᠨ᠎ᠠ'].map(codePoints));
    // The reply is shown vertically, as Mongolian.
    const shown = $(element, '.reply .text');
    expect(getComputedStyle(shown).writingMode).to.equal('vertical-lr');
    expect(await axeProblems(element, [['bichig-letter-desk', 'bichig-keyboard']])).to.deep.equal([]);
  });

  it('a Mongolian reply in Latin letters is refused at the field, and nothing is sent', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'jiaotong' });
    await openLetter(element, 'letter-0033');
    $<HTMLInputElement>(element, 'input[type="radio"][value="mn"]').click();
    await element.updateComplete;
    const field = $(element, 'bichig-textarea[data-field="body"]') as Field;
    field.value = 'sain baina uu';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(element, 'form[data-action="reply"] button[type="submit"]').click();
    await until(() => $$(element, '.steps .problem').length > 0, 'the problem at the field');
    expect($(element, '.steps .problem').textContent!.trim()).to.equal(
      '“答复内容”请用传统蒙古文书写，不要使用拉丁或西里尔字母。',
    );
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(adapter.letters().find((l) => l.id === 'letter-0033')!.reply === undefined).to.equal(true);
  });
});

describe('<bichig-letter-desk> Mongolian reply in the Mongolian interface', () => {
  languageSuiteHooks('mn-Mong');

  it('the vertical desk keeps its keyboard horizontal under the reply, and sends what was typed', async () => {
    const { element, adapter } = await mountDesk({ signedIn: 'jiaotong' });
    await openLetter(element, 'letter-0014');
    expect(getComputedStyle($(element, '.desk')).writingMode).to.equal('vertical-lr');
    $<HTMLInputElement>(element, 'input[type="radio"][value="mn"]').click();
    await element.updateComplete;
    const field = $(element, 'bichig-textarea[data-field="body"]') as Field;
    field.focus();
    await customElements.whenDefined('bichig-keyboard');
    const keyboard = $(element, 'bichig-keyboard') as BichigKeyboard;
    await keyboard.updateComplete;
    expect(getComputedStyle(keyboard).writingMode).to.equal('horizontal-tb');
    expect(keyboard.getBoundingClientRect().width).to.be.greaterThan(300);
    await typeMongolian('ᠮᠠᠯ ᠨᠤᠲᠤᠭ');
    expect(codePoints(field.value)).to.equal(codePoints('ᠮᠠᠯ ᠨᠤᠲᠤᠭ'));
    await screenshot(element, 'letter-desk-mn-reply');
    $<HTMLButtonElement>(element, 'form[data-action="reply"] button[type="submit"]').click();
    await until(() => $$(element, '.outcome').length === 1, 'the outcome of the reply');
    await deskIdle(element);
    expect(adapter.letters().find((l) => l.id === 'letter-0014')!.reply?.language).to.equal('mn');
    expect(await axeProblems(element, [['bichig-letter-desk', 'bichig-keyboard']])).to.deep.equal([]);
  });
});
