// Survey pages: the prerendered questions and counts become a <bichig-survey> that takes answers
// and counts them in IndexedDB.
import '@bichig/elements/bichig-survey.js';
import type { BichigSurvey } from '@bichig/elements';
import { pageLang, prepareElements } from './page.js';
import { nextTask } from './tasks.js';

export async function startSurveys(): Promise<void> {
  // As on the mailbox: the data's loader evaluated apart from the element, each step a task of its own (#14).
  const [{ siteAdapter, siteSlice }] = await Promise.all([import('./data.js'), prepareElements()]);
  const places = [...document.querySelectorAll<HTMLElement>('[data-survey]')];
  await Promise.all(
    places.map(async (place) => {
      const siteId = place.dataset['site']!;
      const cluster = await siteSlice(siteId);
      await nextTask();
      const element = document.createElement('bichig-survey') as BichigSurvey;
      element.cluster = cluster;
      element.site = siteId;
      element.survey = place.dataset['survey']!;
      element.lang = pageLang();
      // Native, as on the prerendered pages (project font first): no 440 KB HarfBuzz WASM on a phone.
      element.renderer = 'native';
      element.keyboard = pageLang() === 'mn-Mong';
      element.adapter = await siteAdapter(cluster, siteId);
      await nextTask();
      place.replaceChildren(element);
      await element.updateComplete;
    }),
  );
}
