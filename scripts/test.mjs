#!/usr/bin/env node
// `npm test`: every check the project has, in order, ending with one summary line over all
// runners: `N passed, N failed`.
//
//   1. type-check and build the packages (tsc -b)
//   2. the committed fonts match fonts/README.md
//   3. node tests (node --test): test/core, test/keyboard, test/cluster, test/fonts, test/adapters
//      (the elements' DOM-free adapters), …, test/server (the server's, on embedded PGlite and on
//      PostgreSQL: Debian's postgresql is installed and started when missing, as root; see
//      scripts/ensure-postgres.mjs)
//   4. browser tests (@web/test-runner): test/elements and *.browser.test.ts, once per engine:
//      Chromium, Firefox ESR and WebKitGTK (BICHIG_ENGINES=chromium,firefox to choose; missing
//      engines are installed with apt-get on Debian as root, see scripts/ensure-engines.mjs)
//   5. consumer apps (node --test): the packages packed and installed from their tarballs into fresh
//      vanilla, React, Vue and no-bundler apps, type-checked, built and opened in Chromium: test/consumers
//   6. Storybook builds (smoke test)
//   7. end-to-end tests (Playwright) against the built demo portal and the no-bundler build
//      (packages/elements/dist/cdn): test/e2e; engines.test.ts opens the portal in all three engines
//
// Each non-runner step counts as one test. Pass --only=node,browser,… to run a subset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ENGINES, ensureEngine } from './ensure-engines.mjs';
import { ensurePostgres } from './ensure-postgres.mjs';

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wanted = (step) => !only || only.includes(step);
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  (${label}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function step(label, command, args, env) {
  const ok = run(label, command, args, env);
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
  return ok;
}

/** Runs test files with `node --test` through tsx, printing the spec and counting into `results`. */
function nodeTests(label, results, nodeOptions, files) {
  const ok = run(label, 'node', [
    ...nodeOptions,
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    `--test-reporter-destination=${results}`,
    ...files,
  ]);
  countsFrom(results, label, ok);
}

function countsFrom(file, label, exitedOk) {
  if (!existsSync(file)) {
    totals.failed++;
    failures.push(`${label} (no results were written)`);
    return;
  }
  const { passed, failed } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += passed;
  totals.failed += failed;
  if (failed || !exitedOk) failures.push(label);
  if (!failed && !exitedOk) totals.failed++;
}

function findTests(dir, accept) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path, accept);
    return accept(name) ? [path] : [];
  });
}

mkdirSync('.cache', { recursive: true }); // a fresh clone has none; the reporters write into it
rmSync('.cache/node-results.json', { force: true });
rmSync('.cache/e2e-results.json', { force: true });
for (const engine of ENGINES) rmSync(`.cache/browser-results-${engine}.json`, { force: true });
const engines = process.env.BICHIG_ENGINES ? process.env.BICHIG_ENGINES.split(',') : ENGINES;
const engineTimes = [];
const unexpectedByEngine = [];
rmSync('.cache/consumers-results.json', { force: true });

if (wanted('build'))
  step('build', 'npx', [
    'tsc',
    '-b',
    'packages/core',
    'packages/keyboard',
    'packages/cluster',
    'packages/fixtures',
    'packages/elements',
    'packages/server',
  ]);
if (wanted('fonts')) step('fonts', 'node', ['fonts/make-fonts.mjs', '--check']);

if (wanted('node')) {
  // The server's tests run on PGlite and on a PostgreSQL server: found, installed or started once
  // here (scripts/ensure-postgres.mjs), handed to the test files by its URL.
  const postgres = ensurePostgres();
  if (postgres) process.env.BICHIG_TEST_DATABASE_URL = postgres;
  else {
    totals.failed++;
    failures.push('PostgreSQL for the server tests (see scripts/ensure-postgres.mjs)');
  }
  const files = ['core', 'keyboard', 'cluster', 'fonts', 'scripts', 'demo-site', 'api', 'adapters', 'server'].flatMap(
    (d) => findTests(join('test', d), (n) => n.endsWith('.test.ts') && !n.endsWith('.browser.test.ts')),
  );
  nodeTests('node tests', '.cache/node-results.json', ['--conditions=@bichig/source'], files);
}

if (wanted('browser')) {
  for (const engine of engines) {
    ensureEngine(engine);
    const label = `browser tests (${engine})`;
    const started = Date.now();
    const ok = run(label, 'npx', ['web-test-runner'], { BICHIG_ENGINE: engine });
    const file = `.cache/browser-results-${engine}.json`;
    const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    engineTimes.push(
      counts
        ? `${engine}: ${counts.passed} passed (${counts.expectedFailures} of them expected failures), ${counts.failed} failed in ${seconds} s`
        : `${engine}: no results in ${seconds} s`,
    );
    for (const title of counts?.unexpected ?? []) unexpectedByEngine.push(`${engine}: ${title}`);
    // web-test-runner exits non-zero on any failed test, expected ones included: the reporter's
    // counts (against test/elements/engine-expectations.mjs) decide.
    countsFrom(file, label, ok || counts?.failed === 0);
  }
}

if (wanted('consumers')) {
  ensureChromium();
  // Without @bichig/source: the apps import the installed packages as a consumer does.
  nodeTests('consumer apps', '.cache/consumers-results.json', [], ['test/consumers/consumers.test.ts']);
}

if (wanted('storybook')) {
  // Storybook's docs read the custom-elements manifest, generated from the elements' JSDoc.
  if (step('custom-elements manifest', 'npm', ['run', 'manifest', '-w', '@bichig/elements']))
    step('storybook build', 'npx', ['storybook', 'build', '-o', '.cache/storybook-static', '--quiet']);
}

if (wanted('e2e') && existsSync('test/e2e')) {
  ensureChromium();
  for (const engine of engines) ensureEngine(engine); // test/e2e/engines.test.ts: the portal in each

  // dist/cdn for test/e2e/cdn.test.ts: bundles the packages' dist/, so after the build step.
  step('cdn build', 'npm', ['run', 'build:cdn', '-w', '@bichig/elements']);
  if (step('demo build', 'npm', ['run', 'build', '-w', 'demo-site'])) {
    const e2eTests = findTests('test/e2e', (n) => n.endsWith('.test.ts'));
    nodeTests(
      'e2e tests',
      '.cache/e2e-results.json',
      ['--conditions=@bichig/source', '--test-concurrency=1'],
      e2eTests,
    );
  }
}

if (engineTimes.length) console.log(`\nBrowser tests per engine: ${engineTimes.join('; ')}`);
if (unexpectedByEngine.length)
  console.log(`\nBrowser tests that failed unexpectedly:\n${unexpectedByEngine.map((t) => `  - ${t}`).join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
