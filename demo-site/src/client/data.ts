// Loading what the mailbox and survey columns need: the site's slice of the cluster and where its
// letters and answers go. (The page's language and fonts: page.ts.)
import { fetchCluster, formatIssue, type Cluster } from '@bichig/cluster';
import { HttpFormAdapter, OutboxFormAdapter, type FormAdapter } from '@bichig/elements/adapter.js';
import { IndexedDbFormAdapter } from './idb-adapter.js';
import { portalConfig } from './portal-config.js';

/** The site's slice of the cluster (its columns, mailboxes, letters and surveys), loaded once. */
const slices = new Map<string, Promise<Cluster>>();
export function siteSlice(siteId: string): Promise<Cluster> {
  let loading = slices.get(siteId);
  if (!loading) {
    loading = fetchCluster(new URL(`/data/slices/${encodeURIComponent(siteId)}/`, location.href)).then(
      ({ cluster, errors }) => {
        if (errors.length)
          throw new Error(`The data of site ${siteId} did not load: ${errors.slice(0, 3).map(formatIssue).join('; ')}`);
        return cluster;
      },
    );
    slices.set(siteId, loading);
  }
  return loading;
}

/**
 * Where a site's letters and survey answers go: the portal's form API (`formApi` of
 * /portal-config.json, see portal-config.ts)
 * through an outbox, so what is written offline is sent when the link returns; else this
 * browser's IndexedDB.
 */
export async function siteAdapter(cluster: Cluster, siteId: string): Promise<FormAdapter> {
  const api = (await portalConfig()).formApi;
  if (api) {
    const baseUrl = new URL(`${encodeURIComponent(siteId)}/`, new URL(api, location.href));
    return new OutboxFormAdapter(new HttpFormAdapter({ baseUrl }), { scope: baseUrl.href });
  }
  const site = cluster.site(siteId);
  return IndexedDbFormAdapter.open({
    siteId,
    calendar: cluster.calendar,
    mailboxes: site.mailboxes,
    letters: site.letters,
    surveys: site.surveys,
  });
}
