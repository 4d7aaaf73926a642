// The fonts do not arrive (blocked with a 404): every renderer still shows the text, natively,
// and says why with a bichig-fallback event. Its own file: blocking is per page.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '@bichig/elements/bichig-text.js';
import { configureFonts, getFontSources } from '@bichig/elements';
import { expectNativeText, mountText } from './support/fallback.js';

describe('<bichig-text> when the font request fails', () => {
  before(async () => {
    await executeServerCommand('bichig-block-requests', { patterns: ['NotoSansMongolian', 'NotoSansSC'] });
    // Fresh URLs, so that no cached copy from another test page can answer.
    const { mongolian, chinese } = getFontSources();
    configureFonts({ mongolian: `${mongolian}?blocked-font-test`, chinese: `${chinese}?blocked-font-test` });
  });

  for (const renderer of ['shaped', 'auto', 'native']) {
    it(`renderer="${renderer}": the text is still visible and an event says the font failed`, async () => {
      const { element, fallback } = mountText(renderer);
      const event = await fallback;
      const rendered = await element.whenRendered();
      expect(event.detail.reason).to.equal('font');
      // The real cause: the URL that failed and the server's answer.
      expect(event.detail.error.message).to.contain('NotoSansMongolian-Regular.woff2?blocked-font-test');
      expect(event.detail.error.message).to.match(/answered 404/);
      expect(rendered.renderer).to.equal('native');
      const text = expectNativeText(element);
      expect(text.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(getComputedStyle(text).visibility).to.equal('visible');
      expect(getComputedStyle(element).color).to.not.equal('rgba(0, 0, 0, 0)');
      element.remove();
    });
  }
});
