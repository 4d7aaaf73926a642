// Browser tests: @web/test-runner in Debian's Chromium, driven by Playwright.
import { writeFileSync, mkdirSync } from 'node:fs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChromium, CHROMIUM_ARGS } from './scripts/ensure-chromium.mjs';
import { harfbuzzModuleStub } from './scripts/wtr-harfbuzz-stub.mjs';
import { commonjsToEsm } from './scripts/wtr-commonjs.mjs';
import { bichigTestCommands } from './test/elements/support/wtr-commands.mjs';

/** Writes pass/fail counts to .cache/browser-results.json for scripts/test.mjs's summary line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.passed) passed++;
          else if (!test.skipped) failed++;
        }
        for (const child of suite.suites) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load has no results but must count as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length))
          failed += session.errors?.length ? 1 : 0;
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync('.cache/browser-results.json', JSON.stringify({ passed, failed }));
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
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter({ flatten: false }),
    countingReporter(),
  ],
};
