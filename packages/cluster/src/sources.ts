// Reading cluster files from where they live: a directory in Node, a URL in browsers, or any
// reader you supply. Parse failures and missing files become validation issues like any other.
import { ClusterArgumentError, type ValidationIssue } from './errors.js';
import { describeValue } from './describe-value.js';
import { loadCluster, type ClusterFiles, type LoadOptions, type LoadResult } from './load/index.js';

/**
 * Reads one file of a cluster, given its path relative to the cluster root, as text. `signal` is
 * aborted when the loader stops waiting for it (its time limit passed): stop reading then.
 */
export type ClusterFileReader = (path: string, context: { signal: AbortSignal }) => Promise<string>;

/** How the loaders read: {@link LoadOptions} and a time limit per file. */
export interface ReadOptions extends Omit<LoadOptions, 'manifest'> {
  /**
   * How long one file may take, in ms (default 30 000). A file that has not answered by then is
   * reported as unreadable (its site left out) and its read is aborted; the rest load.
   */
  readonly timeoutMs?: number;
}

/** Default time limit for reading one cluster file. */
export const DEFAULT_READ_TIMEOUT_MS = 30_000;

/** A file that did not answer within the time limit (reported as a validation issue, never thrown). */
export class ClusterReadTimeoutError extends Error {
  override readonly name = 'ClusterReadTimeoutError';
  constructor(
    readonly path: string,
    readonly timeoutMs: number,
  ) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** Calls `read` for `path`, rejecting with {@link ClusterReadTimeoutError} (and aborting it) after `timeoutMs`. */
async function readWithin(read: ClusterFileReader, path: string, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ClusterReadTimeoutError(path, timeoutMs);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    const text = await Promise.race([Promise.resolve().then(() => read(path, { signal: controller.signal })), expired]);
    if (typeof text !== 'string') throw new TypeError(`the reader gave ${describeValue(text)} instead of text`);
    return text;
  } finally {
    clearTimeout(timer);
  }
}

function checkReadOptions(name: string, options: unknown): number {
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new ClusterArgumentError(`${name}(…, options)`, 'an options object', describeValue(options));
  const { timeoutMs } = options as ReadOptions;
  if (timeoutMs === undefined) return DEFAULT_READ_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0))
    throw new ClusterArgumentError(
      `${name} options.timeoutMs`,
      'a positive number of milliseconds',
      describeValue(timeoutMs),
    );
  return timeoutMs;
}

/** Thrown by a reader for a file that does not exist, so it is reported as missing rather than as an I/O failure. */
export class ClusterFileNotFoundError extends Error {
  override readonly name = 'ClusterFileNotFoundError';
  constructor(readonly path: string) {
    super(`Cluster file not found: ${path}`);
  }
}

/**
 * Reads `cluster.json` and every site file it lists through `read`, parses them and loads the
 * cluster. Files that cannot be read or parsed, or do not answer within `options.timeoutMs`, are
 * reported (and their site left out); the rest load. Always settles.
 * @throws {ClusterArgumentError} when `read` is not a function, `manifest` not a path or `options` not an options object.
 */
export async function loadClusterWith(
  read: ClusterFileReader,
  manifest = 'cluster.json',
  options: ReadOptions = {},
): Promise<LoadResult> {
  if (typeof read !== 'function')
    throw new ClusterArgumentError(
      'loadClusterWith(read)',
      'a function (path) => Promise<string> that reads one cluster file',
      describeValue(read),
      typeof read === 'string'
        ? 'To read a directory use loadClusterFromDirectory(path); to fetch one, fetchCluster(url).'
        : '',
    );
  if (typeof manifest !== 'string')
    throw new ClusterArgumentError(
      'loadClusterWith(read, manifest)',
      'the manifest path (string)',
      describeValue(manifest),
    );
  const timeoutMs = checkReadOptions('loadClusterWith', options);
  const { timeoutMs: _limit, ...loadOptions } = options;
  const files: Record<string, unknown> = {};
  const problems: ValidationIssue[] = [];
  const readJson = async (path: string): Promise<void> => {
    let text: string;
    try {
      text = await readWithin(read, path, timeoutMs);
    } catch (error) {
      if (error instanceof ClusterFileNotFoundError) return; // loadCluster reports the missing file
      problems.push({
        file: path,
        path: '$',
        expected: error instanceof ClusterReadTimeoutError ? `a file read within ${timeoutMs} ms` : 'a readable file',
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
    : loadCluster(patched, { ...loadOptions, manifest });
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
  options: ReadOptions & Pick<LoadOptions, 'manifest'> = {},
): Promise<LoadResult> {
  let root: URL;
  try {
    if (typeof base !== 'string' && !(base instanceof URL)) throw new TypeError('not a URL');
    root = new URL(base);
  } catch {
    return Promise.reject(
      new ClusterArgumentError(
        'fetchCluster(base)',
        'an absolute URL of the directory holding cluster.json',
        describeValue(base),
        typeof base === 'string' ? 'A relative path needs a base: new URL(path, location.href).' : '',
      ),
    );
  }
  if (typeof fetchImpl !== 'function')
    return Promise.reject(
      new ClusterArgumentError('fetchCluster(base, fetch)', 'a fetch function', describeValue(fetchImpl)),
    );
  return loadClusterWith(
    async (path, { signal }) => {
      const url = new URL(path, root);
      const response = await fetchImpl(url, { signal });
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
  options: ReadOptions = {},
): Promise<LoadResult> {
  if (typeof directory !== 'string' && !(directory instanceof URL))
    throw new ClusterArgumentError(
      'loadClusterFromDirectory(directory)',
      'a directory path or a file: URL',
      describeValue(directory),
    );
  const fs = (await import(/* @vite-ignore */ NODE_FS)) as typeof import('node:fs/promises');
  let root: URL;
  if (typeof directory === 'string') {
    const url = (await import(/* @vite-ignore */ NODE_URL)) as typeof import('node:url');
    const path = (await import(/* @vite-ignore */ NODE_PATH)) as typeof import('node:path');
    root = url.pathToFileURL(path.resolve(directory) + path.sep);
  } else root = directory.href.endsWith('/') ? directory : new URL(`${directory.href}/`);
  return loadClusterWith(
    async (path, { signal }) => {
      try {
        return await fs.readFile(new URL(path, root), { encoding: 'utf8', signal });
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') throw new ClusterFileNotFoundError(path);
        throw error;
      }
    },
    'cluster.json',
    options,
  );
}
