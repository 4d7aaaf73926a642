// @bichig/elements/config.js: a light entry (no Lit, no element, no core) that points the
// elements at the site's own copies of the fonts. The test server serves @bichig/fonts' files
// also under /node_modules/@bichig/fonts/ (the workspace link), a folder other than the default.
// Its own page: the configuration is per page.
import { expect } from '@esm-bundle/chai';
import type { BichigText, BichigFallbackEvent } from '@bichig/elements';

performance.setResourceTimingBufferSize(100_000);

const COPIES = new URL('/node_modules/@bichig/fonts/', location.href).href;
const names = (from = 0): string[] =>
  performance
    .getEntriesByType('resource')
    .slice(from)
    .map((e) => e.name);

async function mountNative(text: string): Promise<{ element: BichigText; fallbacks: BichigFallbackEvent[] }> {
  const element = document.createElement('bichig-text') as BichigText;
  element.setAttribute('renderer', 'native');
  element.textContent = text;
  const fallbacks: BichigFallbackEvent[] = [];
  element.addEventListener('bichig-fallback', (event) => fallbacks.push(event));
  document.body.append(element);
  await element.whenRendered();
  return { element, fallbacks };
}

describe('@bichig/elements/config.js', () => {
  afterEach(() => document.querySelectorAll('bichig-text').forEach((e) => e.remove()));

  it('loads nothing heavy: no Lit, no element module, no core', async () => {
    const from = performance.getEntriesByType('resource').length;
    const config = await import('@bichig/elements/config.js');
    expect(config.setBasePath).to.be.a('function');
    const loaded = names(from);
    expect(loaded.some((name) => name.includes('/packages/elements/src/config'))).to.equal(true);
    expect(
      loaded.filter((name) => /\/lit|@lit|\/packages\/core\/|\/shared\/|harfbuzz|\.woff2/.test(name)),
    ).to.deep.equal([]);
  });

  it('defaults to the fonts of @bichig/fonts, resolved against its module', async () => {
    const { getBasePath, getFontSources, DEFAULT_FONT_SOURCES } = await import('@bichig/elements/config.js');
    const { mongolianWoff2, mongolianTtfGz, chineseWoff2 } = await import('@bichig/fonts');
    expect(getFontSources()).to.deep.equal({
      mongolian: mongolianWoff2.href,
      mongolianShaping: mongolianTtfGz.href,
      chinese: chineseWoff2.href,
    });
    expect(DEFAULT_FONT_SOURCES.mongolian).to.equal(mongolianWoff2.href);
    expect(getBasePath()).to.equal(new URL('./', mongolianWoff2).href);
  });

  it('a site that configures only its own Mongolian font shapes with it too; a shaping file can be named', async () => {
    const { configureFonts, getFontSources, DEFAULT_FONT_SOURCES } = await import('@bichig/elements/config.js');
    const { resetFontConfigurationForTesting } = await import('../../packages/elements/src/config.js');
    configureFonts({ mongolian: '/site/mongolian.woff2' });
    const own = new URL('/site/mongolian.woff2', location.href).href;
    expect(getFontSources()).to.deep.equal({
      mongolian: own,
      mongolianShaping: own,
      chinese: DEFAULT_FONT_SOURCES.chinese,
    });
    configureFonts({ mongolianShaping: '/site/mongolian.ttf.gz' });
    expect(getFontSources().mongolianShaping).to.equal(new URL('/site/mongolian.ttf.gz', location.href).href);
    expect(getFontSources().mongolian).to.equal(own);
    resetFontConfigurationForTesting();
    expect(getFontSources()).to.deep.equal(DEFAULT_FONT_SOURCES);
  });

  it('rejects a bad base path or font URL with a FontConfigurationError', async () => {
    const { setBasePath, configureFonts, FontConfigurationError } = await import('@bichig/elements/config.js');
    expect(() => setBasePath('')).to.throw(FontConfigurationError, /non-empty/);
    expect(() => setBasePath(42 as unknown as string)).to.throw(FontConfigurationError);
    expect(() => setBasePath('/fonts/?v=1')).to.throw(FontConfigurationError, /folder/);
    expect(() => configureFonts({ mongolian: ' ' })).to.throw(FontConfigurationError, /mongolian/);
    expect(() => configureFonts(null as unknown as object)).to.throw(FontConfigurationError);
  });

  it('setBasePath() redirects the font requests to the folder, and the text is drawn in that font', async () => {
    const { setBasePath, getBasePath, getFontSources } = await import('@bichig/elements/config.js');
    setBasePath('/node_modules/@bichig/fonts'); // relative to the page, trailing slash added
    expect(getBasePath()).to.equal(COPIES);
    expect(getFontSources().mongolian).to.equal(`${COPIES}NotoSansMongolian-Regular.woff2`);
    expect(getFontSources().chinese).to.equal(`${COPIES}NotoSansSC-GB2312-Regular.woff2`);
    expect(getFontSources().mongolianShaping).to.equal(`${COPIES}NotoSansMongolian-Regular.ttf.gz`);
    const from = performance.getEntriesByType('resource').length;
    await import('@bichig/elements/bichig-text.js');
    const { fallbacks } = await mountNative('ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ');
    expect(fallbacks).to.deep.equal([]);
    const fonts = names(from).filter((name) => name.includes('.woff2'));
    expect(fonts).to.deep.equal([`${COPIES}NotoSansMongolian-Regular.woff2`]);
    expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
  });

  it('once the fonts are in use, changing them throws (the index re-exports the same state)', async () => {
    const { setBasePath, FontConfigurationError } = await import('@bichig/elements/config.js');
    const index = await import('@bichig/elements');
    expect(() => setBasePath('/elsewhere/')).to.throw(FontConfigurationError, /already loaded/);
    expect(() => index.configureFonts({ mongolian: '/elsewhere/m.woff2' })).to.throw(FontConfigurationError);
    expect(index.getBasePath()).to.equal(COPIES);
    setBasePath(COPIES); // the same folder again is no change
  });

  it('a base path without the fonts: the text stays visible and bichig-fallback names the URL and the 404', async () => {
    const { resetFontsForTesting } = await import('../../packages/elements/src/internal/fonts.js');
    const { setBasePath } = await import('@bichig/elements/config.js');
    resetFontsForTesting();
    setBasePath('/no-such-folder/');
    const { element, fallbacks } = await mountNative('ᠮᠣᠩᠭᠣᠯ');
    expect(fallbacks.length).to.equal(1);
    expect(fallbacks[0]!.detail.reason).to.equal('font');
    expect(fallbacks[0]!.detail.error.message).to.contain('/no-such-folder/NotoSansMongolian-Regular.woff2');
    expect(fallbacks[0]!.detail.error.message).to.match(/answered 404/);
    const text = element.shadowRoot!.querySelector('.native')!;
    expect(text.textContent).to.equal('ᠮᠣᠩᠭᠣᠯ');
    expect(text.getBoundingClientRect().height).to.be.greaterThan(10);
    resetFontsForTesting();
  });
});
