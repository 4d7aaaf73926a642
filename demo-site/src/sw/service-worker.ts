// The portal's service worker, built by src/build/offline.ts into dist/sw.js (one classic script,
// Workbox bundled in, `__PORTAL_OFFLINE__` written in by the build). Registered by
// src/client/offline-client.ts (no inline script: the portal's CSP allows scripts from 'self' only).
//
//  precache      the shell (entry script, its chunks, styles), the offline pages and their fonts
//  pages         network first with a short timeout: online readers always get the fresh page; the
//                last copy of every page opened stays readable offline
//  assets, fonts cache first (their names carry a content hash, or they never change)
//  data          network first (the interactive columns' slices, images, the runtime config)
//  packs         on a message from a page, a site's offline pack, within its budget
//  otherwise     a page never saved, asked for offline: the offline page in its language
//
// A new worker waits until the reader accepts the update (a `skip-waiting` message).
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import type { OfflineConfig, OfflinePack } from '../build/offline.js';
import {
  OFFLINE_CACHES,
  type KeepOpenedRequest,
  type PackReply,
  type PackRequest,
} from '../client/offline-protocol.js';

declare const __PORTAL_OFFLINE__: OfflineConfig;

// The few worker-scope types used here (the project type-checks with the DOM library).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const config = __PORTAL_OFFLINE__;
/** Seconds an online page may take before the saved copy is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 4;

// The first worker takes the open pages at once (there is no older one to wait for); later ones wait.
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute([...config.precache]);

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: OFFLINE_CACHES.pages,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
  }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/fonts/')),
  new CacheFirst({
    cacheName: OFFLINE_CACHES.assets,
    plugins: [new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })],
  }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith('/data/') || url.pathname === '/portal-config.json'),
  new NetworkFirst({
    cacheName: OFFLINE_CACHES.data,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
  }),
);

/** The language of a URL: that of the site whose path is its longest prefix. */
function languageOf(pathname: string): 'zh' | 'mn' {
  return config.sites.find((s) => pathname.startsWith(s.path))?.language ?? 'zh';
}

// The network failed and the route's own cache had nothing: any cache (a site's pack included),
// then, for a page, the offline page in the reader's language.
setCatchHandler(async ({ request, url }) => {
  const saved = await caches.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (saved) return saved;
  if (request.mode === 'navigate') {
    const offline = await matchPrecache(config.offlinePages[languageOf(url.pathname)]);
    if (offline) return offline;
  }
  return Response.error();
});

/** What the worker remembers of a site's pack: the pack as fetched, the files kept, its answer. */
interface PackIndex {
  readonly text: string;
  readonly urls: readonly string[];
  readonly reply: PackReply;
}

const indexUrl = (siteId: string) => `/offline-pack-index/${encodeURIComponent(siteId)}`;

async function packIndexes(): Promise<Map<string, PackIndex>> {
  const cache = await caches.open(OFFLINE_CACHES.packIndex);
  const indexes = new Map<string, PackIndex>();
  for (const request of await cache.keys())
    indexes.set(new URL(request.url).pathname, (await (await cache.match(request))!.json()) as PackIndex);
  return indexes;
}

/**
 * Keeps a site's pack in its own cache, never more than its budget (as stored): each file from a
 * cache that has it, else from the network. Does nothing when the pack has not changed since; when
 * it has, the files of the older pack that no site's pack holds now are let go.
 */
async function cachePack(siteId: string): Promise<PackReply> {
  const response = await fetch(`/data/offline/${encodeURIComponent(siteId)}.json`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`The offline pack of site ${siteId} answered ${response.status}`);
  const text = await response.text();
  const pack = JSON.parse(text) as OfflinePack;
  if (!Array.isArray(pack.entries) || typeof pack.budgetBytes !== 'number')
    throw new Error(`The offline pack of site ${siteId} is not a pack`);
  const indexes = await packIndexes();
  const previous = indexes.get(indexUrl(siteId));
  if (previous?.text === text) return previous.reply;
  const cache = await caches.open(OFFLINE_CACHES.packs);
  const urls: string[] = [];
  let stored = 0;
  let pages = 0;
  for (const entry of pack.entries) {
    const source =
      (await cache.match(entry.url)) ??
      (await caches.match(entry.url)) ??
      (await fetch(entry.url, { credentials: 'same-origin' }));
    if (!source.ok) break;
    const body = await source.arrayBuffer();
    if (stored + body.byteLength > pack.budgetBytes) break;
    await cache.put(entry.url, new Response(body, { status: source.status, headers: source.headers }));
    stored += body.byteLength;
    urls.push(entry.url);
    if (entry.kind === 'page') pages++;
  }
  const held = new Set([...indexes].filter(([key]) => key !== indexUrl(siteId)).flatMap(([, index]) => index.urls));
  for (const url of previous?.urls ?? []) if (!urls.includes(url) && !held.has(url)) await cache.delete(url);
  const reply: PackReply = { type: 'pack-cached', site: siteId, pages, bytes: stored, budgetBytes: pack.budgetBytes };
  const index: PackIndex = { text, urls, reply };
  await (await caches.open(OFFLINE_CACHES.packIndex)).put(indexUrl(siteId), Response.json(index));
  return reply;
}

/** The cache a runtime file belongs in, as its route would have put it there. */
function cacheFor(pathname: string): string {
  if (pathname.startsWith('/assets/') || pathname.startsWith('/fonts/')) return OFFLINE_CACHES.assets;
  if (pathname.startsWith('/data/') || pathname === '/portal-config.json') return OFFLINE_CACHES.data;
  return OFFLINE_CACHES.pages;
}

/** Keeps a page opened before this worker was in control, and the files it loaded. */
async function keepOpened(request: KeepOpenedRequest): Promise<void> {
  const urls = [request.page, ...request.files].filter((u) => typeof u === 'string' && u.startsWith('/'));
  await Promise.all(
    [...new Set(urls)].map(async (url) => {
      const cache = await caches.open(cacheFor(new URL(url, location.href).pathname));
      if (await cache.match(url)) return;
      const response = await fetch(url, { credentials: 'same-origin' });
      if (response.ok) await cache.put(url, response);
    }),
  );
}

worker.addEventListener('message', (event) => {
  const data = event.data as PackRequest | KeepOpenedRequest | { type: 'skip-waiting' } | null;
  if (data?.type === 'keep-opened' && Array.isArray(data.files)) {
    const port = event.ports[0];
    event.waitUntil(
      keepOpened(data).then(
        () => port?.postMessage({ type: 'kept' }),
        (error: unknown) => port?.postMessage({ type: 'kept', message: String(error) }),
      ),
    );
    return;
  }
  if (data?.type === 'skip-waiting') {
    event.waitUntil(worker.skipWaiting());
    return;
  }
  if (data?.type === 'cache-pack' && typeof data.site === 'string') {
    const port = event.ports[0];
    event.waitUntil(
      cachePack(data.site).then(
        (reply) => port?.postMessage(reply),
        (error: unknown) =>
          port?.postMessage({ type: 'pack-failed', site: data.site, message: String(error) } satisfies PackReply),
      ),
    );
  }
});
