// The HarfBuzz WebAssembly module does not arrive (blocked with a 404) before anything loads
// it: a shaped element shows its text natively and says the WASM failed (not the code, not the
// font); an auto element never needed it (its probe is precomputed) and draws natively without
// any fallback. Its own file: a module that failed to evaluate stays failed for the page.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import { expectNativeText, mountText } from './support/fallback.js';

const requested = (part: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

describe('<bichig-text> when the WASM request fails', () => {
  before(async () => {
    performance.setResourceTimingBufferSize(100_000);
    await executeServerCommand('bichig-block-requests', { patterns: ['harfbuzz.wasm'] });
  });

  it('renderer="auto": draws natively in the project font with no fallback, never asking for the WASM', async () => {
    const { element, fallbacks } = mountText('auto');
    const rendered = await element.whenRendered();
    expect(rendered.renderer).to.equal('native');
    expect(fallbacks).to.deep.equal([]);
    expect(requested('harfbuzz.wasm')).to.equal(false);
    expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
    element.remove();
  });

  it('renderer="shaped": the text is still visible, in the project font, and an event says the WASM failed', async () => {
    const { element, fallbacks } = mountText('shaped');
    const rendered = await element.whenRendered();
    expect(fallbacks.length).to.equal(1);
    const event = fallbacks[0]!;
    expect(event.detail.reason).to.equal('wasm');
    expect(event.detail.requested).to.equal('shaped');
    expect(event.detail.error.message).to.contain('WebAssembly');
    expect(event.detail.error.message).to.contain('harfbuzz.wasm');
    expect(event.detail.error.message).not.to.contain('shaping code');
    expect(rendered.renderer).to.equal('native');
    expect(rendered.columns).to.be.greaterThan(3);
    expectNativeText(element);
    expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
    element.remove();
  });
});
