// The desk's list of letters: which letters a view holds, their order and their pages. Shared by
// every desk backend (the server's SQL picks the member's letters; this orders and pages them).
import { pageWindow } from '../paging.js';
import type { DeskLetter, DeskLetterPage, DeskLettersQuery } from './desk.js';

/** Letters per desk page when the query does not say, and the most a page may hold. */
export const DESK_PAGE_SIZE = Object.freeze({ default: 20, max: 100 });

/** Whether a desk letter belongs in a view: `open` while the member has a step to take. */
export function inDeskView(item: DeskLetter, view: DeskLettersQuery['view'] = 'open'): boolean {
  if (view === 'all') return true;
  return view === 'closed' ? item.actions.length === 0 : item.actions.length > 0;
}

/**
 * The desk's order: overdue letters first, then by deadline (soonest first; letters without one,
 * not yet accepted, after those with one), then oldest first, then by id.
 */
export function compareDeskLetters(a: DeskLetter, b: DeskLetter): number {
  if (a.flags.overdue !== b.flags.overdue) return a.flags.overdue ? -1 : 1;
  const da = a.flags.deadline;
  const db = b.flags.deadline;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  const ta = Date.parse(a.letter.submittedAt);
  const tb = Date.parse(b.letter.submittedAt);
  if (ta !== tb) return ta - tb;
  return a.letter.id < b.letter.id ? -1 : a.letter.id > b.letter.id ? 1 : 0;
}

/** The page `query` asks for of the member's letters (any order in; the view filtered and sorted). */
export function deskLetterPage(items: readonly DeskLetter[], query: DeskLettersQuery = {}): DeskLetterPage {
  const listed = items
    .filter((item) => inDeskView(item, query.view) && (!query.mailboxId || item.letter.mailboxId === query.mailboxId))
    .sort(compareDeskLetters);
  const { page, pageSize, pageCount, start, end } = pageWindow(
    listed.length,
    query.page,
    query.pageSize,
    DESK_PAGE_SIZE.default,
    DESK_PAGE_SIZE.max,
  );
  return {
    items: listed.slice(start, end),
    total: listed.length,
    page,
    pageSize,
    pageCount,
    overdue: listed.filter((item) => item.flags.overdue).length,
  };
}
