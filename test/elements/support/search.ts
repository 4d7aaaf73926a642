// Reading <bichig-search>'s results in the tests of its index kinds (a sharded index, a search server).
import type { SearchHit } from '@bichig/cluster';
import type { BichigSearch } from '@bichig/elements/bichig-search.js';

/** The titles of the hits shown, in order. */
export const resultTitles = (element: BichigSearch) =>
  [...element.shadowRoot!.querySelectorAll('[part~="title"]')].map((a) => a.textContent);

/** The status line ("找到 N 条结果", …). */
export const statusText = (element: BichigSearch) => element.shadowRoot!.querySelector('[part~="status"]')!.textContent;

/** Hits in the order the element shows them: Chinese first, then Mongolian (set vertically below). */
export const zhFirst = (hits: readonly SearchHit[]) => [
  ...hits.filter((h) => h.document.language === 'zh'),
  ...hits.filter((h) => h.document.language === 'mn'),
];
