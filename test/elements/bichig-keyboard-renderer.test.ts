// How <bichig-keyboard> draws the letter forms of its long-press menu, per `renderer`. This file
// runs in a page of its own: the first test proves that `native` never downloads HarfBuzz or the
// shaping font (a page drawn natively, like the portal's, must not pay for them on a keystroke).
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '@bichig/elements/bichig-keyboard.js';
import type { BichigKeyboard } from '@bichig/elements';
import { probeNativeShaping } from '../../packages/elements/src/internal/probe.js';

const FVS2 = '\u180C';

/** Opens the forms of ᠭ after ᠤ (medial/final) from the keyboard (Shift+F10 on the key), as a keyboard user does. */
async function openForms(renderer: string): Promise<{ keyboard: BichigKeyboard; menu: Element; items: HTMLElement[] }> {
  const main = document.createElement('main');
  main.innerHTML = `<textarea id="t" aria-label="t">ᠤ</textarea><bichig-keyboard for="t" renderer="${renderer}"></bichig-keyboard>`;
  document.body.append(main);
  const field = main.querySelector('textarea')!;
  const keyboard = main.querySelector('bichig-keyboard')!;
  await keyboard.updateComplete;
  field.focus();
  field.setSelectionRange(1, 1);
  keyboard.shadowRoot!.querySelector<HTMLButtonElement>('.keys button[data-key="KeyG"]')!.focus();
  await sendKeys({ press: 'Shift+F10' });
  await keyboard.updateComplete;
  const menu = keyboard.shadowRoot!.querySelector('[part~="variants"]')!;
  expect(menu, 'the forms menu is open').to.not.equal(null);
  return { keyboard, menu, items: [...menu.querySelectorAll<HTMLElement>('[data-variant]')] };
}

/** What the page has downloaded of the shaped renderer: HarfBuzz's WASM and the shaping font. */
function shapedDownloads(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\.wasm$|\.ttf\.gz$/.test(new URL(name).pathname));
}

/** Resolves when the menu shows `count` shaped pictures (they arrive once HarfBuzz has loaded). */
function everyFormShaped(menu: Element, count: number): Promise<void> {
  return new Promise((resolve) => {
    const seen = () => menu.querySelectorAll('svg').length === count;
    if (seen()) return resolve();
    new MutationObserver((_, observer) => {
      if (seen()) {
        observer.disconnect();
        resolve();
      }
    }).observe(menu, { childList: true, subtree: true });
  });
}

afterEach(() => document.body.replaceChildren());

describe('<bichig-keyboard renderer>', () => {
  it('native: the forms are the browser’s text in the project font, with the joiners that give their position; no HarfBuzz is downloaded', async () => {
    const { keyboard, menu, items } = await openForms('native');
    expect(items.length).to.be.greaterThan(1);
    const glyphs = [...menu.querySelectorAll('.glyph')];
    expect(glyphs.length).to.equal(items.length);
    for (const glyph of glyphs) {
      expect(glyph.classList.contains('native')).to.equal(true);
      expect(glyph.getAttribute('lang')).to.equal('mn-Mong');
      expect(glyph.getAttribute('data-form')).to.match(/^\u200D?ᠭ[\u180B-\u180F]?\u200D?$/);
    }
    expect(glyphs.some((glyph) => glyph.getAttribute('data-form')!.includes(FVS2))).to.equal(true);
    // Drawn: each form has ink of its own (the stylesheet sets it from data-form).
    for (const glyph of glyphs) expect(glyph.getBoundingClientRect().height).to.be.greaterThan(10);
    // The fonts the page can draw natively have loaded and a frame is drawn: still nothing shaped.
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await keyboard.updateComplete;
    expect(menu.querySelectorAll('svg').length).to.equal(0);
    expect(shapedDownloads()).to.deep.equal([]);
  });

  it('auto: the forms are shaped exactly where this browser does not shape the font as HarfBuzz does', async () => {
    const { keyboard, menu, items } = await openForms('auto');
    const probe = await probeNativeShaping();
    if (probe.agrees) {
      await keyboard.updateComplete;
      expect(menu.querySelectorAll('svg').length).to.equal(0);
      expect(menu.querySelectorAll('.glyph.native').length).to.equal(items.length);
    } else {
      await everyFormShaped(menu, items.length);
      expect(menu.querySelectorAll('.glyph.native').length).to.equal(0);
    }
  });

  it('shaped: the forms are HarfBuzz’s glyph outlines', async () => {
    const { menu, items } = await openForms('shaped');
    await everyFormShaped(menu, items.length);
    expect(menu.querySelectorAll('svg use').length).to.be.greaterThan(0);
  });
});
