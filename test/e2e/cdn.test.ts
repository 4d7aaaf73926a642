// The no-bundler build (`packages/elements/dist/cdn/`, `npm run build:cdn -w @bichig/elements`) on
// plain static pages: no bundler, no import map, only `<script type="module" src="…/bichig-*.js">`.
// The pages come from one origin and the build from another (as a CDN would serve it, with CORS),
// both on loopback, in Debian's Chromium driven by playwright-core. Every page counts its requests
// and the gzipped bytes of what it fetched; the figures are printed as test diagnostics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { getLayout } from '@bichig/keyboard';
import { launchBrowser, watchErrors } from './support.js';
import { serveDirectory } from './static-server.js';

const CDN_DIR = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));
const MONGOLIAN = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** dist/cdn as a CDN serves it: its own origin, `Access-Control-Allow-Origin: *`, 404 for anything else. */
async function serveCdn(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(CDN_DIR, path);
    const headers = { 'access-control-allow-origin': '*' };
    if (!file.startsWith(CDN_DIR) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, headers).end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let cdn: { url: string; close(): Promise<void> };
let site: { url: string; close(): Promise<void> };
let siteDir: string;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync(join(CDN_DIR, 'bichig-text.js')),
    `${CDN_DIR} has no build: run \`npm run build:packages && npm run build:cdn -w @bichig/elements\``,
  );
  siteDir = mkdtempSync(join(tmpdir(), 'bichig-cdn-site-'));
  cdn = await serveCdn();
  site = await serveDirectory(siteDir + sep);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

/** Writes a static page that loads the given entries of the build and holds `body`; returns its URL. */
function writePage(name: string, entries: string[], body: string): string {
  const scripts = entries.map((entry) => `<script type="module" src="${cdn.url}${entry}"></script>`).join('\n    ');
  writeFileSync(
    join(siteDir, name),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${name}</title>
    <link rel="icon" href="data:," />
    <script>
      // Classic script: runs before the modules, so no event of the elements is missed.
      window.__events = [];
      for (const type of ['bichig-render', 'bichig-fallback'])
        document.addEventListener(type, (event) =>
          window.__events.push({ type, detail: { ...event.detail, error: event.detail.error && String(event.detail.error) } }),
        );
    </script>
    ${scripts}
  </head>
  <body>
    ${body}
  </body>
</html>
`,
  );
  return `${site.url}${name}`;
}

interface Traffic {
  /** Paths requested from the CDN origin. */
  paths: string[];
  /** Requests that failed or answered 4xx/5xx, on either origin. */
  failed: string[];
}

function watchTraffic(page: Page): Traffic {
  const traffic: Traffic = { paths: [], failed: [] };
  page.on('request', (request) => {
    if (request.url().startsWith(cdn.url)) traffic.paths.push(request.url().slice(cdn.url.length));
  });
  page.on('requestfailed', (request) => traffic.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) traffic.failed.push(`${response.url()} (${response.status()})`);
  });
  return traffic;
}

/** The page's requests to the CDN with their gzipped sizes (what a CDN sends compressed), as a diagnostic line. */
function describe(label: string, traffic: Traffic): string {
  let total = 0;
  const parts = [...new Set(traffic.paths)].map((path) => {
    const gz = gzipSync(readFileSync(join(CDN_DIR, path)), { level: 9 }).length;
    total += gz;
    return `${path} ${(gz / 1024).toFixed(1)} KB`;
  });
  return `${label}: ${traffic.paths.length} requests to the build (+1 page), ${(total / 1024).toFixed(1)} KB gzipped: ${parts.join(', ')}`;
}

type RecordedEvent = { type: string; detail: Record<string, unknown> };
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: RecordedEvent[] }).__events);

/**
 * Opens a page of one <bichig-text>, watching console errors and traffic, and waits for its first
 * recorded event (render or fallback) and then for the network to go idle; returns what it saw.
 */
async function openRendering(url: string) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const traffic = watchTraffic(page);
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __events: { type: string }[] }).__events.length > 0,
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
  return { page, errors, traffic, seen: await events(page) };
}

test('shaped: only <script type="module" src=".../bichig-text.js"> draws shaped Mongolian from the build', async (t) => {
  const url = writePage(
    'shaped.html',
    ['bichig-text.js'],
    `<bichig-text lang="mn-Mong" renderer="shaped">${MONGOLIAN}</bichig-text>`,
  );
  const { page, errors, traffic, seen } = await openRendering(url);
  assert.deepEqual(
    seen.filter((e) => e.type === 'bichig-fallback'),
    [],
    'no bichig-fallback: the shaped renderer started',
  );
  assert.equal(seen[0]?.type, 'bichig-render');
  assert.equal(seen[0]?.detail['renderer'], 'shaped');
  const drawn = await page.evaluate(() => {
    const root = document.querySelector('bichig-text')!.shadowRoot!;
    const paths = [...root.querySelectorAll('svg[part="glyphs"] path')];
    return { paths: paths.length, inked: paths.filter((p) => (p.getAttribute('d') ?? '').length > 10).length };
  });
  assert.ok(drawn.paths > 0 && drawn.inked > 0, `glyph paths are drawn (${JSON.stringify(drawn)})`);
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(traffic.failed, [], 'no failed request');
  // The shaped renderer brought in core and HarfBuzz, from the build, beside the chunk that asked.
  assert.ok(
    traffic.paths.some((p) => /^chunks\/core-[\w-]+\.js$/.test(p)),
    'the core chunk was fetched',
  );
  assert.ok(traffic.paths.includes('harfbuzz.wasm'), 'harfbuzz.wasm was fetched from the build');
  // Mongolian is shaped from the gzip-wrapped TTF, which the browser decompresses: no WOFF2 decoder
  // chunk, and the page face comes from the same bytes, so no Mongolian WOFF2 either.
  assert.ok(
    traffic.paths.includes('NotoSansMongolian-Regular.ttf.gz'),
    'the Mongolian shaping font was fetched from the build',
  );
  assert.deepEqual(
    traffic.paths.filter((p) => /decompress|NotoSansMongolian-Regular\.woff2|NotoSansSC/.test(p)),
    [],
    'no WOFF2 decoder, no Mongolian WOFF2, no Chinese font',
  );
  t.diagnostic(describe('shaped <bichig-text>', traffic));
  await page.close();
});

test('native: a native <bichig-text> fetches no core chunk, no WASM and no Chinese font', async (t) => {
  const url = writePage(
    'native.html',
    ['bichig-text.js'],
    `<bichig-text lang="mn-Mong" renderer="native">${MONGOLIAN}</bichig-text>`,
  );
  const { page, errors, traffic, seen } = await openRendering(url);
  assert.equal(seen[0]?.type, 'bichig-render');
  assert.equal(seen[0]?.detail['renderer'], 'native');
  const text = await page.evaluate(() => document.querySelector('bichig-text')!.shadowRoot!.textContent ?? '');
  assert.ok(text.includes(MONGOLIAN), 'the text is in the element');
  assert.ok(
    await page.evaluate(() => document.fonts.check('16px "Bichig Mongolian"', 'ᠮ')),
    'the Mongolian font from the build is loaded',
  );
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(traffic.failed, [], 'no failed request');
  const heavy = traffic.paths.filter((p) => /^chunks\/core-|\.wasm$|NotoSansSC/.test(p));
  assert.deepEqual(heavy, [], 'no core chunk, WASM or Chinese font');
  t.diagnostic(describe('native <bichig-text>', traffic));
  await page.close();
});

test('auto: the default renderer draws from the build without an error or a failed request', async (t) => {
  const url = writePage('auto.html', ['bichig-text.js'], `<bichig-text lang="mn-Mong">${MONGOLIAN}</bichig-text>`);
  const { page, errors, traffic, seen } = await openRendering(url);
  assert.deepEqual(
    seen.filter((e) => e.type === 'bichig-fallback'),
    [],
    'no bichig-fallback',
  );
  const renderer = seen.find((e) => e.type === 'bichig-render')?.detail['renderer'];
  assert.ok(renderer === 'shaped' || renderer === 'native', `rendered (${String(renderer)})`);
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(traffic.failed, [], 'no failed request');
  t.diagnostic(describe(`auto <bichig-text> (ended ${String(renderer)})`, traffic));
  await page.close();
});

test('keyboard: a click on the ᠮ cap of <bichig-keyboard> types U+182E into <bichig-textarea>', async (t) => {
  const layout = getLayout('standard');
  const layer = layout.layers.find((l) => l.id === layout.defaultLayer)!;
  const key = layer.rows.flat().find((k) => k.action.type === 'insert' && k.action.text === '\u182E');
  assert.ok(key, 'the standard layout has a ᠮ key');
  const url = writePage(
    'keyboard.html',
    ['bichig-textarea.js', 'bichig-keyboard.js'],
    `<bichig-textarea id="field" lang="mn-Mong"></bichig-textarea>\n    <bichig-keyboard for="field"></bichig-keyboard>`,
  );
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const traffic = watchTraffic(page);
  await page.goto(url);
  const cap = page.locator(`bichig-keyboard button[data-key="${key.id}"]`);
  await cap.click();
  await page.waitForFunction(() => (document.getElementById('field') as HTMLElement & { value: string }).value !== '');
  const value = await page.evaluate(() => (document.getElementById('field') as HTMLElement & { value: string }).value);
  assert.deepEqual(
    [...value].map((c) => c.codePointAt(0)!.toString(16).toUpperCase()),
    ['182E'],
    'the field holds exactly U+182E',
  );
  await page.waitForLoadState('networkidle');
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(traffic.failed, [], 'no failed request');
  t.diagnostic(describe('<bichig-keyboard> + <bichig-textarea>', traffic));
  await page.close();
});

test('configureFonts from index.js reaches <bichig-text> from bichig-text.js: the site serves its own font', async (t) => {
  mkdirSync(join(siteDir, 'fonts'), { recursive: true });
  copyFileSync(join(CDN_DIR, 'NotoSansMongolian-Regular.woff2'), join(siteDir, 'fonts', 'own-mongolian.woff2'));
  writeFileSync(
    join(siteDir, 'own-font.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>own font</title>
    <link rel="icon" href="data:," />
    <script type="module">
      import { configureFonts } from '${cdn.url}index.js';
      configureFonts({ mongolian: '/fonts/own-mongolian.woff2' });
      document.addEventListener('bichig-render', (event) => (window.__rendered = event.detail.renderer));
      await import('${cdn.url}bichig-text.js');
    </script>
  </head>
  <body>
    <bichig-text lang="mn-Mong" renderer="native">${MONGOLIAN}</bichig-text>
  </body>
</html>
`,
  );
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const traffic = watchTraffic(page);
  const siteRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(site.url)) siteRequests.push(request.url().slice(site.url.length));
  });
  await page.goto(`${site.url}own-font.html`);
  await page.waitForFunction(() => (window as unknown as { __rendered?: string }).__rendered === 'native', undefined, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  assert.ok(siteRequests.includes('fonts/own-mongolian.woff2'), 'the configured font came from the site');
  assert.deepEqual(
    traffic.paths.filter((p) => p.endsWith('.woff2')),
    [],
    'no font from the build',
  );
  assert.ok(
    await page.evaluate(() => document.fonts.check('16px "Bichig Mongolian"', 'ᠮ')),
    'the configured font is loaded',
  );
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(traffic.failed, [], 'no failed request');
  t.diagnostic(describe('index.js configureFonts + bichig-text.js', traffic));
  await page.close();
});

test('all.js registers every element from the build without a console error or a failed request', async (t) => {
  const url = writePage('all.html', ['all.js'], '');
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const traffic = watchTraffic(page);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('bichig-text') !== undefined);
  const manifest = JSON.parse(
    readFileSync(new URL('../../packages/elements/package.json', import.meta.url), 'utf8'),
  ) as {
    exports: Record<string, unknown>;
  };
  const tags = Object.keys(manifest.exports)
    .map((key) => /^\.\/(bichig-[a-z0-9-]+)\.js$/.exec(key)?.[1])
    .filter((tag): tag is string => !!tag);
  assert.ok(tags.length >= 20, `the package exports its elements (${tags.length})`);
  const missing = await page.evaluate((names) => names.filter((n) => !customElements.get(n)), tags);
  assert.deepEqual(missing, [], 'every exported element is defined');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(traffic.failed, [], 'no failed request');
  t.diagnostic(describe('all.js (no element on the page)', traffic));
  await page.close();
});
