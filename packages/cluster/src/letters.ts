// The letter workflow: allowed status transitions, working-day deadlines, overdue and warning flags,
// and the public statistics that mailbox pages publish.
import { chinaDateOf, type WorkCalendar } from './calendar.js';
import { LetterTransitionError, LetterWorkflowError } from './errors.js';
import type { Letter, LetterEvent, LetterStatus, Mailbox, Reply, WarningLevel } from './schema/index.js';

/** The statuses each status may move to. `replied`, `invalid` and `duplicate` are final. */
export const LETTER_TRANSITIONS: Readonly<Record<LetterStatus, readonly LetterStatus[]>> = {
  received: ['accepted', 'invalid', 'duplicate'],
  accepted: ['in-progress', 'replied'],
  'in-progress': ['replied'],
  replied: [],
  invalid: [],
  duplicate: [],
};

/** Final statuses: nothing more happens to the letter. */
export function isFinalStatus(status: LetterStatus): boolean {
  return LETTER_TRANSITIONS[status].length === 0;
}

/** Whether the workflow allows `from` → `to`. */
export function canTransition(from: LetterStatus, to: LetterStatus): boolean {
  return LETTER_TRANSITIONS[from].includes(to);
}

/** The letter's current status: the status of its last history entry. */
export function currentStatus(letter: Letter): LetterStatus {
  const last = letter.history[letter.history.length - 1];
  // The schema guarantees at least one entry; a letter without history has just been received.
  return last ? last.status : 'received';
}

/** What a status change needs besides the new status. */
export interface TransitionInput {
  /** When it happens (ISO timestamp); must not be before the previous event. */
  readonly at: string;
  /** The organisation acting. */
  readonly orgCode?: string;
  /** A note for the record; required for `invalid` and `duplicate` so the writer learns why. */
  readonly note?: string;
  /** The department that will handle it; required when accepting unless already set. */
  readonly handlingOrgCode?: string;
  /** The reply; required for `replied`. */
  readonly reply?: Reply;
}

/**
 * Moves a letter to a new status and returns the updated letter (the input is not modified).
 * Throws {@link LetterTransitionError} for a transition the workflow does not allow and
 * {@link LetterWorkflowError} when something the step needs is missing.
 */
export function transitionLetter(letter: Letter, to: LetterStatus, input: TransitionInput): Letter {
  const from = currentStatus(letter);
  if (!canTransition(from, to)) throw new LetterTransitionError(letter.id, from, to, LETTER_TRANSITIONS[from]);
  const previous = letter.history[letter.history.length - 1];
  if (Number.isNaN(Date.parse(input.at))) throw new LetterWorkflowError(letter.id, `"${input.at}" is not a timestamp.`);
  if (previous && Date.parse(input.at) < Date.parse(previous.at)) {
    throw new LetterWorkflowError(
      letter.id,
      `the change to "${to}" at ${input.at} is before the previous change at ${previous.at}.`,
    );
  }
  const handlingOrgCode = input.handlingOrgCode ?? letter.handlingOrgCode;
  if (to === 'accepted' && !handlingOrgCode)
    throw new LetterWorkflowError(letter.id, 'accepting a letter needs a handling department (handlingOrgCode).');
  if (to === 'replied' && !input.reply) throw new LetterWorkflowError(letter.id, 'replying needs the reply.');
  if ((to === 'invalid' || to === 'duplicate') && !input.note)
    throw new LetterWorkflowError(letter.id, `marking a letter "${to}" needs a note saying why.`);
  const event: LetterEvent = {
    status: to,
    at: input.at,
    ...(input.orgCode ? { orgCode: input.orgCode } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  return {
    ...letter,
    history: [...letter.history, event],
    ...(handlingOrgCode ? { handlingOrgCode } : {}),
    ...(input.reply ? { reply: input.reply } : {}),
  };
}

/** A problem with a letter's history, as a JSON path relative to the letter and what was expected. */
export interface LetterHistoryProblem {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
}

/** Checks a stored letter's history against the workflow (used when loading data). */
export function letterHistoryProblems(letter: Letter): LetterHistoryProblem[] {
  const problems: LetterHistoryProblem[] = [];
  const first = letter.history[0];
  if (first && first.status !== 'received')
    problems.push({
      path: '.history[0].status',
      expected: '"received" as the first status',
      received: JSON.stringify(first.status),
    });
  if (first && first.at !== letter.submittedAt)
    problems.push({
      path: '.history[0].at',
      expected: `the submission time ${letter.submittedAt}`,
      received: JSON.stringify(first.at),
    });
  for (let i = 1; i < letter.history.length; i++) {
    const prev = letter.history[i - 1]!;
    const next = letter.history[i]!;
    if (!canTransition(prev.status, next.status)) {
      problems.push({
        path: `.history[${i}].status`,
        expected: `a status allowed after "${prev.status}" (${LETTER_TRANSITIONS[prev.status].join(', ') || 'none, it is final'})`,
        received: JSON.stringify(next.status),
      });
    }
    if (Date.parse(next.at) < Date.parse(prev.at))
      problems.push({
        path: `.history[${i}].at`,
        expected: `a time not before ${prev.at}`,
        received: JSON.stringify(next.at),
      });
  }
  const status = currentStatus(letter);
  if (status === 'replied' && !letter.reply)
    problems.push({ path: '.reply', expected: 'a reply for a replied letter', received: 'nothing' });
  if (status !== 'replied' && letter.reply)
    problems.push({ path: '.reply', expected: `no reply while the letter is "${status}"`, received: 'a reply' });
  if (letter.satisfaction && status !== 'replied')
    problems.push({
      path: '.satisfaction',
      expected: 'a rating only after the reply',
      received: JSON.stringify(letter.satisfaction),
    });
  if (letter.history.some((e) => e.status === 'accepted') && !letter.handlingOrgCode)
    problems.push({ path: '.handlingOrgCode', expected: 'a handling department once accepted', received: 'nothing' });
  return problems;
}

/** When the letter was accepted (the deadline runs from then), if it was. */
export function acceptedAt(letter: Letter): string | undefined {
  return letter.history.find((e) => e.status === 'accepted')?.at;
}

/** When the letter was replied, if it was. */
export function repliedAt(letter: Letter): string | undefined {
  return letter.reply?.at ?? letter.history.find((e) => e.status === 'replied')?.at;
}

/**
 * The date (YYYY-MM-DD, China time) by which the reply is due: the mailbox's number of working days
 * after the day the letter was accepted. Undefined for letters never accepted.
 */
export function letterDeadline(letter: Letter, mailbox: Mailbox, calendar: WorkCalendar): string | undefined {
  const accepted = acceptedAt(letter);
  return accepted ? calendar.addWorkingDays(chinaDateOf(accepted), mailbox.deadlineWorkingDays) : undefined;
}

/** What a mailbox page shows beside a letter. */
export interface LetterFlags {
  /** The current status. */
  readonly status: LetterStatus;
  /** The reply deadline, once accepted. */
  readonly deadline?: string;
  /** Working days left until the deadline (0 on the deadline day, negative when overdue); open letters only. */
  readonly remainingWorkingDays?: number;
  /** Open and past its deadline. */
  readonly overdue: boolean;
  /** The most urgent warning level that applies to an open letter. */
  readonly warning?: WarningLevel['level'];
  /** For replied letters: whether the reply came on or before the deadline. */
  readonly repliedOnTime?: boolean;
}

/** Overdue and warning flags for a letter as of `today` (YYYY-MM-DD, China time). */
export function letterFlags(letter: Letter, mailbox: Mailbox, calendar: WorkCalendar, today: string): LetterFlags {
  const status = currentStatus(letter);
  const deadline = letterDeadline(letter, mailbox, calendar);
  if (!deadline) return { status, overdue: false };
  if (status === 'replied') {
    const replied = repliedAt(letter);
    return {
      status,
      deadline,
      overdue: false,
      repliedOnTime: replied !== undefined && chinaDateOf(replied) <= deadline,
    };
  }
  if (isFinalStatus(status)) return { status, deadline, overdue: false };
  const remaining = calendar.workingDaysBetween(today, deadline);
  const overdue = today > deadline;
  const levels = [...mailbox.warnings].sort((a, b) => a.remainingWorkingDays - b.remainingWorkingDays);
  const warning = overdue
    ? (levels[0]?.level ?? undefined)
    : levels.find((l) => remaining <= l.remainingWorkingDays)?.level;
  return { status, deadline, remainingWorkingDays: remaining, overdue, ...(warning ? { warning } : {}) };
}

/** The public statistics of a set of letters. */
export interface LetterStatistics {
  /** Letters received. */
  readonly received: number;
  /** Letters replied. */
  readonly answered: number;
  /** answered / received, in percent rounded to two decimals (88.94 for 5,187 of 5,832); null when none were received. */
  readonly answerRate: number | null;
  /** Replies given on or before their deadline. */
  readonly onTime: number;
  /** onTime / answered, in percent rounded to two decimals; null when none were answered. */
  readonly onTimeRate: number | null;
  /** Replies rated satisfied or very satisfied. */
  readonly satisfied: number;
  /** Replies that were rated at all. */
  readonly rated: number;
  /** satisfied / rated, in percent rounded to two decimals; null when none were rated. */
  readonly satisfactionRate: number | null;
}

/** A percentage rounded to two decimals, computed in integers so 5187/5832 gives exactly 88.94. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 10_000) / whole) / 100;
}

/** Options for {@link letterStatistics}. */
export interface StatisticsOptions {
  /** Mailboxes by id, for deadlines. Letters whose mailbox is missing count as not on time. */
  readonly mailboxes: ReadonlyMap<string, Mailbox>;
  /** The calendar for deadlines. */
  readonly calendar: WorkCalendar;
  /** Count letters submitted on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Count letters submitted on or before this date (YYYY-MM-DD). */
  readonly to?: string;
}

class Tally {
  received = 0;
  answered = 0;
  onTime = 0;
  satisfied = 0;
  rated = 0;
  result(): LetterStatistics {
    return {
      received: this.received,
      answered: this.answered,
      answerRate: percent(this.answered, this.received),
      onTime: this.onTime,
      onTimeRate: percent(this.onTime, this.answered),
      satisfied: this.satisfied,
      rated: this.rated,
      satisfactionRate: percent(this.satisfied, this.rated),
    };
  }
}

/** Statistics of several sets of letters taken together: the counts add up, the rates are taken anew. */
export function sumLetterStatistics(parts: Iterable<LetterStatistics>): LetterStatistics {
  const total = new Tally();
  for (const part of parts) {
    total.received += part.received;
    total.answered += part.answered;
    total.onTime += part.onTime;
    total.satisfied += part.satisfied;
    total.rated += part.rated;
  }
  return total.result();
}

/**
 * Public statistics overall and per handling department. Every letter submitted in the period
 * counts as received; replied letters count as answered. Per-department figures cover letters
 * assigned to a department (letters not yet accepted, invalid or duplicate have none).
 */
export function letterStatistics(
  letters: Iterable<Letter>,
  options: StatisticsOptions,
): { overall: LetterStatistics; byDepartment: Map<string, LetterStatistics> } {
  const overall = new Tally();
  const departments = new Map<string, Tally>();
  for (const letter of letters) {
    const day = chinaDateOf(letter.submittedAt);
    if ((options.from && day < options.from) || (options.to && day > options.to)) continue;
    const tallies = [overall];
    if (letter.handlingOrgCode) {
      let tally = departments.get(letter.handlingOrgCode);
      if (!tally) departments.set(letter.handlingOrgCode, (tally = new Tally()));
      tallies.push(tally);
    }
    const status = currentStatus(letter);
    const mailbox = options.mailboxes.get(letter.mailboxId);
    const onTime =
      status === 'replied' &&
      mailbox !== undefined &&
      letterFlags(letter, mailbox, options.calendar, day).repliedOnTime === true;
    const rated = status === 'replied' && letter.satisfaction !== undefined;
    const satisfied = rated && (letter.satisfaction === 'satisfied' || letter.satisfaction === 'very-satisfied');
    for (const t of tallies) {
      t.received++;
      if (status === 'replied') t.answered++;
      if (onTime) t.onTime++;
      if (rated) t.rated++;
      if (satisfied) t.satisfied++;
    }
  }
  return { overall: overall.result(), byDepartment: new Map([...departments].map(([code, t]) => [code, t.result()])) };
}
