// <bichig-letter-desk> in the Mongolian interface (mn-Mong): its words in traditional script with
// lang="mn-Mong", a Mongolian letter set vertically, routing it, and axe-core. The Mongolian reply
// typed on <bichig-keyboard> is in bichig-letter-desk-keyboard.test.ts (the keyboard must not be
// registered before it).
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-letter-desk.js';
import { currentStatus } from '@bichig/cluster';
import { screenshot } from './support/pixels.js';
import { $, $$, axeProblems, languageSuiteHooks, textOf, until } from './support/interactive-columns.js';
import { SITE_ORG, deskIdle, listedIds, mountDesk, openLetter, signIn } from './support/desk.js';

describe('<bichig-letter-desk> in Mongolian', () => {
  languageSuiteHooks('mn-Mong');

  it('signs in with Mongolian labels marked lang="mn-Mong", and says a wrong password in Mongolian', async () => {
    const { element } = await mountDesk({ site: 'xlgl-mn' });
    expect($(element, '.desk').getAttribute('lang')).to.equal('mn-Mong');
    expect(textOf($(element, 'label[for$="-username"]'))).to.equal('ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ\u202Fᠶᠢᠨ ᠨᠡᠷ᠎ᠡ');
    expect(getComputedStyle($(element, 'label[for$="-password"]')).fontFamily).to.contain('Bichig Mongolian');
    expect(await axeProblems(element)).to.deep.equal([]);
    await signIn(element, 'mn-office', 'wrong');
    expect(textOf($(element, '.sign-in-error'))).to.equal(
      'ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ\u202Fᠶᠢᠨ ᠨᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠨᠢᠭᠤᠴᠠ ᠳᠤᠭᠠᠷ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃',
    );
    await screenshot(element, 'letter-desk-mn-sign-in');
  });

  it('shows a Mongolian letter vertically, routes it, and has no axe-core violations', async () => {
    const { element, adapter } = await mountDesk({ site: 'xlgl-mn', signedIn: 'mn-office' });
    expect(listedIds(element)).to.deep.equal(['letter-0003']);
    await openLetter(element, 'letter-0003');
    const text = $(element, '.letter-body .text');
    expect(text.getAttribute('lang')).to.equal('mn-Mong');
    expect(getComputedStyle(text).writingMode).to.equal('vertical-lr');
    expect($$(element, '.letter-body bichig-text').length).to.equal(2);
    expect($(element, '.desk-letter h2 span').getAttribute('lang')).to.equal('mn-Mong');
    expect(textOf($(element, '.steps h3'))).to.equal('ᠰᠢᠳᠭᠡᠬᠦ');
    expect(await axeProblems(element)).to.deep.equal([]);
    await screenshot(element, 'letter-desk-mn-desktop');
    const select = $<HTMLSelectElement>(element, 'select[data-field="handlingOrgCode"]');
    const option = [...select.options].find((o) => o.value === SITE_ORG)!;
    expect(option.getAttribute('lang')).to.equal('mn-Mong');
    select.value = SITE_ORG;
    select.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(element, 'form[data-action="accept"] button[type="submit"]').click();
    await until(() => $$(element, '.outcome').length === 1, 'the outcome of the step');
    await deskIdle(element);
    expect(textOf($(element, '.outcome'))).to.equal('ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠴᠤ᠂ ᠰᠢᠳᠭᠡᠬᠦ ᠭᠠᠵᠠᠷ\u202Fᠲᠤ ᠰᠢᠯᠵᠢᠭᠦᠯᠪᠡ᠃');
    expect(currentStatus(adapter.letters().find((l) => l.id === 'letter-0003')!)).to.equal('accepted');
    expect(await axeProblems(element)).to.deep.equal([]);
  });
});
