// The cluster search page: <bichig-search> asking the portal's search server when it has one
// (`searchApi` of /portal-config.json, e.g. @bichig/server's /api/search/: one small answer per
// query), else over the sharded index the build wrote under /data/search/ (the manifest first, then
// per query only the shards of its terms and the hits shown — never the cluster), with the query in the URL (/search/?q=…) so results can be linked
// and the back button works. Mongolian pages turn on the element's virtual keyboard, which is
// loaded when the search box is first focused, so it does not weigh on the page.
import '@bichig/elements/bichig-search.js';
import { pageLang, prepareElements } from './page.js';
import { portalConfig } from './portal-config.js';

export async function startSearch(): Promise<void> {
  const [, { searchApi }] = await Promise.all([prepareElements(), portalConfig()]);
  const place = document.querySelector<HTMLElement>('[data-search]');
  if (!place) return;
  // The element's own type, as far as this page uses it.
  const element = document.createElement('bichig-search') as HTMLElement & {
    index: string;
    api: string;
    query: string;
    keyboard: boolean;
    whenIndexed(): Promise<void>;
  };
  if (searchApi) element.api = searchApi;
  else element.index = '/data/search/manifest.json';
  element.lang = pageLang();
  // Native, as on the prerendered pages (project font first): no 440 KB HarfBuzz WASM on a phone.
  element.setAttribute('renderer', 'native');
  element.query = new URLSearchParams(location.search).get('q') ?? '';
  element.addEventListener('bichig-search', (event: Event) => {
    const query = (event as CustomEvent<{ query: string }>).detail.query;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
  });
  place.replaceChildren(element);
  // Mongolian pages: the virtual keyboard under the box, loaded when the box is first focused; its
  // letter forms are drawn as the page draws its text (natively, the element's renderer): no HarfBuzz.
  element.keyboard = pageLang() === 'mn-Mong';
  await element.whenIndexed();
}
