// The portal's URLs. They come from the cluster model alone (site paths, column ids, item ids), so
// they stay the same from one build to the next as long as the data keeps its ids:
//   /{site path}                          a site's home            /dwq/, /dwq/mn/, /bm/fgw/
//   /{site path}{column}/                 a column (page 1)        /dwq/news/
//   /{site path}{column}/index_{n}.html   further pages of it      /dwq/news/index_2.html
//   /{site path}{column}/{item}.html      an article or item       /dwq/news/dwq-news-0001.html
//   /search/?q=…, /mn/search/?q=…         cluster search (zh, mn)
import type { Article, CatalogEntry, Cluster, Column, Language, Site } from '@bichig/cluster';

export const SEARCH_PATH: Record<Language, string> = { zh: '/search/', mn: '/mn/search/' };

export function siteUrl(site: Site): string {
  return site.path;
}

export function columnUrl(site: Site, columnId: string, page = 1): string {
  return `${site.path}${columnId}/${page > 1 ? `index_${page}.html` : ''}`;
}

export function itemUrl(site: Site, columnId: string, itemId: string): string {
  return `${site.path}${columnId}/${encodeURIComponent(itemId)}.html`;
}

export function articleUrl(site: Site, article: Article): string {
  return itemUrl(site, article.columnId, article.id);
}

/** Index numbers hold a slash (`CODE/2025-00001`); the file name uses a hyphen instead. */
export function catalogSlug(entry: CatalogEntry): string {
  return entry.indexNumber.replace('/', '-');
}

/** The first visible column of a type, to place items (catalog entries) that carry no column. */
export function columnOfType(cluster: Cluster, site: Site, type: Column['type']): Column | undefined {
  return cluster.columnOfType(site.id, type) ?? site.columns.find((c) => c.type === type);
}

/** The file a URL is written to, relative to the output directory. */
export function fileOf(url: string): string {
  const path = url.endsWith('/') ? `${url}index.html` : url;
  return decodeURIComponent(path.slice(1));
}

/** BCP 47 tag of a content language. */
export { langTag } from '@bichig/core/mongolian';
