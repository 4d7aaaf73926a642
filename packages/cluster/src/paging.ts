// One page of a list: the page asked for, clamped to the pages there are (at least one).

/** Where a page of `total` items starts and ends, and how many pages there are. */
export interface PageWindow {
  /** 1-based, clamped to 1…pageCount. */
  readonly page: number;
  readonly pageSize: number;
  /** At least 1. */
  readonly pageCount: number;
  /** Index of the page's first item, and one past its last (for `slice`, `offset`/`limit`). */
  readonly start: number;
  readonly end: number;
}

/**
 * The window of page `page` (1 when absent or not a number) of `pageSize` items (`defaultSize`
 * when absent, at most `maxSize`) over `total` items.
 */
export function pageWindow(
  total: number,
  page: number | undefined,
  pageSize: number | undefined,
  defaultSize: number,
  maxSize = Number.MAX_SAFE_INTEGER,
): PageWindow {
  const wanted = Math.floor(pageSize ?? defaultSize);
  const size = Math.min(maxSize, Math.max(1, Number.isFinite(wanted) ? wanted : defaultSize));
  const pageCount = Math.max(1, Math.ceil(total / size));
  const asked = Math.floor(page ?? 1);
  const current = Math.min(Math.max(1, Number.isFinite(asked) ? asked : 1), pageCount);
  return { page: current, pageSize: size, pageCount, start: (current - 1) * size, end: current * size };
}
