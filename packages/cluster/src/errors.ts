// Typed errors of @bichig/cluster. Each names the input and what was wrong with it.

/** One problem found while validating cluster data: which file, where in it, and what was expected. */
export interface ValidationIssue {
  /** The file (relative to the cluster root) the problem is in, e.g. `sites/dwzmqq-mn.json`. */
  readonly file: string;
  /** JSON path of the bad value, e.g. `$.articles[3].publishedAt` (`$` is the file's root). */
  readonly path: string;
  /** What was expected there, in words. */
  readonly expected: string;
  /** What was found, shortened for display. */
  readonly received: string;
  /** Whether the problem dropped the whole file (`file`) or only the record it is in (`record`). */
  readonly dropped: 'file' | 'record' | 'nothing';
}

/** Formats an issue as one line: `sites/x.json $.articles[3].title: expected non-empty text, received ""`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file} ${issue.path}: expected ${issue.expected}, received ${issue.received}`;
}

/** Thrown by {@link assertValid} and by strict loading when cluster data does not validate. */
export class ClusterValidationError extends Error {
  override readonly name = 'ClusterValidationError';
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the cluster data:\n` +
        issues
          .slice(0, 20)
          .map((i) => `  ${formatIssue(i)}`)
          .join('\n') +
        (issues.length > 20 ? `\n  … and ${issues.length - 20} more` : ''),
    );
  }
}

/** A date outside the range a work calendar is authoritative for. */
export class CalendarRangeError extends Error {
  override readonly name = 'CalendarRangeError';
  constructor(
    readonly date: string,
    readonly validFrom: string,
    readonly validTo: string,
  ) {
    super(
      `The work calendar covers ${validFrom} to ${validTo}; ${date} is outside it, so working days cannot be counted reliably.`,
    );
  }
}

/** A string that is not a valid date or timestamp. */
export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
  constructor(
    readonly input: string,
    readonly expected: string,
  ) {
    super(`"${input}" is not ${expected}.`);
  }
}

/** A letter status change that the workflow does not allow. */
export class LetterTransitionError extends Error {
  override readonly name = 'LetterTransitionError';
  constructor(
    readonly letterId: string,
    readonly from: string,
    readonly to: string,
    readonly allowed: readonly string[],
  ) {
    super(
      `Letter ${letterId} cannot go from "${from}" to "${to}"; from "${from}" it may go to ${allowed.length ? allowed.map((s) => `"${s}"`).join(', ') : 'nothing (it is final)'}.`,
    );
  }
}

/** A request that the workflow cannot satisfy because something it needs is missing. */
export class LetterWorkflowError extends Error {
  override readonly name = 'LetterWorkflowError';
  constructor(
    readonly letterId: string,
    reason: string,
  ) {
    super(`Letter ${letterId}: ${reason}`);
  }
}

/** An id that names nothing in the cluster. */
export class UnknownIdError extends Error {
  override readonly name = 'UnknownIdError';
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`There is no ${kind} with id "${id}" in the cluster.`);
  }
}

/** A reference that would put the same article into a column twice. */
export class DuplicateReferenceError extends Error {
  override readonly name = 'DuplicateReferenceError';
  constructor(
    readonly articleId: string,
    readonly siteId: string,
    readonly columnId: string,
  ) {
    super(
      `Article ${articleId} is already in column ${columnId} of site ${siteId}; an article appears at most once per column.`,
    );
  }
}

/** An index number that cannot be generated (e.g. the year's 99,999 numbers are used up). */
export class IndexNumberError extends Error {
  override readonly name = 'IndexNumberError';
  constructor(
    readonly orgCode: string,
    readonly year: number,
    reason: string,
  ) {
    super(`Cannot generate an index number for ${orgCode} in ${year}: ${reason}`);
  }
}

/** A search query that cannot be run. */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError';
  constructor(
    readonly query: string,
    reason: string,
  ) {
    super(`Search query "${query}": ${reason}`);
  }
}

/** A serialised search index that cannot be loaded: not an index, another format version, or built from other data. */
export class SearchIndexLoadError extends Error {
  override readonly name = 'SearchIndexLoadError';
  constructor(readonly reason: string) {
    super(`Cannot load the serialised search index: ${reason}`);
  }
}

/** A loader was called with an argument of the wrong kind (a path where parsed files were expected, …). */
export class ClusterArgumentError extends TypeError {
  override readonly name = 'ClusterArgumentError';
  constructor(
    /** The function and argument, e.g. `loadCluster(files)`. */
    readonly argument: string,
    /** What it takes. */
    readonly expected: string,
    /** What it was given, described. */
    readonly received: string,
    /** What to call instead, when the mistake is a common one. */
    hint = '',
  ) {
    super(`${argument}: expected ${expected}, received ${received}.${hint ? ` ${hint}` : ''}`);
  }
}
