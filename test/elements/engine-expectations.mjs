// Browser tests expected to fail in one engine, each with the feature that engine (or the driver
// that runs it) lacks. web-test-runner.config.mjs's reporter prints them by name after each run,
// counts a listed test that fails as expected, and prints a listed test that passes as "passes
// now" (remove the entry; some entries are timing-dependent, so that is a notice, not a failure).
// Nothing here is skipped: every listed test runs in every engine. Entries that say "not yet
// diagnosed" are open work for #12 (engines-native and the element owners).
//
// Keys: "<suite> > <nested suite> > <test title>" as the reporter prints them, or
// "file <path>" for a file whose hooks fail. Values: the missing feature, named.
//
// Driver gaps, not the page's: Firefox runs over WebDriver BiDi (puppeteer-core 24), which has no
// media-feature emulation, accessibility tree or clipboard permission; WebKitGTK runs over
// WebDriver classic (WebKitWebDriver), which has none of those nor request interception.

// Measured at 100 px: WebKitGTK's native shaping ignores FVS1 and FVS2, so the probe words ᠤᠭ᠋ᠡ and
// ᠨᠠᠢ᠌ᠮᠠ come out 261 and 239 px long against HarfBuzz's 206 and 214. The probe rightly fails there
// and `auto` draws shaped, which these Chromium-minded tests do not expect; the probe's other words
// agree within the whole-pixel tolerance (e.g. 446 against 446.8 px), though not within ½ px.
const WEBKIT_IGNORES_FVS =
  'the auto probe: native WebKit ignores FVS1/FVS2 in its probe words (measured 261 vs 206 px and 239 vs 214 px), so auto rightly draws shaped there (#12 item 4)';

/** @type {Record<'chromium' | 'firefox' | 'webkit', Record<string, string>>} */
export const EXPECTED_FAILURES = {
  chromium: {},
  firefox: {
    '<bichig-flow> > keeps images upright, headings and links real, focusable DOM, and emphasis on the right':
      'an accessibility tree in its driver: WebDriver BiDi (puppeteer-core) has no Accessibility.getFullAXTree (the test reads the headings and links with it)',
    '<bichig-keyboard> holding Backspace > repeats while held, stops when the finger lifts, and the lift adds no extra deletion':
      "held-key repeat count: one or two more repeats than the 26/28 allowed under this driver's event latency (timing)",
    '<bichig-keyboard> holding Backspace > stops when the pointer leaves the key':
      "held-key repeat count: one or two more repeats than the 26/28 allowed under this driver's event latency (timing)",
    '<bichig-text> shaped renderer > exposes the text, not the glyphs, to assistive technology, with lang="mn-Mong"':
      'an accessibility tree in its driver: WebDriver BiDi (puppeteer-core) has no Accessibility.getFullAXTree',
    '<bichig-picture-news> > never rotates under prefers-reduced-motion':
      'media-feature emulation (prefers-reduced-motion) in its driver, WebDriver BiDi (puppeteer-core)',
    'pay only for what renders (requests of one page) > a native <bichig-text> of Mongolian and of mixed Mongolian+Chinese requests no HarfBuzz, no core, no Chinese font':
      "Resource Timing in a shared browser: after earlier test files Firefox has the Mongolian WOFF2 cached and records no entry for it in this page (the test's positive control); the file passes run alone",
  },
  webkit: {
    '<bichig-article> in Mongolian > shows its chart (图解) unrotated, loaded, with its alt text and its caption in Mongolian':
      "HTMLImageElement.naturalWidth of an SVG picture: WebKit gives the size it is drawn at (320 px here), not the SVG's own width (720), which the test compares with the chart's",
    '<bichig-flow> > keeps images upright, headings and links real, focusable DOM, and emphasis on the right':
      'an accessibility tree in its driver: WebDriver classic (WebKitWebDriver) has no Accessibility.getFullAXTree (the test reads the headings and links with it)',
    '<bichig-text> auto renderer > probes once: in Chromium with the project font first, native shaping agrees with HarfBuzz, so auto is native':
      WEBKIT_IGNORES_FVS,
    '<bichig-text> auto renderer > treats an unknown renderer value as auto': WEBKIT_IGNORES_FVS,
    '<bichig-text> shaped renderer > exposes the text, not the glyphs, to assistive technology, with lang="mn-Mong"':
      'an accessibility tree in its driver: WebDriver classic (WebKitWebDriver) has no Accessibility.getFullAXTree',
    '<bichig-text> shaped renderer > looks like the native renderer (pixel diff of screenshots)':
      'native shaping of FVS/ZWJ words differs from HarfBuzz (engines-native, #12 item 4)',
    '<bichig-text> shaped renderer, long texts > places each word of the text layer on its glyphs':
      "whole-pixel glyph advances: WebKitGTK rounds each glyph's advance to a pixel (13.37 px serif 'i': 4 px, where Chromium gives 4.28 and Firefox 4.27), so the text layer's own text drifts from HarfBuzz's exact positions (ᠲᠥᠷᠥᠵᠦ ends at 201.0 px, its glyphs at 200.3) beyond the test's 0.5 px",
    '<bichig-textarea> layout > centres the caret on the baseline: the stem runs down the middle of the line box':
      "@font-face ascent-override/descent-override (WebKitGTK has neither: the fields' face keeps the font's own em box, so the stem sits 0.18 em off the line box's centre, 7.5 px at 40 px)",
    '<bichig-picture-news> > never rotates under prefers-reduced-motion':
      'media-feature emulation (prefers-reduced-motion) in its driver, WebDriver classic (WebKitWebDriver)',
    'file test/elements/fallback-font.test.ts':
      'request interception in its driver, WebDriver classic (WebKitWebDriver)',
    'file test/elements/fallback-module.test.ts':
      'request interception in its driver, WebDriver classic (WebKitWebDriver)',
    'file test/elements/fallback-wasm.test.ts':
      'request interception in its driver, WebDriver classic (WebKitWebDriver)',
    'pay only for what renders (requests of one page) > auto ends native in Chromium and requests none of them either':
      WEBKIT_IGNORES_FVS,
    'pay only for what renders (requests of one page) > a shaped <bichig-text> of mixed text does request HarfBuzz, core and the Chinese font':
      'the auto probe: native WebKit ignores FVS1/FVS2, so an earlier test of this page (auto) already drew shaped and loaded HarfBuzz and core; this test, which counts only its own requests, sees none of them (#12 item 4)',
    'the auto probe > with another Mongolian font configured: shapes the probe words with HarfBuzz, and auto still ends native':
      WEBKIT_IGNORES_FVS,
    'the auto probe > with the default font: uses the precomputed advances, agrees in Chromium within 0.5 px, loads no HarfBuzz':
      WEBKIT_IGNORES_FVS,
  },
};
