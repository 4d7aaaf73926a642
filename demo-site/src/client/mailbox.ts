// Mailbox pages: every prerendered mailbox placeholder becomes a <bichig-mailbox> on the site's
// data, submitting to IndexedDB. In Mongolian the element writes with <bichig-textarea> and the
// virtual keyboard.
import '@bichig/elements/bichig-mailbox.js';
import type { BichigMailbox } from '@bichig/elements';
import { siteAdapter, siteSlice } from './data.js';
import { pageLang, prepareElements } from './page.js';

export async function startMailboxes(): Promise<void> {
  await prepareElements();
  const places = [...document.querySelectorAll<HTMLElement>('[data-mailbox]')];
  await Promise.all(
    places.map(async (place) => {
      const siteId = place.dataset['site']!;
      const cluster = await siteSlice(siteId);
      const mailboxId = place.dataset['mailbox']!;
      const mailbox = cluster.site(siteId).mailboxes.find((m) => m.id === mailboxId);
      const element = document.createElement('bichig-mailbox') as BichigMailbox;
      element.cluster = cluster;
      element.site = siteId;
      element.mailbox = mailboxId;
      if (mailbox) element.column = mailbox.columnId;
      element.lang = pageLang();
      // Native, as on the prerendered pages (project font first): no 440 KB HarfBuzz WASM on a phone.
      element.renderer = 'native';
      element.adapter = await siteAdapter(cluster, siteId);
      place.replaceChildren(element);
      await element.updateComplete;
    }),
  );
}
