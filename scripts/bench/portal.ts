// The demo portal's page weight and Lighthouse scores, on the built site (npm run build -w demo-site)
// served by `vite preview`, against the budgets of issue #14:
//   - weight: every response a fresh visitor's Chromium (360×740 phone) loads for the page (until
//     the network is idle and the page's scripts have started), by kind, as sent and gzipped, for
//     home, an article, search (before any query) and the mailbox in both languages, each also as a
//     ratio to the Mongolian article page measured in the same run;
//   - the search box's first focus on the Mongolian search page: it brings the virtual keyboard
//     (how a reader without a Mongolian layout types Mongolian: its keys on screen, hardware keys
//     mapped), once per visit, whether a query follows or not — weighed on its own line, as input
//     UI, not as search data; a first search in all (page + first focus + first query) is printed too;
//   - search per query: on that page, queries of the fixture in both languages are then typed into
//     the element one after another, and every response from the typing until its results (or its
//     "nothing found") are on screen and the network is quiet is counted — whatever the page
//     fetches for a query, be it the whole cluster, the query code and the manifest (the first
//     query) or index shards;
//   - Lighthouse 12 (mobile: its default emulation, slow 4G and 4× CPU) performance and
//     accessibility, FCP/LCP/TBT/CLS/SI and the machine's CPU benchmark index, on the same 8 pages
//     (PORTAL_BENCH_LIGHTHOUSE=off skips it), PORTAL_BENCH_RUNS times each (default 1; the figures
//     are then the medians, as Lighthouse's scores on a shared machine vary from run to run);
//   - a budget table, pass/fail per budget.
// Results go to bench-results/portal.json, Lighthouse reports to .cache/lighthouse-*.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../ensure-chromium.mjs';
import {
  startPreview,
  launchBrowser,
  portalPages,
  newVisitor,
  openPortalPage,
  VIEWPORTS,
} from '../../test/e2e/support.js';

if (!existsSync('demo-site/dist/portal-pages.json')) {
  console.error('Build the portal first: npm run build');
  process.exit(1);
}

const pages = portalPages();
function firstArticle(prefix: string, language: string): string {
  const found = pages.find((p) => p.language === language && p.kind === 'article' && p.url.startsWith(prefix));
  if (!found) throw new Error(`No ${language} article under ${prefix} in the build`);
  return found.url;
}
const MONGOLIAN_ARTICLE = 'Mongolian article';
const targets: [string, string][] = [
  ['Mongolian home', '/mn/'],
  [MONGOLIAN_ARTICLE, firstArticle('/mn/', 'mn')],
  ['Mongolian search', '/mn/search/'],
  ['Mongolian mailbox', '/mn/mailbox/'],
  ['Chinese home', '/'],
  ['Chinese article', firstArticle('/', 'zh')],
  ['Chinese search', '/search/'],
  ['Chinese mailbox', '/mailbox/'],
];
/** Words of the fixture's articles, notices and replies, in both languages. */
const QUERIES = ['ᠮᠠᠯ', 'ᠮᠠᠯᠴᠢᠨ', 'ᠨᠤᠲᠤᠭ', '草原', '牧民', '通知'];
const lighthouse = process.env['PORTAL_BENCH_LIGHTHOUSE'] !== 'off';

type Kind = 'html' | 'js' | 'css' | 'fonts' | 'data' | 'other';
function kindOf(url: URL, contentType: string): Kind {
  if (contentType.includes('text/html')) return 'html';
  if (/\.m?js$/.test(url.pathname) || contentType.includes('javascript')) return 'js';
  if (url.pathname.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(url.pathname)) return 'fonts';
  if (/\.(json|bin|pf_\w+)$/.test(url.pathname) || contentType.includes('json')) return 'data';
  return 'other';
}
interface Fetched {
  kind: Kind;
  bytes: number;
  gzip: number;
  path: string;
}

/** Lighthouse runs per page (PORTAL_BENCH_RUNS, default 1); with more, each figure is the median of the runs. */
const lighthouseRuns = Math.max(1, Number(process.env['PORTAL_BENCH_RUNS'] ?? 1) || 1);
interface LighthouseRun {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  /** Lighthouse's measure of the machine's CPU at the time (higher is faster): a loaded machine shows here. */
  benchmarkIndex: number;
}
const ms = (value: number) => `${Math.round(value)} ms`;
function runLighthouse(chrome: string | undefined, url: string, out: string): LighthouseRun | undefined {
  const run = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome ?? '/usr/bin/chromium' } },
  );
  if (run.status !== 0 || !existsSync(out)) return undefined;
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
    environment: { benchmarkIndex: number };
  };
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round(report.categories['performance']!.score * 100),
    accessibility: Math.round(report.categories['accessibility']!.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
  };
}
/** Each figure's median over the runs (the upper middle of an even count). */
function medianOf(runs: LighthouseRun[]): LighthouseRun {
  const median = (key: keyof LighthouseRun) => {
    const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    fcp: median('fcp'),
    lcp: median('lcp'),
    tbt: median('tbt'),
    cls: median('cls'),
    si: median('si'),
    benchmarkIndex: median('benchmarkIndex'),
  };
}

const preview = await startPreview();
const origin = new URL(preview.url).origin;
const browser = await launchBrowser();
const results: Record<string, unknown> = {};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Records the page's responses from the preview (redirects aside) and counts requests in flight, so
 * a caller can take what arrived since a point and wait until the network is quiet.
 */
function recordResponses(page: Page) {
  let inFlight = 0;
  const quiet: (() => void)[] = [];
  const settled = () => {
    if (inFlight === 0) for (const resolve of quiet.splice(0)) resolve();
  };
  page.on('request', () => inFlight++);
  const finished = () => {
    inFlight--;
    settled();
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  let bodies: Promise<Fetched>[] = [];
  page.on('response', (response) => {
    const target = new URL(response.url());
    if (target.origin !== origin || (response.status() >= 300 && response.status() < 400)) return;
    bodies.push(
      response.body().then((body) => {
        const kind = kindOf(target, response.headers()['content-type'] ?? '');
        // WOFF2 is already Brotli-compressed: servers send it as it is.
        const gzip = kind === 'fonts' ? body.byteLength : gzipSync(body, { level: 9 }).byteLength;
        return { kind, bytes: body.byteLength, gzip, path: target.pathname };
      }),
    );
  });
  return {
    /** The responses since the last call. */
    take: async (): Promise<Fetched[]> => {
      const taken = bodies;
      bodies = [];
      return Promise.all(taken);
    },
    /** Resolves when no request is in flight. */
    quiet: () => new Promise<void>((resolve) => (inFlight === 0 ? resolve() : quiet.push(resolve))),
  };
}

function summarise(files: Fetched[]) {
  const byKind: Record<string, { bytes: number; gzip: number; files: number }> = {};
  for (const file of files) {
    const entry = (byKind[file.kind] ??= { bytes: 0, gzip: 0, files: 0 });
    entry.bytes += file.bytes;
    entry.gzip += file.gzip;
    entry.files++;
  }
  const total = files.reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzip }), {
    bytes: 0,
    gzip: 0,
  });
  return { byKind, total };
}

const weights = new Map<string, number>();
/** The Mongolian search box's first focus (the keyboard), and whether the page before it fetched query code or index files. */
let firstFocus: Fetched[] = [];
let queryFilesBeforeQuery: string[] = [];
/** The query code's chunk (the Vite manifest's entry for search-query.ts), loaded by the first query. */
const viteManifest = JSON.parse(readFileSync('demo-site/dist/.vite/manifest.json', 'utf8')) as Record<
  string,
  { file: string }
>;
const queryChunk = Object.entries(viteManifest).find(([key]) => key.endsWith('/bichig-search/search-query.ts'))?.[1];
const isQueryFile = (path: string) =>
  path.startsWith('/data/search/') || (queryChunk !== undefined && path === `/${queryChunk.file}`);
const perQuery: { query: string; gzip: number; requests: number; files: string[] }[] = [];
try {
  for (const [name, url] of targets) {
    const page = await newVisitor(browser, VIEWPORTS.phone);
    const responses = recordResponses(page);
    await openPortalPage(page, preview, url);
    await page.waitForLoadState('networkidle');
    await responses.quiet();
    const files = (await responses.take()).sort((a, b) => b.gzip - a.gzip);
    const { byKind, total } = summarise(files);
    weights.set(name, total.gzip);
    results[name] = { url, byKind, total, files: files.map((f) => `${f.path} ${f.bytes} (gzip ${f.gzip})`) };
    console.log(`\n${name} (${url}), ${files.length} requests`);
    for (const [kind, entry] of Object.entries(byKind))
      console.log(
        `  ${kind.padEnd(6)} ${kb(entry.bytes).padStart(10)}  gzip ${kb(entry.gzip).padStart(10)}  (${entry.files} files)`,
      );
    console.log(`  ${'total'.padEnd(6)} ${kb(total.bytes).padStart(10)}  gzip ${kb(total.gzip).padStart(10)}`);
    for (const f of files.slice(0, 5)) console.log(`    ${kb(f.gzip).padStart(10)}  ${f.path}`);

    if (name === 'Mongolian search') {
      queryFilesBeforeQuery = files.map((f) => f.path).filter(isQueryFile);
      const input = page.locator('bichig-search [part~="input"]');
      await input.waitFor();
      // The box's first focus: the keyboard arrives (its keys are drawn).
      await responses.take();
      await input.focus();
      await page.locator('bichig-search bichig-keyboard button[data-key]').first().waitFor({ timeout: 60_000 });
      await responses.quiet();
      firstFocus = (await responses.take()).sort((a, b) => b.gzip - a.gzip);
      const focusGzip = firstFocus.reduce((sum, f) => sum + f.gzip, 0);
      results['Mongolian search, first focus'] = {
        gzip: focusGzip,
        files: firstFocus.map((f) => `${f.path} ${f.bytes} (gzip ${f.gzip})`),
      };
      console.log(`  first focus of the box (the keyboard): ${firstFocus.length} requests, gzip ${kb(focusGzip)}`);
      // Queries typed into the element one after another, as a reader would.
      for (const query of QUERIES) {
        await responses.take();
        await input.fill(query);
        await input.press('Enter');
        // Its results, or its "nothing found" (which names the query), are on screen.
        await page.waitForFunction(
          (q) => {
            const root = document.querySelector('bichig-search')?.shadowRoot;
            if (!root) return false;
            return (
              root.querySelectorAll('[part~="result"]').length > 0 ||
              (root.querySelector('[part~="status"]')?.textContent ?? '').includes(q)
            );
          },
          query,
          { timeout: 60_000 },
        );
        await responses.quiet();
        await page.evaluate(
          () =>
            (document.querySelector('bichig-search') as unknown as { updateComplete: Promise<unknown> }).updateComplete,
        );
        await responses.quiet();
        const fetched = await responses.take();
        const gzip = fetched.reduce((sum, f) => sum + f.gzip, 0);
        perQuery.push({ query, gzip, requests: fetched.length, files: fetched.map((f) => `${f.path} ${f.gzip}`) });
        console.log(`  query ${query}: ${fetched.length} requests, gzip ${kb(gzip)}`);
      }
    }
    await page.context().close();
  }
  results['search per query'] = perQuery;

  if (lighthouse) {
    const chrome = findChromium();
    mkdirSync('.cache', { recursive: true });
    for (const [name, url] of targets) {
      const runs: LighthouseRun[] = [];
      for (let run = 1; run <= lighthouseRuns; run++) {
        const slug = name.replace(/\s+/g, '-').toLowerCase();
        const out = `.cache/lighthouse-${slug}${lighthouseRuns > 1 ? `-${run}` : ''}.json`;
        const measured = runLighthouse(chrome, new URL(url, preview.url).href, out);
        if (measured) runs.push(measured);
        else console.log(`\nLighthouse failed on ${url} (run ${run})`);
      }
      if (!runs.length) {
        results[`lighthouse ${name}`] = { error: 'every run failed' };
        continue;
      }
      const scores = medianOf(runs);
      results[`lighthouse ${name}`] = { url, ...scores, runs };
      console.log(
        `Lighthouse (mobile) ${name.padEnd(18)} performance ${String(scores.performance).padStart(3)}, accessibility ${String(scores.accessibility).padStart(3)}  (FCP ${ms(scores.fcp)}, LCP ${ms(scores.lcp)}, TBT ${ms(scores.tbt)}, CLS ${scores.cls.toFixed(3)}, SI ${ms(scores.si)}${runs.length > 1 ? `; median of ${runs.length} runs, performance ${runs.map((r) => r.performance).join(' ')}` : ''}; CPU benchmark index ${scores.benchmarkIndex})`,
      );
    }
  }
} finally {
  await browser.close();
  await preview.close();
}

// The budgets of issue #14, each weight as a ratio to the Mongolian article page of this run.
const article = weights.get(MONGOLIAN_ARTICLE)!;
const KB = 1024;
const sortedQueries = perQuery.map((q) => q.gzip).sort((a, b) => a - b);
const p50 = sortedQueries.length ? sortedQueries[Math.floor((sortedQueries.length - 1) / 2)]! : NaN;
const max = sortedQueries.length ? sortedQueries.at(-1)! : NaN;
type Budget = { budget: string; measured: string; limit: string; pass: boolean };
const budgets: Budget[] = [];
const weightBudget = (label: string, bytes: number, limitKb: number) =>
  budgets.push({
    budget: label,
    measured: `${kb(bytes)} (${(bytes / article).toFixed(2)}× article)`,
    limit: `≤ ${limitKb} KB (${((limitKb * KB) / article).toFixed(2)}×)`,
    pass: bytes <= limitKb * KB,
  });
weightBudget('Mongolian mailbox', weights.get('Mongolian mailbox')!, 150);
weightBudget('Mongolian search, before a query', weights.get('Mongolian search')!, 120);
weightBudget('Mongolian search, per query (p50)', p50, 40);
weightBudget('Mongolian search, per query (max)', max, 40);
budgets.push({
  budget: 'Mongolian search, before a query: no query code',
  measured: queryFilesBeforeQuery.length ? queryFilesBeforeQuery.join(' ') : 'none fetched',
  limit: queryChunk ? 'none fetched' : 'no search-query chunk in the build',
  pass: queryChunk !== undefined && queryFilesBeforeQuery.length === 0,
});
if (lighthouse)
  for (const [name] of targets) {
    const scores = results[`lighthouse ${name}`] as { performance?: number; accessibility?: number };
    budgets.push({
      budget: `Lighthouse performance, ${name}`,
      measured: String(scores.performance ?? 'failed'),
      limit: '≥ 95',
      pass: (scores.performance ?? 0) >= 95,
    });
    budgets.push({
      budget: `Lighthouse accessibility, ${name}`,
      measured: String(scores.accessibility ?? 'failed'),
      limit: '= 100',
      pass: scores.accessibility === 100,
    });
  }
console.log(`\nWeights (gzipped, first visit, phone), as ratios to the Mongolian article (${kb(article)}):`);
for (const [name, url] of targets)
  console.log(
    `  ${name.padEnd(18)} ${kb(weights.get(name)!).padStart(10)}  ${(weights.get(name)! / article).toFixed(2)}×  ${url}`,
  );
const focusGzip = firstFocus.reduce((sum, f) => sum + f.gzip, 0);
const firstQuery = perQuery[0]?.gzip ?? NaN;
console.log(
  `\nMongolian search, a first search in all: page ${kb(weights.get('Mongolian search')!)} + first focus (keyboard) ${kb(focusGzip)} + first query ${kb(firstQuery)} = ${kb(weights.get('Mongolian search')! + focusGzip + firstQuery)} (${((weights.get('Mongolian search')! + focusGzip + firstQuery) / article).toFixed(2)}× article).`,
);
console.log(
  '  The keyboard is weighed on its own: the box loads it on its first focus, once per visit, query or not (no budget of #14 covers it). Per query counts what a query fetches, the query code and the manifest included (the first query).',
);
results['Mongolian search, first search in all'] = weights.get('Mongolian search')! + focusGzip + firstQuery;
console.log('\nBudgets (issue #14):');
for (const b of budgets)
  console.log(`  ${b.pass ? 'pass' : 'FAIL'}  ${b.budget.padEnd(44)} ${b.measured.padEnd(26)} ${b.limit}`);
results['budgets'] = budgets;
results['article baseline gzip'] = article;

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/portal.json', JSON.stringify(results, null, 2));
