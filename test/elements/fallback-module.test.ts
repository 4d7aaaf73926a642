// The shaping code does not load: a module of @bichig/core's dependency graph is blocked (as a
// CommonJS dependency fails on a page without a bundler). A shaped element shows its text
// natively and the fallback names the real cause, the code (reason `module`), not the WASM or
// the font. Its own file: a module that failed to load stays failed for the page.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import { expectNativeText, mountText } from './support/fallback.js';

describe('<bichig-text> when the shaping code does not load', () => {
  before(async () => {
    await executeServerCommand('bichig-block-requests', { patterns: ['/node_modules/linebreak/'] });
  });

  it('renderer="shaped": the text is visible natively and the event says the shaping code (module) failed', async () => {
    const { element, fallback } = mountText('shaped');
    const event = await fallback;
    const rendered = await element.whenRendered();
    expect(event.detail.reason).to.equal('module');
    expect(event.detail.requested).to.equal('shaped');
    expect(event.detail.error.message).to.contain('shaping code');
    // The engine's own words name the module: Chromium and WebKit the one imported (core's
    // entry), Firefox the dependency that failed (the blocked one).
    expect(event.detail.error.message).to.match(/packages\/core|node_modules\/linebreak/);
    expect(event.detail.error.message).not.to.contain('WebAssembly');
    expect(rendered.renderer).to.equal('native');
    expectNativeText(element);
    element.remove();
  });
});
