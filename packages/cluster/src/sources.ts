// Reading cluster files from where they live: a directory in Node, a URL in browsers, or any
// reader you supply. Parse failures and missing files become validation issues like any other.
import type { ValidationIssue } from './errors.js';
import { loadCluster, type ClusterFiles, type LoadOptions, type LoadResult } from './load.js';

/** Reads one file of a cluster, given its path relative to the cluster root, as text. */
export type ClusterFileReader = (path: string) => Promise<string>;

/** Thrown by a reader for a file that does not exist, so it is reported as missing rather than as an I/O failure. */
export class ClusterFileNotFoundError extends Error {
  override readonly name = 'ClusterFileNotFoundError';
  constructor(readonly path: string) {
    super(`Cluster file not found: ${path}`);
  }
}

/**
 * Reads `cluster.json` and every site file it lists through `read`, parses them and loads the
 * cluster. Files that cannot be read or parsed are reported (and their site left out); the rest load.
 */
export async function loadClusterWith(
  read: ClusterFileReader,
  manifest = 'cluster.json',
  options: Omit<LoadOptions, 'manifest'> = {},
): Promise<LoadResult> {
  const files: Record<string, unknown> = {};
  const problems: ValidationIssue[] = [];
  const readJson = async (path: string): Promise<void> => {
    let text: string;
    try {
      text = await read(path);
    } catch (error) {
      if (error instanceof ClusterFileNotFoundError) return; // loadCluster reports the missing file
      problems.push({
        file: path,
        path: '$',
        expected: 'a readable file',
        received: error instanceof Error ? error.message : String(error),
        dropped: 'file',
      });
      files[path] = undefined;
      return;
    }
    try {
      files[path] = JSON.parse(text);
    } catch (error) {
      problems.push({
        file: path,
        path: '$',
        expected: 'valid JSON',
        received: error instanceof Error ? error.message : String(error),
        dropped: 'file',
      });
      files[path] = undefined;
    }
  };
  await readJson(manifest);
  const listed = (files[manifest] as { siteFiles?: unknown } | undefined)?.siteFiles;
  if (Array.isArray(listed)) await Promise.all(listed.filter((p): p is string => typeof p === 'string').map(readJson));
  const unreadable = new Set(problems.map((p) => p.file));
  const readable: ClusterFiles = Object.fromEntries(Object.entries(files).filter(([path]) => !unreadable.has(path)));
  // Unreadable site files are already reported; give loadCluster a manifest without them so they are not reported twice.
  const manifestData = readable[manifest] as { siteFiles?: unknown } | undefined;
  const patched =
    manifestData && Array.isArray(manifestData.siteFiles)
      ? {
          ...readable,
          [manifest]: {
            ...manifestData,
            siteFiles: manifestData.siteFiles.filter((p) => !unreadable.has(p as string)),
          },
        }
      : readable;
  const result = unreadable.has(manifest)
    ? loadCluster({}, { manifest })
    : loadCluster(patched, { ...options, manifest });
  const errors = unreadable.has(manifest) ? problems : [...problems, ...result.errors];
  return { cluster: result.cluster, errors };
}

/**
 * Loads a cluster over HTTP (browsers, workers): `base` is the URL of the directory holding the
 * manifest (`cluster.json`, or `options.manifest`), e.g. `new URL('/data/xilingol/', location.href)`.
 * Image links relative to the cluster are resolved against `base` unless `options.mediaBase` says otherwise.
 */
export function fetchCluster(
  base: string | URL,
  fetchImpl: typeof fetch = fetch,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const root = new URL(base);
  return loadClusterWith(
    async (path) => {
      const url = new URL(path, root);
      const response = await fetchImpl(url);
      if (response.status === 404) throw new ClusterFileNotFoundError(path);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.href}`);
      return response.text();
    },
    options.manifest ?? 'cluster.json',
    // Images beside the data (media/…) are published where the data is.
    { mediaBase: root, ...options },
  );
}

// Kept in variables so bundlers do not try to bundle Node's fs for browsers; these run only in Node.
const NODE_FS = 'node:fs/promises';
const NODE_URL = 'node:url';
const NODE_PATH = 'node:path';

/**
 * Loads a cluster from a directory in Node: a path (relative to the working directory) or a `file:`
 * URL of the directory holding `cluster.json`. Cluster-relative image links stay relative unless
 * `options.mediaBase` says where the directory is published (e.g. `/data/xilingol/` for a prerender).
 */
export async function loadClusterFromDirectory(
  directory: string | URL,
  options: Omit<LoadOptions, 'manifest'> = {},
): Promise<LoadResult> {
  const fs = (await import(/* @vite-ignore */ NODE_FS)) as typeof import('node:fs/promises');
  let root: URL;
  if (typeof directory === 'string') {
    const url = (await import(/* @vite-ignore */ NODE_URL)) as typeof import('node:url');
    const path = (await import(/* @vite-ignore */ NODE_PATH)) as typeof import('node:path');
    root = url.pathToFileURL(path.resolve(directory) + path.sep);
  } else root = directory.href.endsWith('/') ? directory : new URL(`${directory.href}/`);
  return loadClusterWith(
    async (path) => {
      try {
        return await fs.readFile(new URL(path, root), 'utf8');
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') throw new ClusterFileNotFoundError(path);
        throw error;
      }
    },
    'cluster.json',
    options,
  );
}
