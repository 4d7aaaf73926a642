// The Xilingol fixture's images (the 图解 charts under media/) for stories: Vite bundles each file
// and gives its URL, and the fixture's cluster-relative links (`media/x.svg`) are pointed at them.
// A Mongolian chart seen here through <img> uses the reader's installed Mongolian font (the portal
// build embeds a subset of the project font into each one; Storybook shows the files as published).
import type { Cluster } from '@bichig/cluster';

const urls = import.meta.glob('../../packages/fixtures/xilingol/media/*', {
  eager: true,
  query: '?url',
  import: 'default',
}) as Record<string, string>;
const byLink = new Map(
  Object.entries(urls).map(([path, url]) => [path.replace(/^.*\/packages\/fixtures\/xilingol\//, ''), url]),
);

/** Points the cluster's relative image links at the bundled files (idempotent). */
export function withFixtureMedia(cluster: Cluster): Cluster {
  for (const site of cluster.sites.values())
    for (const article of site.articles)
      for (const image of article.images) image.url = byLink.get(image.url) ?? image.url;
  return cluster;
}
