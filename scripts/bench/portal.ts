// The demo portal's page weight and Lighthouse scores, on the built site (npm run build -w demo-site)
// served by `vite preview`:
//   - weight: every response a fresh visitor's Chromium loads for the page (until the network is
//     idle and the page's scripts have started), by kind, as sent and gzipped;
//   - Lighthouse 12 (mobile: its default emulation and throttling) performance and accessibility.
// Results go to bench-results/portal.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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
const mongolianArticle = pages.find((p) => p.language === 'mn' && p.kind === 'article' && p.url.startsWith('/mn/'));
const targets: [string, string][] = [
  ['Mongolian home', '/mn/'],
  ['Mongolian article', mongolianArticle!.url],
  ['Chinese home', '/'],
  ['Mongolian mailbox', '/mn/mailbox/'],
  // Cluster search builds its index in the browser from every site's data.
  ['Mongolian search', '/mn/search/?q=ᠮᠠᠯ'],
];

type Kind = 'html' | 'js' | 'css' | 'fonts' | 'data' | 'other';
function kindOf(url: URL, contentType: string): Kind {
  if (contentType.includes('text/html')) return 'html';
  if (/\.m?js$/.test(url.pathname) || contentType.includes('javascript')) return 'js';
  if (url.pathname.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(url.pathname)) return 'fonts';
  if (url.pathname.endsWith('.json')) return 'data';
  return 'other';
}

const preview = await startPreview();
const browser = await launchBrowser();
const results: Record<string, unknown> = {};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

try {
  for (const [name, url] of targets) {
    const page = await newVisitor(browser, VIEWPORTS.phone);
    const bodies: Promise<{ kind: Kind; bytes: number; gzip: number; path: string }>[] = [];
    page.on('response', (response) => {
      const target = new URL(response.url());
      if (target.origin !== new URL(preview.url).origin || (response.status() >= 300 && response.status() < 400))
        return;
      bodies.push(
        response.body().then((body) => {
          const kind = kindOf(target, response.headers()['content-type'] ?? '');
          // WOFF2 is already Brotli-compressed: servers send it as it is.
          const gzip = kind === 'fonts' ? body.byteLength : gzipSync(body, { level: 9 }).byteLength;
          return { kind, bytes: body.byteLength, gzip, path: target.pathname };
        }),
      );
    });
    await openPortalPage(page, preview, url);
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(bodies);
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
    results[name] = { url, byKind, total, files: files.map((f) => `${f.path} ${f.bytes}`) };
    console.log(`\n${name} (${url}), ${files.length} requests`);
    for (const [kind, entry] of Object.entries(byKind))
      console.log(
        `  ${kind.padEnd(6)} ${kb(entry.bytes).padStart(10)}  gzip ${kb(entry.gzip).padStart(10)}  (${entry.files} files)`,
      );
    console.log(`  ${'total'.padEnd(6)} ${kb(total.bytes).padStart(10)}  gzip ${kb(total.gzip).padStart(10)}`);
    await page.context().close();
  }

  const chrome = findChromium();
  for (const [name, url] of targets.slice(0, 3)) {
    const out = `.cache/lighthouse-${name.replace(/\s+/g, '-').toLowerCase()}.json`;
    mkdirSync('.cache', { recursive: true });
    const run = spawnSync(
      'npx',
      [
        'lighthouse',
        new URL(url, preview.url).href,
        '--only-categories=performance,accessibility',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--chrome-flags=--headless ${CHROMIUM_ARGS.join(' ')}`,
      ],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome ?? '/usr/bin/chromium' } },
    );
    if (run.status !== 0 || !existsSync(out)) {
      console.log(`\nLighthouse failed on ${url}`);
      results[`lighthouse ${name}`] = { error: `exit ${run.status}` };
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number }>;
      audits: Record<string, { displayValue?: string; numericValue?: number }>;
    };
    const scores = {
      performance: Math.round(report.categories['performance']!.score * 100),
      accessibility: Math.round(report.categories['accessibility']!.score * 100),
      fcp: report.audits['first-contentful-paint']?.displayValue,
      lcp: report.audits['largest-contentful-paint']?.displayValue,
      tbt: report.audits['total-blocking-time']?.displayValue,
      cls: report.audits['cumulative-layout-shift']?.displayValue,
    };
    results[`lighthouse ${name}`] = { url, ...scores };
    console.log(
      `\nLighthouse (mobile) ${name} ${url}: performance ${scores.performance}, accessibility ${scores.accessibility} (FCP ${scores.fcp}, LCP ${scores.lcp}, TBT ${scores.tbt}, CLS ${scores.cls})`,
    );
  }
} finally {
  await browser.close();
  await preview.close();
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/portal.json', JSON.stringify(results, null, 2));
