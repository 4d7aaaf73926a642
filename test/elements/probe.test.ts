// The `auto` probe in a real browser: with the default font it compares Chromium's lengths with
// the precomputed HarfBuzz advances and loads no HarfBuzz; a join broken the way old Chromium
// broke it (the run split at NNBSP or MVS, the control drawn by another font) fails it; with another Mongolian font configured it
// shapes with HarfBuzz instead. Its own page: the probe runs once per page.
import { expect } from '@esm-bundle/chai';
import '@bichig/elements/bichig-text.js';
import type { BichigText } from '@bichig/elements';
// From the modules themselves: the package index would load every element (and core with some).
import { configureFonts, isDefaultMongolianFont } from '@bichig/elements/config.js';
import { PROBE_ADVANCES } from '../../packages/elements/src/generated/probe-advances.js';
import {
  lengthsAgree,
  measureNative,
  probeNativeShaping,
  probeTolerance,
  resetProbeForTesting,
  PROBE_WORDS,
} from '../../packages/elements/src/internal/probe.js';
import { loadNativeFonts, resetFontsForTesting } from '../../packages/elements/src/internal/fonts.js';

performance.setResourceTimingBufferSize(100_000);
const requested = (part: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));
const expected = (word: string): { px: number; glyphs: number } => {
  const row = PROBE_ADVANCES.words.find((w) => w.word === word)!;
  return { px: (row.advance * 100) / PROBE_ADVANCES.upem, glyphs: row.glyphs };
};

describe('the auto probe', () => {
  it('with the default font: uses the precomputed advances, agrees in Chromium within 0.5 px, loads no HarfBuzz', async () => {
    await loadNativeFonts();
    const probe = await probeNativeShaping();
    expect(probe.source).to.equal('table');
    expect(probe.lengths.length).to.equal(PROBE_WORDS.length);
    for (const [browser, harfbuzz] of probe.lengths) {
      expect(harfbuzz).to.be.greaterThan(100);
      expect(browser).to.be.closeTo(harfbuzz, 0.5);
    }
    expect(probe.agrees).to.equal(true);
    expect(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('harfbuzz'))
        .map((e) => e.name),
    ).to.deep.equal([]);
    // Of @bichig/core, only the entries that import no package (see test/core/mongolian.test.ts).
    expect(
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => path.includes('/packages/core/'))
        .filter((path) => !/\/packages\/core\/src\/(mongolian|errors|text\/native-runs)\.ts$/.test(path)),
    ).to.deep.equal([]);
  });

  it('fails for a join broken at NNBSP or MVS: the letters and the control measured by Chromium as separate runs', async () => {
    const cases: Array<[string, string[]]> = [
      [PROBE_WORDS[0]!, ['\u182E\u1823\u1829\u182D\u1823\u182F', '\u202F', '\u1824\u1828']],
      [PROBE_WORDS[1]!, ['\u1828\u1821\u1837', '\u180E', '\u1821']],
    ];
    for (const [word, pieces] of cases) {
      const [whole, ...parts] = await measureNative([word, ...pieces]);
      const split = parts.reduce((sum, px) => sum + px, 0);
      const { px, glyphs } = expected(word);
      expect(lengthsAgree([[whole!, px]], [glyphs]), 'the whole word agrees').to.equal(true);
      expect(Math.abs(split - px)).to.be.greaterThan(probeTolerance(glyphs));
      expect(lengthsAgree([[split, px]], [glyphs]), 'the split word fails').to.equal(false);
    }
  });

  it('with another Mongolian font configured: shapes the probe words with HarfBuzz, and auto still ends native', async () => {
    resetProbeForTesting();
    resetFontsForTesting();
    // The same font under another file name (its TTF): the precomputed table does not apply.
    configureFonts({ mongolian: new URL('/fonts/NotoSansMongolian-Regular.ttf', location.href).href });
    expect(isDefaultMongolianFont()).to.equal(false);
    const element = document.createElement('bichig-text') as BichigText;
    element.textContent = PROBE_WORDS.join(' ');
    document.body.append(element);
    const rendered = await element.whenRendered();
    expect(rendered.renderer).to.equal('native');
    const probe = await probeNativeShaping();
    expect(probe.source).to.equal('harfbuzz');
    expect(probe.agrees).to.equal(true);
    expect(requested('harfbuzz.wasm')).to.equal(true);
    expect(requested('NotoSansMongolian-Regular.ttf')).to.equal(true);
    element.remove();
    resetProbeForTesting();
    resetFontsForTesting();
  });
});
