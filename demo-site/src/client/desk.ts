// The staff desk page (/desk/, /mn/desk/): <bichig-letter-desk> on the desk's API that
// /portal-config.json names (`deskApi`; @bichig/server answers it with its /api/desk/). A portal
// served without a server has none: the page then says the desk cannot be used here, instead of a
// sign-in form that could never work.
// The tag's type (HTMLElementTagNameMap) only: the element itself is imported when the page needs it.
import type {} from '@bichig/elements/bichig-letter-desk.js';
import { pageLang, prepareElements } from './page.js';
import { portalConfig } from './portal-config.js';

export async function startDesk(): Promise<void> {
  const [, { deskApi }] = await Promise.all([prepareElements(), portalConfig()]);
  const place = document.querySelector<HTMLElement>('[data-desk]');
  if (!place) return;
  if (!deskApi) {
    place.querySelector<HTMLElement>('[data-desk-none]')?.removeAttribute('hidden');
    return;
  }
  const [{ HttpDeskAdapter }] = await Promise.all([
    import('@bichig/elements/desk-adapter.js'),
    import('@bichig/elements/bichig-letter-desk.js'),
  ]);
  const element = document.createElement('bichig-letter-desk');
  element.adapter = new HttpDeskAdapter({ baseUrl: new URL(deskApi, location.href) });
  element.lang = pageLang();
  // Native, as on the prerendered pages (project font first): no HarfBuzz WASM for the interface.
  element.setAttribute('renderer', 'native');
  place.replaceChildren(element);
}
