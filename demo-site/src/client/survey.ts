// Survey pages: the prerendered questions and counts become a <bichig-survey> that takes answers
// and counts them in IndexedDB.
import '@bichig/elements/bichig-survey.js';
import type { BichigSurvey } from '@bichig/elements';
import { siteAdapter, siteSlice } from './data.js';
import { pageLang, prepareElements } from './page.js';

export async function startSurveys(): Promise<void> {
  await prepareElements();
  const places = [...document.querySelectorAll<HTMLElement>('[data-survey]')];
  await Promise.all(
    places.map(async (place) => {
      const siteId = place.dataset['site']!;
      const cluster = await siteSlice(siteId);
      const element = document.createElement('bichig-survey') as BichigSurvey;
      element.cluster = cluster;
      element.site = siteId;
      element.survey = place.dataset['survey']!;
      element.lang = pageLang();
      // Native, as on the prerendered pages (project font first): no 440 KB HarfBuzz WASM on a phone.
      element.renderer = 'native';
      element.keyboard = pageLang() === 'mn-Mong';
      element.adapter = await siteAdapter(cluster, siteId);
      place.replaceChildren(element);
      await element.updateComplete;
    }),
  );
}
