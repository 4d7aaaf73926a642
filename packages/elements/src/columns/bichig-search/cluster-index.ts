/**
 * The in-browser index of a whole cluster (<bichig-search> given `cluster` or `src`): MiniSearch
 * through @bichig/cluster's ClusterSearch. Only that path imports this module, dynamically, so a
 * page searching a sharded index (`index`) never downloads MiniSearch or the index builder.
 */
import { ClusterSearch } from '@bichig/cluster';
import type { Cluster } from '@bichig/cluster';

/** One search index per loaded cluster and publication moment, built once and shared. */
const indexes = new WeakMap<Cluster, Map<string, Promise<ClusterSearch>>>();

/** The index of `cluster` as published at `now`, built in chunks so the main thread stays responsive. */
export function searchIndexFor(cluster: Cluster, now: string): Promise<ClusterSearch> {
  let byMoment = indexes.get(cluster);
  if (!byMoment) indexes.set(cluster, (byMoment = new Map()));
  // The index only depends on the day (what is public), so one per day is enough.
  const day = now.slice(0, 10);
  let index = byMoment.get(day);
  if (!index) byMoment.set(day, (index = ClusterSearch.buildAsync(cluster, { now })));
  return index;
}
