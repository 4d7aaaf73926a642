// Loading a serialised cluster search index: the checks that a JSON value (or text) really is an
// index of this format and version, and where its documents come from (the serialisation, or the
// cluster it was built from). `ClusterSearch.fromJSON` and `fromJSONAsync` call them before they
// hand the inverted index to MiniSearch.
import type { AsPlainObject } from 'minisearch';
import type { Cluster } from '../cluster.js';
import { SearchIndexLoadError } from '../errors.js';
import { SERIAL_FORMAT, SERIAL_VERSION, type SearchDocument, type SerializedClusterSearch } from './types.js';
import { searchDocuments } from './documents.js';

/**
 * The serialised index `json` (an object or its JSON text), checked field by field; throws
 * {@link SearchIndexLoadError} for anything else.
 */
export function checkSerialized(json: unknown): SerializedClusterSearch {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw new SearchIndexLoadError(
        `the text is not JSON (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
  if (typeof data !== 'object' || data === null)
    throw new SearchIndexLoadError(`expected an object, got ${data === null ? 'null' : typeof data}.`);
  const d = data as Partial<Record<keyof SerializedClusterSearch, unknown>>;
  if (d.format !== SERIAL_FORMAT)
    throw new SearchIndexLoadError(`expected format "${SERIAL_FORMAT}", got ${JSON.stringify(d.format)}.`);
  if (d.version !== SERIAL_VERSION)
    throw new SearchIndexLoadError(
      `expected format version ${SERIAL_VERSION}, got ${JSON.stringify(d.version)}; rebuild the index with this version of @bichig/cluster.`,
    );
  if (typeof d.now !== 'string')
    throw new SearchIndexLoadError('"now" must be the ISO timestamp the index was built for.');
  if (typeof d.documentFrequency !== 'object' || d.documentFrequency === null)
    throw new SearchIndexLoadError('"documentFrequency" must be an object of term counts.');
  const index = d.index as Partial<AsPlainObject> | undefined;
  if (
    typeof index !== 'object' ||
    index === null ||
    typeof index.documentCount !== 'number' ||
    typeof index.documentIds !== 'object' ||
    !Array.isArray(index.index)
  ) {
    throw new SearchIndexLoadError('"index" must be a MiniSearch index serialised by MiniSearch#toJSON.');
  }
  if (d.documents !== undefined && !Array.isArray(d.documents))
    throw new SearchIndexLoadError('"documents", when present, must be an array of search documents.');
  return data as SerializedClusterSearch;
}

/**
 * The documents of a serialised index: its own, or else those of `cluster` as public at the moment
 * it was built.
 */
export function serializedDocuments(
  data: SerializedClusterSearch,
  cluster: Cluster | undefined,
): readonly SearchDocument[] {
  if (data.documents) return data.documents;
  if (!cluster)
    throw new SearchIndexLoadError(
      'it was serialised without its documents, so the cluster it was built from must be passed too.',
    );
  return searchDocuments(cluster, { now: data.now });
}
