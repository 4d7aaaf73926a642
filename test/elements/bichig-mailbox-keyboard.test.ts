// The Mongolian mailbox loads its on-screen keyboard when a Mongolian field is first focused, not
// with the element; keys typed on a hardware keyboard while it loads are mapped by its layout, in
// order, as if it had been there. (Its own file: the keyboard must not be registered yet.)
//
// The keyboard's module is held back until the typing is done, so the keys are typed while it is
// on its way on every machine, however fast or loaded. Until it arrives the keyboard takes no room
// (an undefined <bichig-keyboard> would be an empty box as wide as the keyboard, 576 px here,
// between the letter and the contact details): that test runs first, before anything is focused.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-mailbox.js';
import { MemoryFormAdapter, type BichigKeyboard, type BichigMailbox } from '@bichig/elements';
import {
  $,
  $$,
  codePoints,
  fixtureCluster,
  mount,
  typeMongolian,
  unmountAll,
  languageSuiteHooks,
} from './support/interactive-columns.js';
import { holdKeyboardModule } from './support/keyboard-module.js';
const NOW = '2026-03-02T10:00:00+08:00';

type Field = HTMLElement & { value: string };

/**
 * Resolves after the first input event in `element`: the held keys are handed over in one go, so
 * by the time this continues (a later microtask) every one of them has been.
 */
function whenReplayed(element: HTMLElement): Promise<void> {
  return new Promise((resolve) => element.addEventListener('input', () => resolve(), { capture: true, once: true }));
}

async function mountMailbox(): Promise<BichigMailbox> {
  const cluster = await fixtureCluster();
  const adapter = MemoryFormAdapter.fromCluster(cluster, 'xlgl-mn', { now: () => new Date(NOW) });
  return mount<BichigMailbox>(
    'bichig-mailbox',
    { site: 'xlgl-mn', lang: 'mn', column: 'mailbox', now: NOW },
    { cluster, adapter },
  );
}

/** Room along the form's flex (block, here left→right) axis between the letter field and the contact fieldset. */
function roomAfterLetter(element: BichigMailbox): number {
  const letter = $(element, '.field.body').getBoundingClientRect();
  const contact = $(element, 'fieldset.contact').getBoundingClientRect();
  return contact.left - letter.right;
}

describe('<bichig-mailbox> keyboard on demand', () => {
  languageSuiteHooks('mn-Mong');
  const keyboardModule = holdKeyboardModule();
  after(() => {
    keyboardModule.letThrough();
    unmountAll();
  });

  it('takes no room with its keyboard until the module arrives: the contact details follow the letter directly', async () => {
    const element = await mountMailbox();
    const keyboard = $(element, 'bichig-keyboard');
    expect(customElements.get('bichig-keyboard') === undefined, 'not loaded with the mailbox').to.equal(true);
    expect(element.shadowRoot!.activeElement === null, 'no field focused yet').to.equal(true);
    const box = keyboard.getBoundingClientRect();
    expect(box.width, 'no empty box as wide as the keyboard').to.equal(0);
    expect(box.height).to.equal(0);
    const form = $(element, 'form');
    expect(getComputedStyle(form).writingMode, 'the form runs left to right').to.equal('vertical-lr');
    const gap = parseFloat(getComputedStyle(form).rowGap);
    const room = roomAfterLetter(element);
    expect(Math.abs(room - gap) < 1, `one gap (${gap} px) between the letter and the contact details, not ${room} px`)
      .to.be.true;
  });

  it('registers <bichig-keyboard> on the first focus of a Mongolian field, keeping every key typed meanwhile in order', async () => {
    const cluster = await fixtureCluster();
    const adapter = MemoryFormAdapter.fromCluster(cluster, 'xlgl-mn', { now: () => new Date(NOW) });
    const element = await mount<BichigMailbox>(
      'bichig-mailbox',
      { site: 'xlgl-mn', lang: 'mn', column: 'mailbox', now: NOW },
      { cluster, adapter },
    );
    expect($(element, 'bichig-keyboard'), 'the form has its keyboard in place').to.exist;
    expect(customElements.get('bichig-keyboard') === undefined, 'not loaded with the mailbox').to.equal(true);

    const subject = $(element, '[data-field="subject"]') as Field;
    const body = $(element, '[data-field="body"]') as Field;
    subject.focus();
    const typedSubject = 'ᠮᠠᠯ ᠨᠤᠲᠤᠭ';
    await typeMongolian(typedSubject);
    // Enter in the one-line subject submits the form: only after the subject's keys are in.
    await sendKeys({ press: 'Enter' });
    body.focus();
    // Enter in the letter is a line break where it was pressed; Backspace deletes the key before it.
    await typeMongolian('ᠤᠭ᠋ᠡ');
    await sendKeys({ press: 'Enter' });
    await typeMongolian('ᠲᠠᠯ᠎ᠠᠨ');
    await sendKeys({ press: 'Backspace' });
    expect(customElements.get('bichig-keyboard') === undefined, 'still on its way').to.equal(true);
    expect(subject.value, 'held, not typed as Latin letters').to.equal('');

    const typedBody = 'ᠤᠭ᠋ᠡ\nᠲᠠᠯ᠎ᠠ';
    const replayed = whenReplayed(element);
    keyboardModule.letThrough();
    await customElements.whenDefined('bichig-keyboard');
    await replayed;
    expect(codePoints(subject.value)).to.equal(codePoints(typedSubject));
    expect(codePoints(body.value)).to.equal(codePoints(typedBody));
    await element.updateComplete;
    // The form was submitted once the subject was in: the subject is not among the problems.
    const problems = $$(element, '.problem').map((p) => p.id.replace(/^.*-problem-/, ''));
    expect(problems, 'the Enter in the subject submitted the form').to.include('contact-name');
    expect(problems, 'with the subject typed before it').not.to.include('subject');
  });

  it('shows the keyboard, a real one, between the letter and the contact details once a Mongolian field is focused', async () => {
    const element = await mountMailbox();
    $(element, '[data-field="subject"]').focus();
    keyboardModule.letThrough();
    await customElements.whenDefined('bichig-keyboard');
    const keyboard = $<BichigKeyboard>(element, 'bichig-keyboard');
    await keyboard.updateComplete;
    const box = keyboard.getBoundingClientRect();
    expect(box.width > 200, `a keyboard wide (${box.width} px)`).to.be.true;
    expect(box.height > 100, `a keyboard high (${box.height} px)`).to.be.true;
    const gap = parseFloat(getComputedStyle($(element, 'form')).rowGap);
    const room = roomAfterLetter(element);
    expect(Math.abs(room - (box.width + 2 * gap)) < 1, `the keyboard and its gaps after the letter (${room} px)`).to.be
      .true;
  });
});
