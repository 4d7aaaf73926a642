// What the portal keeps for reading offline, decided at build time (see DESIGN.md, "The portal
// offline"): the service worker's precache (the shell, the offline pages and their fonts), and per
// site an offline pack (its home and the latest articles of its news columns, newest first, with
// every file they need) that fits the budget the site file sets. The worker itself is
// src/sw/service-worker.ts, bundled here with the precache list and the sites written into it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DEFAULT_OFFLINE_BUDGET_KB, type Cluster, type Language, type Site } from '@bichig/cluster';
import { articleUrl, fileOf } from './routes.js';

/** A Vite manifest entry (the fields read here). */
export interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}
export type ViteManifest = Readonly<Record<string, ManifestChunk>>;

/**
 * The client modules that only pages with that feature load, and the header's vertical search box
 * that only engines with horizontal form controls load: never part of the shell.
 */
const FEATURE_MODULES = [
  'src/client/mailbox.ts',
  'src/client/survey.ts',
  'src/client/search.ts',
  'src/client/search-box.ts',
];

/**
 * The shell: the entry script, the chunks it imports (and the ones those load on demand, such as
 * the elements' locale catalogs), its styles, and the entry's own on-demand modules except the
 * interactive columns (the offline client and the offline page's list).
 */
export function shellFiles(manifest: ViteManifest, entryKey = 'src/client/main.ts'): string[] {
  const entry = manifest[entryKey];
  if (!entry) throw new Error(`The Vite manifest has no entry ${entryKey}`);
  const files = new Set<string>();
  const visit = (key: string, withDynamic: boolean) => {
    const chunk = manifest[key];
    if (!chunk || files.has(`/${chunk.file}`)) return;
    files.add(`/${chunk.file}`);
    for (const css of chunk.css ?? []) files.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported, true);
    if (withDynamic) for (const dynamic of chunk.dynamicImports ?? []) visit(dynamic, true);
  };
  visit(entryKey, false);
  for (const dynamic of entry.dynamicImports ?? []) if (!FEATURE_MODULES.includes(dynamic)) visit(dynamic, true);
  return [...files];
}

/** The files a prerendered page links to and needs to be read: scripts, styles, fonts, images. */
export function pageAssets(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|preload)"[^>]*\shref="([^"]+)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/url\(([^)"']+)\)/g)) found.add(m[1]!);
  // The outlines of words an engine may shape wrongly (variant-words.ts), so they read offline too.
  for (const m of html.matchAll(/\sdata-outline="([^"]+)"/g)) found.add(m[1]!);
  return [...found].filter((url) => url.startsWith('/') && !url.startsWith('//')).map((url) => url.split(/[?#]/)[0]!);
}

/** One file of an offline pack: a page, or a file a page needs, with its size as stored. */
export interface OfflinePackEntry {
  readonly url: string;
  readonly bytes: number;
  readonly kind: 'page' | 'asset';
}

/** What a reader's browser keeps of one site (written to `/data/offline/{site}.json`). */
export interface OfflinePack {
  readonly site: string;
  readonly budgetBytes: number;
  /** The sum of the entries' bytes, never above `budgetBytes`. */
  readonly totalBytes: number;
  /** Each page followed by the files it needs that no earlier page needed; newest article first. */
  readonly entries: readonly OfflinePackEntry[];
}

/** The pages of a pack, in order: the site's home, then the latest articles of its news columns. */
export function packPages(site: Site, isPublished: (url: string) => boolean): string[] {
  const news = new Set(site.columns.filter((c) => c.type === 'news').map((c) => c.id));
  const articles = site.articles
    .filter((a) => news.has(a.columnId))
    .map((a) => ({ url: articleUrl(site, a), at: a.publishedAt ?? '' }))
    .filter((a) => isPublished(a.url))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.url.localeCompare(b.url)));
  return [site.path, ...articles.map((a) => a.url)].filter(isPublished);
}

/**
 * The pack of a site: pages in order while the pages and every file they need fit in the budget
 * (a shared file counts once). Stops at the first page that would not fit, so what is kept is
 * always the newest articles.
 */
export function offlinePack(
  siteId: string,
  budgetKB: number,
  pages: readonly string[],
  sizeOf: (url: string) => number,
  assetsOf: (page: string) => readonly string[],
): OfflinePack {
  const budgetBytes = budgetKB * 1024;
  const entries: OfflinePackEntry[] = [];
  const counted = new Set<string>();
  let total = 0;
  for (const page of pages) {
    const own: OfflinePackEntry[] = [{ url: page, bytes: sizeOf(page), kind: 'page' }];
    for (const asset of assetsOf(page))
      if (!counted.has(asset) && !own.some((e) => e.url === asset))
        own.push({ url: asset, bytes: sizeOf(asset), kind: 'asset' });
    const bytes = own.reduce((sum, e) => sum + e.bytes, 0);
    if (total + bytes > budgetBytes) break;
    total += bytes;
    for (const e of own) {
      counted.add(e.url);
      entries.push(e);
    }
  }
  return { site: siteId, budgetBytes, totalBytes: total, entries };
}

/** The size of a built file by its URL, in bytes. */
export function builtSize(outDir: string, url: string): number {
  const file = join(outDir, fileOf(url));
  if (!existsSync(file)) throw new Error(`The offline pack names ${url}, which the build did not write (${file})`);
  return statSync(file).size;
}

/** Writes every site's pack to `dist/data/offline/{site}.json`; returns them. */
export function writeOfflinePacks(
  outDir: string,
  cluster: Cluster,
  publishedUrls: ReadonlySet<string>,
  assetsOf: (page: string) => readonly string[],
): OfflinePack[] {
  const dir = join(outDir, 'data', 'offline');
  mkdirSync(dir, { recursive: true });
  const packs: OfflinePack[] = [];
  for (const site of cluster.sites.values()) {
    const budgetKB = site.offline?.budgetKB ?? DEFAULT_OFFLINE_BUDGET_KB;
    const pages = packPages(site, (url) => publishedUrls.has(url));
    const pack = offlinePack(site.id, budgetKB, pages, (url) => builtSize(outDir, url), assetsOf);
    writeFileSync(join(dir, `${encodeURIComponent(site.id)}.json`), JSON.stringify(pack));
    packs.push(pack);
  }
  return packs;
}

/** A precache entry as Workbox takes it: hashed file names need no revision. */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string | null;
}

/** What the service worker is built with (replaces `__PORTAL_OFFLINE__` in its source). */
export interface OfflineConfig {
  readonly precache: readonly PrecacheEntry[];
  /** The offline page of each language. */
  readonly offlinePages: Readonly<Record<Language, string>>;
  /** Every site's path and language, longest path first: the language of an uncached URL. */
  readonly sites: readonly { readonly path: string; readonly language: Language }[];
}

/** Precache entries for built files: a content hash as revision unless the name already carries one. */
export function precacheEntries(outDir: string, urls: readonly string[]): PrecacheEntry[] {
  return [...new Set(urls)].map((url) => {
    const hashedName = /^\/assets\//.test(url) || /^\/fonts\/[^/]*-[0-9a-f]{8,}\.woff2$/.test(url);
    const file = join(outDir, fileOf(url));
    const revision = hashedName ? null : createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    return { url, revision };
  });
}

/**
 * Bundles the service worker (Workbox's modules, our routes) into one classic script at
 * `dist/sw.js`, with `config` written in, so the worker changes (and is announced as an update)
 * whenever a precached file does.
 */
export async function buildServiceWorker(outDir: string, config: OfflineConfig): Promise<void> {
  const source = fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url));
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __PORTAL_OFFLINE__: JSON.stringify(config),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: source, formats: ['iife'], name: 'portalServiceWorker', fileName: () => 'sw.js' },
    },
  });
}
