// The HarfBuzz WebAssembly module does not arrive (blocked with a 404) before anything loads
// it: a shaped element shows its text natively and says the WASM failed (not the code, not the
// font); an auto element never needed it (its probe is precomputed) and draws natively without
// any fallback. Its own file: a module that failed to evaluate stays failed for the page.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import type { BichigText, BichigFallbackEvent } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';

function mount(renderer: string): { element: BichigText; fallbacks: BichigFallbackEvent[] } {
  const element = document.createElement('bichig-text') as BichigText;
  element.setAttribute('renderer', renderer);
  element.setAttribute('block-size', '300');
  element.textContent = UDHR_ARTICLE_1_MN;
  const fallbacks: BichigFallbackEvent[] = [];
  element.addEventListener('bichig-fallback', (event) => fallbacks.push(event));
  document.body.append(element);
  return { element, fallbacks };
}

const requested = (part: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));

describe('<bichig-text> when the WASM request fails', () => {
  before(async () => {
    performance.setResourceTimingBufferSize(100_000);
    await executeServerCommand('bichig-block-requests', { patterns: ['harfbuzz.wasm'] });
  });

  it('renderer="auto": draws natively in the project font with no fallback, never asking for the WASM', async () => {
    const { element, fallbacks } = mount('auto');
    const rendered = await element.whenRendered();
    expect(rendered.renderer).to.equal('native');
    expect(fallbacks).to.deep.equal([]);
    expect(requested('harfbuzz.wasm')).to.equal(false);
    expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
    element.remove();
  });

  it('renderer="shaped": the text is still visible, in the project font, and an event says the WASM failed', async () => {
    const { element, fallbacks } = mount('shaped');
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
    const text = element.shadowRoot!.querySelector('.native')!;
    expect(text.textContent).to.equal(UDHR_ARTICLE_1_MN);
    expect(text.getBoundingClientRect().width).to.be.greaterThan(20);
    expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
    element.remove();
  });
});
