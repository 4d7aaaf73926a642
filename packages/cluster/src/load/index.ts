// Loading a cluster from parsed JSON files, by step: load-cluster.ts (the passes and the arguments),
// records.ts (schema validation record by record), check-site.ts (the rules that span records),
// media.ts (media links resolved against where the cluster is published) and issues.ts (the
// problems reported). This file gathers what `@bichig/cluster` exports of it; sources.ts reads or
// fetches the files and hands them here.
export { loadCluster, type ClusterFiles, type LoadOptions, type LoadResult } from './load-cluster.js';
export { resolveMediaLink } from './media.js';
