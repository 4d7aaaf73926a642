// Browser tests: @web/test-runner in one engine per run, chosen by BICHIG_ENGINE (default chromium):
//   chromium  Debian's Chromium, driven by Playwright (playwright-core over CDP)
//   firefox   Firefox ESR, driven by puppeteer-core over WebDriver BiDi (@web/test-runner-chrome's
//             launcher accepts a custom Puppeteer; no geckodriver)
//   webkit    WebKitGTK's MiniBrowser, driven by WebKitWebDriver (scripts/webkit-driver.mjs), under
//             Xvfb when there is no display
// `npm test` runs all three (scripts/test.mjs); `BICHIG_ENGINE=firefox npx web-test-runner <file>` one.
import { writeFileSync, mkdirSync } from 'node:fs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { findEngine } from './scripts/ensure-engines.mjs';
import { WebKitLauncher } from './scripts/webkit-driver.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './scripts/ensure-chromium.mjs';
import { harfbuzzModuleStub } from './scripts/wtr-harfbuzz-stub.mjs';
import { commonjsToEsm } from './scripts/wtr-commonjs.mjs';
import { bichigTestCommands } from './test/elements/support/wtr-commands.mjs';
import { EXPECTED_FAILURES } from './test/elements/engine-expectations.mjs';

const engine = process.env.BICHIG_ENGINE ?? 'chromium';
// Firefox runs one page at a time: it gives the keys the driver sends, and focus() a page calls,
// only to its window in front, so two windows side by side made keyboard tests pass or fail by
// which window happened to be there.
const concurrency = engine === 'firefox' ? 1 : 2;

function launcher() {
  if (engine === 'chromium')
    return playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    });
  if (engine === 'firefox')
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: findEngine('firefox'), headless: true },
      // A window per page: Firefox pauses requestAnimationFrame in a background tab.
      createPage: async ({ context }) => withKeyCombos(await context.newPage({ type: 'window' })),
    });
  if (engine === 'webkit') return new WebKitLauncher({ concurrency });
  throw new Error(`BICHIG_ENGINE=${engine}: expected chromium, firefox or webkit`);
}

/**
 * Puppeteer's keyboard.press takes one key; the tests press combinations as Playwright spells them
 * ("Control+C", "Shift+Tab", "Space"). The page keeps its own API otherwise.
 */
function withKeyCombos(page) {
  const keyboard = page.keyboard;
  // Playwright's name for the space bar; Puppeteer knows it as " ".
  const key = (name) => (name === 'Space' ? ' ' : name);
  const press = async (combo, options) => {
    const keys = combo.split('+').map(key);
    if (keys.length === 1) return keyboard.press(keys[0], options);
    for (const name of keys) await keyboard.down(name);
    for (const name of keys.reverse()) await keyboard.up(name);
  };
  const methods = {
    press,
    down: (name, options) => keyboard.down(key(name), options),
    up: (name) => keyboard.up(key(name)),
  };
  const combos = new Proxy(keyboard, {
    get: (target, name) => methods[name] ?? Reflect.get(target, name).bind?.(target) ?? Reflect.get(target, name),
  });
  return new Proxy(page, {
    get: (target, name) => {
      if (name === 'keyboard') return combos;
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Counts results against test/elements/engine-expectations.mjs and writes them to
 * .cache/browser-results-<engine>.json for scripts/test.mjs's summary line. A test listed there
 * for this engine may fail: the reporter prints it with the missing feature it names. A listed
 * test that passes is printed as "passes now" (remove its entry); it does not fail the run, as
 * some listed failures depend on timing. Unlisted failures are failures.
 */
function countingReporter() {
  const expected = EXPECTED_FAILURES[engine] ?? {};
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const unexpected = [];
      const expectedFailures = [];
      const passingNow = [];
      const seen = new Set();
      // fileGap: this engine is expected to fail the file's hooks; mocha then fails its tests too.
      const visit = (suite, path, file, fileGap) => {
        for (const test of suite.tests) {
          const title = [...path, test.name].join(' > ');
          seen.add(title);
          const gap = expected[title] ?? (test.passed ? undefined : fileGap);
          if (test.skipped) continue;
          if (gap && test.passed) {
            passed++;
            passingNow.push(`${title} (${file}): was expected to fail for "${gap}"`);
          } else if (gap) {
            passed++;
            expectedFailures.push(`${title}: ${gap}`);
          } else if (test.passed) passed++;
          else {
            failed++;
            unexpected.push(`${title} (${file})`);
          }
        }
        for (const child of suite.suites) visit(child, [...path, child.name], file, fileGap);
      };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        const fileGap = expected[`file ${file}`];
        const hooksFailed = Boolean(session.errors?.length);
        if (session.testResults) visit(session.testResults, [], file, hooksFailed ? fileGap : undefined);
        // A file that failed to load, or whose hooks threw, has errors but no failed test: it
        // must count as a failure, unless this engine is expected to fail it as a whole.
        if (session.errors?.length) {
          if (fileGap) expectedFailures.push(`${file} (hooks): ${fileGap}`);
          else {
            failed++;
            unexpected.push(`${file}: ${session.errors[0]?.message?.split('\n')[0] ?? 'failed to run'}`);
          }
        } else if (fileGap) passingNow.push(`${file}: its hooks were expected to fail for "${fileGap}"`);
      }
      for (const title of Object.keys(expected))
        if (!title.startsWith('file ') && !seen.has(title) && !process.env.WTR_FILES)
          console.log(`  engine-expectations.mjs names a test that does not exist: ${title}`);
      if (expectedFailures.length) {
        console.log(
          `\nExpected to fail in ${engine}, each for a missing engine or driver feature (${expectedFailures.length}):`,
        );
        for (const line of expectedFailures) console.log(`  - ${line}`);
      }
      if (passingNow.length) {
        console.log(`\nPasses now in ${engine}: remove its entry from test/elements/engine-expectations.mjs:`);
        for (const line of passingNow) console.log(`  - ${line}`);
      }
      if (unexpected.length) {
        console.log(`\nFailed in ${engine}, not expected (${unexpected.length}):`);
        for (const line of unexpected) console.log(`  - ${line}`);
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync(
        `.cache/browser-results-${engine}.json`,
        JSON.stringify({ passed, failed, expectedFailures: expectedFailures.length, unexpected }),
      );
    },
  };
}

const files = process.env.WTR_FILES
  ? process.env.WTR_FILES.split(',')
  : ['test/elements/**/*.test.ts', 'test/**/*.browser.test.ts'];

export default {
  files,
  rootDir: '.',
  nodeResolve: { exportConditions: ['@bichig/source', 'browser', 'development'] },
  plugins: [
    harfbuzzModuleStub(),
    commonjsToEsm(),
    bichigTestCommands(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [launcher()],
  concurrency,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter({ flatten: false }),
    countingReporter(),
  ],
};
