/**
 * Loading a cluster from a URL (the `src` of a column element): once per page and URL, shared by
 * every element with the same `src`, through @bichig/cluster's `fetchCluster`.
 */
import { fetchCluster } from '@bichig/cluster';
import type { LoadResult } from '@bichig/cluster';
import { ClusterSourceError } from './errors.js';

const loadsByUrl = new Map<string, Promise<LoadResult>>();

/** Splits `src` into the directory URL and the manifest's file name. */
function manifestLocation(src: string, base: string): { root: URL; manifest: string; url: string } {
  const url = new URL(src, base);
  if (url.pathname.endsWith('.json')) {
    const manifest = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    return { root: new URL('./', url), manifest, url: url.href };
  }
  const root = new URL(url.pathname.endsWith('/') ? url.href : `${url.href}/`);
  return { root, manifest: 'cluster.json', url: new URL('cluster.json', root).href };
}

/**
 * Loads (once per page and URL) the cluster whose manifest is at `src` — `…/cluster.json` or the
 * directory holding it, relative to `base` (the document by default). Rejects with
 * {@link ClusterSourceError} when the manifest itself cannot be used; records that fail
 * validation are left out and listed in the result's `errors`.
 */
export function loadClusterFromUrl(
  src: string,
  base: string = globalThis.document?.baseURI ?? '',
): Promise<LoadResult> {
  const { root, manifest, url } = manifestLocation(src, base);
  let loading = loadsByUrl.get(url);
  if (!loading) {
    loading = fetchCluster(root, undefined, { manifest }).then((result) => {
      const fatal = result.errors.filter((issue) => issue.file === manifest && issue.dropped === 'file');
      if (fatal.length) throw new ClusterSourceError(url, fatal);
      return result;
    });
    // A failure is not cached, so a retry (or the next element) fetches again.
    loading.catch(() => loadsByUrl.delete(url));
    loadsByUrl.set(url, loading);
  }
  return loading;
}

/** Forgets loaded clusters (all, or the one at `src`), so the next use fetches again. */
export function clearClusterCache(src?: string): void {
  if (src === undefined) loadsByUrl.clear();
  else loadsByUrl.delete(manifestLocation(src, globalThis.document?.baseURI ?? '').url);
}
