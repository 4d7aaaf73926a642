// What only a query needs, loaded by the first one (query-on-demand.ts): the readers of a sharded
// index and of a search server (@bichig/cluster's ShardedClusterSearch and HttpClusterSearch, with
// the tokenizer and the ranking they bring) and the rendering of results and filters. A search page
// before its first query carries the box and the shell only.
import { html, nothing } from 'lit';
import { HttpClusterSearch, ShardedClusterSearch } from '@bichig/cluster';
import type { Language, SearchHit, SearchResults, SearchService } from '@bichig/cluster';
import { langOf } from '../column-base.js';
import { renderFilters, renderHit } from './search-parts.js';
import type { SearchView } from './search-parts.js';

export { renderFilters };

/** Opens a sharded index whose files `fetchFile` fetches (paths relative to its manifest). */
export function openShardedIndex(fetchFile: (path: string) => Promise<unknown>): Promise<SearchService> {
  return ShardedClusterSearch.load(fetchFile);
}

/** Opens the search server at `url` (asks it what it indexes). */
export function openSearchServer(url: URL): Promise<SearchService> {
  return HttpClusterSearch.load(url);
}

/** What the result list needs of its element. */
export interface ResultListOptions {
  readonly view: SearchView;
  readonly uiLang: string;
  readonly hrefFor: (hit: SearchHit) => string;
  /** The pager of `pages` pages. */
  readonly pager: (pages: number) => unknown;
  readonly pageSize: number;
}

/** The hits, each script in its own writing mode (Chinese horizontal, Mongolian vertical), and the pager. */
export function renderResultList(results: SearchResults, options: ResultListOptions): unknown {
  const { view } = options;
  const pages = Math.max(1, Math.ceil(results.total / Math.max(1, options.pageSize)));
  const group = (language: Language) => {
    const hits = results.hits.filter((hit) => hit.document.language === language);
    if (!hits.length) return nothing;
    return html`<div class=${language === 'mn' ? 'vertical' : 'horizontal'} lang=${langOf(language)}>
      <ol part="results">
        ${hits.map((hit) => renderHit(hit, view, options.hrefFor(hit), options.uiLang))}
      </ol>
    </div>`;
  };
  const order: Language[] = view.language === 'mn' ? ['mn', 'zh'] : ['zh', 'mn'];
  return html`${order.map(group)} ${options.pager(pages)}`;
}
