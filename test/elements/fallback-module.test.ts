// The shaping code does not load: a module of @bichig/core's dependency graph is blocked (as a
// CommonJS dependency fails on a page without a bundler). A shaped element shows its text
// natively and the fallback names the real cause, the code (reason `module`), not the WASM or
// the font. Its own file: a module that failed to load stays failed for the page.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import type { BichigText, BichigFallbackEvent } from '@bichig/elements';
import { UDHR_ARTICLE_1_MN } from './fixtures/udhr.js';

describe('<bichig-text> when the shaping code does not load', () => {
  before(async () => {
    await executeServerCommand('bichig-block-requests', { patterns: ['/node_modules/linebreak/'] });
  });

  it('renderer="shaped": the text is visible natively and the event says the shaping code (module) failed', async () => {
    const element = document.createElement('bichig-text') as BichigText;
    element.setAttribute('renderer', 'shaped');
    element.setAttribute('block-size', '300');
    element.textContent = UDHR_ARTICLE_1_MN;
    const fallback = new Promise<BichigFallbackEvent>((resolve) =>
      element.addEventListener('bichig-fallback', resolve, { once: true }),
    );
    document.body.append(element);
    const event = await fallback;
    const rendered = await element.whenRendered();
    expect(event.detail.reason).to.equal('module');
    expect(event.detail.requested).to.equal('shaped');
    expect(event.detail.error.message).to.contain('shaping code');
    expect(event.detail.error.message).to.contain('packages/core');
    expect(event.detail.error.message).not.to.contain('WebAssembly');
    expect(rendered.renderer).to.equal('native');
    const text = element.shadowRoot!.querySelector('.native')!;
    expect(text.textContent).to.equal(UDHR_ARTICLE_1_MN);
    expect(text.getBoundingClientRect().width).to.be.greaterThan(20);
    element.remove();
  });
});
