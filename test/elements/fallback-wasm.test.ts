// The HarfBuzz WebAssembly module does not arrive (blocked with a 404) before anything loads
// it: shaped and auto elements show their text natively and say why. Its own file: a module
// that failed to evaluate stays failed for the page.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import type { BichigText, BichigFallbackEvent } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';

describe('<bichig-text> when the WASM request fails', () => {
  before(async () => {
    await executeServerCommand('bichig-block-requests', { patterns: ['harfbuzz.wasm'] });
  });

  for (const renderer of ['shaped', 'auto']) {
    it(`renderer="${renderer}": the text is still visible, in the project font, and an event says the WASM failed`, async () => {
      const element = document.createElement('bichig-text') as BichigText;
      element.setAttribute('renderer', renderer);
      element.setAttribute('block-size', '300');
      element.textContent = UDHR_ARTICLE_1_MN;
      const fallback = new Promise<BichigFallbackEvent>((resolve) =>
        element.addEventListener('bichig-fallback', resolve, { once: true }),
      );
      document.body.append(element);
      const event = await fallback;
      const rendered = await element.whenRendered();
      expect(event.detail.reason).to.equal('wasm');
      expect(event.detail.requested).to.equal(renderer);
      expect(rendered.renderer).to.equal('native');
      expect(rendered.columns).to.be.greaterThan(3);
      const text = element.shadowRoot!.querySelector('.native')!;
      expect(text.textContent).to.equal(UDHR_ARTICLE_1_MN);
      expect(text.getBoundingClientRect().width).to.be.greaterThan(20);
      expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
      element.remove();
    });
  }
});
