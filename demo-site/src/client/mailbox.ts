// Mailbox pages: every prerendered mailbox placeholder becomes a <bichig-mailbox> on the site's
// data, submitting to IndexedDB. In Mongolian the element writes with <bichig-input>,
// <bichig-textarea> and the virtual keyboard; a Chinese page loads none of them.
import '@bichig/elements/bichig-mailbox.js';
import type { BichigMailbox } from '@bichig/elements';
import { pageLang, prepareElements } from './page.js';
import { nextTask } from './tasks.js';

export async function startMailboxes(): Promise<void> {
  // The Mongolian form's fields, fetched beside the site's data: the element loads them itself
  // before it first shows that form, which would be one more round trip after the data. (A failure
  // is the element's to report: it tries again and says so.)
  if (pageLang() === 'mn-Mong')
    Promise.all([import('@bichig/elements/bichig-input.js'), import('@bichig/elements/bichig-textarea.js')]).catch(
      () => undefined,
    );
  // The data's loader is a module of its own, so that its code and the element's are evaluated in
  // two tasks, and each step below is a task of its own too: none blocks a tap for long (#14).
  const [{ siteAdapter, siteSlice }] = await Promise.all([import('./data.js'), prepareElements()]);
  const places = [...document.querySelectorAll<HTMLElement>('[data-mailbox]')];
  await Promise.all(
    places.map(async (place) => {
      const siteId = place.dataset['site']!;
      const cluster = await siteSlice(siteId);
      await nextTask();
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
      await nextTask();
      place.replaceChildren(element);
      await element.updateComplete;
    }),
  );
}
