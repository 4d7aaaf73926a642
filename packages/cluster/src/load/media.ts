// Media links of a loaded cluster: links relative to the cluster's directory (`media/chart.svg`)
// resolved against where the cluster is published, for every image of a site's articles and
// every topic banner.
import { isClusterRelativeLink, type Site } from '../schema/index.js';

/** Resolves a cluster-relative link against `base` (an absolute URL, or a root-relative path like `/data/x/`). */
export function resolveMediaLink(url: string, base: string | URL): string {
  if (!isClusterRelativeLink(url)) return url;
  const text = String(base);
  const directory = text.endsWith('/') ? text : `${text}/`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(directory)) return new URL(url, directory).href;
  // A root-relative base stays root-relative: resolve on a placeholder origin and drop it again.
  const resolved = new URL(url, new URL(directory, 'http://cluster.invalid'));
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

export function resolveSiteMedia(site: Site, base: string | URL): void {
  for (const article of site.articles)
    for (const image of article.images) image.url = resolveMediaLink(image.url, base);
  for (const topic of site.topics) if (topic.banner) topic.banner.url = resolveMediaLink(topic.banner.url, base);
}
