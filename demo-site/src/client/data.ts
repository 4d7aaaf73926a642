// Loading what the mailbox and survey columns need: the site's slice of the cluster and where its
// letters and answers go. (The page's language and fonts: page.ts.)
import { fetchCluster, formatIssue, type Cluster } from '@bichig/cluster';
import { HttpFormAdapter, OutboxFormAdapter, type FormAdapter } from '@bichig/elements/adapter.js';
import { IndexedDbFormAdapter } from './idb-adapter.js';

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
 * The form API of this portal: `formApi` of `/portal-config.json`, which the build writes (from
 * PORTAL_FORM_API; `null` when there is none) and a host may replace without a new build. Read at
 * run time, through the service worker, so a page opened offline still knows where to send.
 */
let formApi: Promise<string | null> | undefined;
export function portalFormApi(): Promise<string | null> {
  formApi ??= fetch(new URL('/portal-config.json', location.href))
    .then((response): Promise<{ formApi?: unknown }> | { formApi?: unknown } => (response.ok ? response.json() : {}))
    .then((config) => (typeof config.formApi === 'string' && config.formApi ? config.formApi : null))
    .catch(() => null);
  return formApi;
}

/**
 * Where a site's letters and survey answers go: the portal's form API (see {@link portalFormApi})
 * through an outbox, so what is written offline is sent when the link returns; else this
 * browser's IndexedDB.
 */
export async function siteAdapter(cluster: Cluster, siteId: string): Promise<FormAdapter> {
  const api = await portalFormApi();
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
