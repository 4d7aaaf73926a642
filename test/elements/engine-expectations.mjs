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

/** @type {Record<'chromium' | 'firefox' | 'webkit', Record<string, string>>} */
export const EXPECTED_FAILURES = {
  chromium: {},
  firefox: {},
  webkit: {},
};
