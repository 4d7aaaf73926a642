// The page's side of reading offline: registers the service worker (src/sw/service-worker.ts,
// built to /sw.js), has it keep the page opened before it was in control, asks it for the site's
// offline pack after the first visit (not when the reader asked the browser to save data), and
// announces a new version of the portal without forcing it: the new worker waits until the reader
// chooses to reload. State for tests and styles: `data-offline` (ready) and `data-offline-pack`
// (ready, failed, save-data) on <html>.
import type { KeepOpenedRequest, PackReply, PackRequest } from './offline-protocol.js';

const root = document.documentElement;

/** Whether the reader asked the browser to use less data (Network Information API, where there is one). */
function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** Sends `message` to the active worker and waits for its one answer. */
function ask<T>(worker: ServiceWorker, message: unknown): Promise<T> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<T>) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

/** The page's own files as the browser loaded them (same origin only). */
function openedFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin)
    .map((url) => url.pathname);
}

/** Shows the prerendered "new version" notice in the page's status region; reloads only when the reader says so. */
function offerUpdate(waiting: ServiceWorker): void {
  const region = document.getElementById('portal-status');
  const template = region?.querySelector<HTMLTemplateElement>('template.update-banner');
  if (!region || !template || region.querySelector('div.update-banner')) return;
  const banner = template.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (!banner) return;
  banner.querySelector('[data-update="reload"]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'skip-waiting' });
  });
  banner.querySelector('[data-update="later"]')?.addEventListener('click', () => banner.remove());
  region.append(banner);
  root.dataset['update'] = 'waiting';
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  // A worker that installs while another controls the page is a new version; the first one is not.
  const offer = (worker: ServiceWorker) => {
    if (navigator.serviceWorker.controller) offerUpdate(worker);
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}

/** Starts the offline side of the page; resolves when the worker has done what this page asked. */
export async function startOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const controlled = Boolean(navigator.serviceWorker.controller);
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  watchForUpdates(registration);
  const ready = await navigator.serviceWorker.ready;
  const worker = ready.active;
  if (!worker) return;
  if (!controlled) {
    const keep: KeepOpenedRequest = { type: 'keep-opened', page: location.pathname, files: openedFiles() };
    await ask(worker, keep);
  }
  root.dataset['offline'] = 'ready';
  const site = root.dataset['site'];
  if (!site) return;
  if (savesData()) {
    root.dataset['offlinePack'] = 'save-data';
    return;
  }
  const request: PackRequest = { type: 'cache-pack', site };
  const reply = await ask<PackReply>(worker, request);
  if (reply.type === 'pack-failed') console.warn(`portal: the offline pack of ${site} was not kept: ${reply.message}`);
  root.dataset['offlinePack'] = reply.type === 'pack-cached' ? 'ready' : 'failed';
}
