// The offline page's list of what this device can read offline: the pages in the service worker's
// caches (pages opened, and the sites' offline packs), each with its title and language, read from
// the saved copies. Without a script the page says what happened and that the list needs one.
import { OFFLINE_CACHES } from './offline-protocol.js';

interface SavedPage {
  readonly url: string;
  readonly title: string;
  readonly lang: string;
}

/** Pages are the URLs of documents: directories and .html files (not the offline pages themselves). */
function isPage(url: URL): boolean {
  return (url.pathname.endsWith('/') || url.pathname.endsWith('.html')) && !/^\/(mn\/)?offline\/$/.test(url.pathname);
}

async function savedPages(): Promise<SavedPage[]> {
  if (!('caches' in window)) return [];
  const found = new Map<string, SavedPage>();
  const parser = new DOMParser();
  for (const name of [OFFLINE_CACHES.pages, OFFLINE_CACHES.packs]) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.origin !== location.origin || !isPage(url) || found.has(url.pathname)) continue;
      const response = await cache.match(request);
      if (!response?.headers.get('content-type')?.includes('text/html')) continue;
      // Parsed inert (DOMParser runs no script): only the title and the language are read.
      const saved = parser.parseFromString(await response.text(), 'text/html');
      found.set(url.pathname, {
        url: url.pathname,
        title: saved.title.trim() || url.pathname,
        lang: saved.documentElement.lang,
      });
    }
  }
  // The reader's language first, then by address.
  const own = document.documentElement.lang;
  return [...found.values()].sort(
    (a, b) => Number(b.lang === own) - Number(a.lang === own) || a.url.localeCompare(b.url),
  );
}

/** Fills the offline page's list; `data-offline-list="ready"` on <html> when done. */
export async function listSavedPages(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-offline-list]');
  if (!section) return;
  const list = section.querySelector('ul')!;
  const pages = await savedPages();
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title;
      if (page.lang && page.lang !== document.documentElement.lang) link.lang = page.lang;
      item.append(link);
      return item;
    }),
  );
  section.querySelector<HTMLElement>('[data-offline-status]')!.hidden = true;
  section.querySelector<HTMLElement>('[data-offline-none]')!.hidden = pages.length > 0;
  document.documentElement.dataset['offlineList'] = 'ready';
}
