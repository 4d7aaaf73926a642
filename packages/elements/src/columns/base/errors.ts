/** The errors a column element shows in place of its content (and reports in `bichig-data-error`). */
import { formatIssue } from '@bichig/cluster';
import type { ValidationIssue } from '@bichig/cluster';

/** A cluster could not be loaded from `src`: the manifest was unreachable, not JSON or not a cluster. */
export class ClusterSourceError extends Error {
  override readonly name = 'ClusterSourceError';
  constructor(
    /** The manifest URL that was asked for. */
    readonly url: string,
    /** What the loader found wrong. */
    readonly issues: readonly ValidationIssue[],
  ) {
    super(
      `The cluster data at ${url} could not be loaded: ${issues.slice(0, 3).map(formatIssue).join('; ') || 'unknown error'}`,
    );
  }
}

/** A site or column id that the loaded cluster does not have. */
export class ColumnNotFoundError extends Error {
  override readonly name = 'ColumnNotFoundError';
  constructor(
    readonly kind: 'site' | 'column' | 'item',
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`There is no ${kind} "${id}" in the cluster data`, options);
  }
}
