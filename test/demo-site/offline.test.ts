// What the portal keeps for reading offline, decided at build time (#14): the offline packs fit
// their site's budget with the newest articles first, the shell leaves out the interactive
// columns, a page's files are found in its HTML, and the site file's budget is validated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { DEFAULT_OFFLINE_BUDGET_KB, SiteOfflineSchema } from '@bichig/cluster';
import { offlinePack, pageAssets, shellFiles, type ViteManifest } from '../../demo-site/src/build/offline.js';

const SIZES: Record<string, number> = {
  '/dwq/': 30_000,
  '/dwq/news/a3.html': 20_000,
  '/dwq/news/a2.html': 20_000,
  '/dwq/news/a1.html': 20_000,
  '/assets/main.js': 10_000,
  '/assets/main.css': 5_000,
  '/fonts/mn-1.woff2': 40_000,
  '/fonts/mn-2.woff2': 40_000,
  '/media/chart.svg': 8_000,
};
const ASSETS: Record<string, string[]> = {
  '/dwq/': ['/assets/main.js', '/assets/main.css', '/fonts/mn-1.woff2'],
  '/dwq/news/a3.html': ['/assets/main.js', '/assets/main.css', '/fonts/mn-2.woff2', '/media/chart.svg'],
  '/dwq/news/a2.html': ['/assets/main.js', '/assets/main.css', '/fonts/mn-1.woff2'],
  '/dwq/news/a1.html': ['/assets/main.js', '/assets/main.css', '/fonts/mn-2.woff2'],
};
const PAGES = ['/dwq/', '/dwq/news/a3.html', '/dwq/news/a2.html', '/dwq/news/a1.html'];
const pack = (budgetKB: number) =>
  offlinePack(
    'dwq',
    budgetKB,
    PAGES,
    (url) => SIZES[url]!,
    (page) => ASSETS[page]!,
  );

test('a pack holds the pages in order with their files, each shared file once, within the budget', () => {
  const all = pack(1024);
  assert.deepEqual(
    all.entries.filter((e) => e.kind === 'page').map((e) => e.url),
    PAGES,
  );
  const urls = all.entries.map((e) => e.url);
  assert.equal(new Set(urls).size, urls.length, 'no file twice');
  assert.equal(
    all.totalBytes,
    Object.values(SIZES).reduce((a, b) => a + b, 0),
  );
  assert.equal(all.budgetBytes, 1024 * 1024);
  // Each page comes right before the files it is the first to need.
  assert.deepEqual(urls.slice(0, 4), ['/dwq/', '/assets/main.js', '/assets/main.css', '/fonts/mn-1.woff2']);
});

test('a pack stops at the first page that would not fit, so it keeps the newest articles', () => {
  // Home with its files: 85 000 B; the newest article adds 68 000 B; the next 20 000 B.
  const small = pack(Math.floor(160_000 / 1024));
  assert.deepEqual(
    small.entries.filter((e) => e.kind === 'page').map((e) => e.url),
    ['/dwq/', '/dwq/news/a3.html'],
  );
  assert.ok(small.totalBytes <= small.budgetBytes);
  assert.equal(small.totalBytes, 153_000);
  assert.deepEqual(pack(0).entries, [], 'a budget of 0 keeps nothing');
  assert.deepEqual(pack(50).entries, [], 'not even the home when it does not fit');
});

test("the shell is the entry, its chunks and styles, and its own on-demand modules but not the interactive columns'", () => {
  const manifest: ViteManifest = {
    'src/client/main.ts': {
      file: 'assets/main-1.js',
      isEntry: true,
      imports: ['_lit.js'],
      dynamicImports: ['src/client/mailbox.ts', 'src/client/search.ts', 'src/client/offline-client.ts'],
      css: ['assets/main-1.css'],
    },
    '_lit.js': { file: 'assets/lit-1.js', dynamicImports: ['locales/mn-Mong.ts'] },
    'locales/mn-Mong.ts': { file: 'assets/mn-Mong-1.js' },
    'src/client/mailbox.ts': { file: 'assets/mailbox-1.js', imports: ['_lit.js', '_elements.js'] },
    '_elements.js': { file: 'assets/elements-1.js' },
    'src/client/search.ts': { file: 'assets/search-1.js' },
    'src/client/offline-client.ts': { file: 'assets/offline-client-1.js' },
  };
  assert.deepEqual(shellFiles(manifest).sort(), [
    '/assets/lit-1.js',
    '/assets/main-1.css',
    '/assets/main-1.js',
    '/assets/mn-Mong-1.js',
    '/assets/offline-client-1.js',
  ]);
});

test("a page's files are read from its HTML: scripts, styles, preloads, images, fonts of its inline faces and outlines of its variant words", () => {
  const html = `<html><head><link rel="preload" href="/fonts/mn-a.woff2" as="font" />
    <style>@font-face{src:url(/fonts/mn-a.woff2) format("woff2")}@font-face{src:url(/fonts/zh-b.woff2)}</style>
    <link rel="stylesheet" href="/assets/main.css" /><script type="module" src="/assets/main.js"></script></head>
    <body><img src="/data/media/chart.svg?v=1" alt="" /><img src="https://elsewhere.example/x.png" alt="" />
    <a href="/dwq/">home</a><span class="variant-word" data-advance="2.599" data-glyphs="6" data-outline="/fonts/words/a.json">ᠳ᠋ᠤᠭᠠᠷ</span></body></html>`;
  assert.deepEqual(pageAssets(html).sort(), [
    '/assets/main.css',
    '/assets/main.js',
    '/data/media/chart.svg',
    '/fonts/mn-a.woff2',
    '/fonts/words/a.json',
    '/fonts/zh-b.woff2',
  ]);
});

test("a site file's offline budget is a whole number of KB from 0 to 1 GiB", () => {
  assert.equal(DEFAULT_OFFLINE_BUDGET_KB, 2048);
  assert.deepEqual(v.parse(SiteOfflineSchema, { budgetKB: 512 }), { budgetKB: 512 });
  assert.ok(v.safeParse(SiteOfflineSchema, { budgetKB: 0 }).success);
  for (const bad of [-1, 1.5, 1_048_577, '512', undefined]) {
    const result = v.safeParse(SiteOfflineSchema, { budgetKB: bad });
    assert.equal(result.success, false, `budgetKB ${String(bad)} is refused`);
  }
});
