// The cluster search page: <bichig-search> over the whole cluster, with the query in the URL
// (/search/?q=…) so results can be linked and the back button works. Mongolian pages add the
// virtual keyboard, bound to whichever field has focus.
import '@bichig/elements/bichig-search.js';
import '@bichig/elements/bichig-keyboard.js';
import { pageLang, prepareElements } from './data.js';

export async function startSearch(): Promise<void> {
  await prepareElements();
  const place = document.querySelector<HTMLElement>('[data-search]');
  if (!place) return;
  // The element's own type, as far as this page uses it.
  const element = document.createElement('bichig-search') as HTMLElement & {
    src: string;
    query: string;
    whenIndexed(): Promise<void>;
  };
  element.src = '/data/xilingol/cluster.json';
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
  const children: Element[] = [element];
  if (pageLang() === 'mn-Mong') children.push(document.createElement('bichig-keyboard'));
  place.replaceChildren(...children);
  await element.whenIndexed();
}
