/**
 * The staff desk: what the departments that answer letters see and may do. The shapes a desk
 * backend answers with (`DeskAdapter`), the steps staff take on a letter, who may take which step
 * ("谁主管，谁负责": a dispatcher routes the letters of its mailboxes, a handling department answers
 * the letters routed to it), and the one function that applies a step through the letter workflow.
 * The server (@bichig/server) and the elements' in-memory desk both call {@link applyDeskStep}, so a
 * letter moves the same way everywhere.
 */
import { currentStatus, transitionLetter, type LetterFlags } from '../letters.js';
import { isMongolianScript, type Language, type Letter, type Localized } from '../schema/index.js';
import { FormAdapterError, type LetterContact, type SubmissionProblem } from './protocol.js';
import { LETTER_LIMITS, characterCount, hasVisibleText, paragraphsOf } from './validate.js';

/**
 * What a member of staff does at the desk. A `dispatcher` (usually the secretary-general's office)
 * sees the letters received by its mailboxes and accepts each for a handling department, or marks
 * it invalid or a duplicate; a `handler` sees the letters routed to its department in its
 * mailboxes, starts work on them and replies.
 */
export type StaffRole = 'dispatcher' | 'handler';

/** A member of staff, as the desk shows who is signed in. Never carries a password or its hash. */
export interface StaffMember {
  /** The sign-in name. */
  readonly username: string;
  /** The name shown on the desk. */
  readonly name: string;
  /** The site whose mailboxes the member works on. */
  readonly siteId: string;
  /** The member's department (organisation code). */
  readonly orgCode: string;
  readonly role: StaffRole;
  /** The mailboxes (columns) the member works on. */
  readonly mailboxIds: readonly string[];
}

/** What staff can do to a letter. */
export type DeskAction = 'accept' | 'start' | 'reply' | 'mark-invalid' | 'mark-duplicate';

/** One step a member of staff takes on a letter. */
export type DeskStep =
  /** Accept the letter and route it to the department that will answer it (dispatchers). */
  | { readonly action: 'accept'; readonly handlingOrgCode: string }
  /** Start work on an accepted letter (its handling department). */
  | { readonly action: 'start' }
  /** Refuse the letter as invalid; the note tells the writer why (dispatchers). */
  | { readonly action: 'mark-invalid'; readonly note: string }
  /** Close the letter as a duplicate of another; the note says of which (dispatchers). */
  | { readonly action: 'mark-duplicate'; readonly note: string }
  /**
   * Answer the letter (its handling department): the reply exactly as typed (line breaks separate
   * paragraphs), in Chinese or in traditional Mongolian script, and whether it is published on the
   * portal with the letter. A letter whose writer did not agree to publication is never published.
   */
  | { readonly action: 'reply'; readonly language: Language; readonly body: string; readonly publish: boolean };

/** A letter as the desk shows it: with the writer's contact, its deadline flags and what the member may do. */
export interface DeskLetter {
  readonly letter: Letter;
  /** How to reach the writer; `null` when it was not kept (letters imported without one). */
  readonly contact: LetterContact | null;
  /** Status, deadline, overdue and warning flags as of today. */
  readonly flags: LetterFlags;
  /** Whether the letter and its reply are on the portal's list of replied letters. */
  readonly published: boolean;
  /** The mailbox it was sent to. */
  readonly mailbox: { readonly id: string; readonly name: Localized };
  /** The steps the signed-in member may take on it now. */
  readonly actions: readonly DeskAction[];
}

/** Which letters to list on the desk. */
export interface DeskLettersQuery {
  /** `open` (the default): letters waiting for the member; `closed`: replied, invalid, duplicate; `all`. */
  readonly view?: 'open' | 'closed' | 'all';
  /** Only this mailbox (one of the member's). */
  readonly mailboxId?: string;
  /** 1-based page; 1 by default. */
  readonly page?: number;
  /** Letters per page; 20 by default, at most 100. */
  readonly pageSize?: number;
}

/** One page of the desk's letters: overdue first, then by deadline, then oldest first. */
export interface DeskLetterPage {
  readonly items: readonly DeskLetter[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly pageCount: number;
  /** How many of the listed letters (all pages) are past their deadline. */
  readonly overdue: number;
}

/** A department a dispatcher can route letters to. */
export interface DeskDepartment {
  readonly orgCode: string;
  readonly name: Localized;
}

/**
 * The backend of the staff desk. Methods reject with a {@link FormAdapterError} subclass:
 * {@link SignInError}, {@link NotSignedInError}, {@link DeskForbiddenError},
 * {@link DeskConflictError}, `SubmissionInvalidError`, {@link RateLimitedError}, or
 * `AdapterRequestError` when the backend cannot be reached.
 */
export interface DeskAdapter {
  /** Signs in; rejects with {@link SignInError} for a wrong name or password. */
  signIn(username: string, password: string): Promise<StaffMember>;
  /** Signs out (nothing happens when nobody is signed in). */
  signOut(): Promise<void>;
  /** Who is signed in, or `null`. */
  currentStaff(): Promise<StaffMember | null>;
  /** The member's letters. */
  listLetters(query?: DeskLettersQuery): Promise<DeskLetterPage>;
  /** One of the member's letters by id, or `null` when it does not exist or is not theirs. */
  letter(id: string): Promise<DeskLetter | null>;
  /** The departments letters can be routed to. */
  departments(): Promise<readonly DeskDepartment[]>;
  /** Takes a step on a letter and answers with the letter as it is now. */
  takeStep(letterId: string, step: DeskStep): Promise<DeskLetter>;
}

/** The name or the password is wrong (which of the two is not said). */
export class SignInError extends FormAdapterError {
  override readonly name = 'SignInError';
  constructor() {
    super('The name or the password is wrong.');
  }
}

/** Nobody is signed in, or the session has ended: sign in again (nothing was changed). */
export class NotSignedInError extends FormAdapterError {
  override readonly name = 'NotSignedInError';
  constructor() {
    super('Not signed in, or the session has ended.');
  }
}

/** The member may not do this: the letter is not theirs, or the step is not theirs to take. */
export class DeskForbiddenError extends FormAdapterError {
  override readonly name = 'DeskForbiddenError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The letter changed since it was shown (someone else took a step): `letter` is how it is now. */
export class DeskConflictError extends FormAdapterError {
  override readonly name = 'DeskConflictError';
  constructor(
    readonly action: DeskAction,
    readonly letter: DeskLetter | null,
  ) {
    super(`"${action}" can no longer be done: the letter has changed since it was shown.`);
  }
}

/** Too many attempts in a short time; try again after `retryAfterSeconds`. */
export class RateLimitedError extends FormAdapterError {
  override readonly name = 'RateLimitedError';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; try again in ${retryAfterSeconds} s.`);
  }
}

const STEP_STATUS = {
  accept: 'accepted',
  start: 'in-progress',
  reply: 'replied',
  'mark-invalid': 'invalid',
  'mark-duplicate': 'duplicate',
} as const;

/** Whether the member works on the letter at all: its mailbox, and for a handler its department. */
export function staffSeesLetter(staff: StaffMember, letter: Letter): boolean {
  if (!staff.mailboxIds.includes(letter.mailboxId)) return false;
  return staff.role === 'dispatcher' || letter.handlingOrgCode === staff.orgCode;
}

/** The steps the member may take on the letter now, in the order a desk offers them. */
export function deskActions(staff: StaffMember, letter: Letter): DeskAction[] {
  if (!staffSeesLetter(staff, letter)) return [];
  const status = currentStatus(letter);
  if (staff.role === 'dispatcher') return status === 'received' ? ['accept', 'mark-invalid', 'mark-duplicate'] : [];
  if (status === 'accepted') return ['start', 'reply'];
  if (status === 'in-progress') return ['reply'];
  return [];
}

/** Whether a letter is still waiting for the member (an `open` desk letter). */
export function isOpenForStaff(staff: StaffMember, letter: Letter): boolean {
  return deskActions(staff, letter).length > 0;
}

/**
 * Every problem with a step as typed: a note for invalid and duplicate, a department for accept,
 * a reply that is not empty, not too long, and in traditional script when it is Mongolian.
 * `departments` are the organisation codes a letter may be routed to.
 */
export function validateDeskStep(step: DeskStep, departments: ReadonlySet<string>): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  switch (step.action) {
    case 'accept':
      if (typeof step.handlingOrgCode !== 'string' || step.handlingOrgCode === '')
        problems.push({ field: 'handlingOrgCode', code: 'required' });
      else if (!departments.has(step.handlingOrgCode))
        problems.push({ field: 'handlingOrgCode', code: 'unknown-value' });
      break;
    case 'mark-invalid':
    case 'mark-duplicate':
      if (typeof step.note !== 'string' || !hasVisibleText(step.note))
        problems.push({ field: 'note', code: 'required' });
      else if (characterCount(step.note) > LETTER_LIMITS.note)
        problems.push({ field: 'note', code: 'too-long', limit: LETTER_LIMITS.note });
      break;
    case 'reply':
      if (step.language !== 'zh' && step.language !== 'mn') problems.push({ field: 'language', code: 'unknown-value' });
      if (typeof step.body !== 'string' || !hasVisibleText(step.body))
        problems.push({ field: 'body', code: 'required' });
      else if (characterCount(step.body) > LETTER_LIMITS.body)
        problems.push({ field: 'body', code: 'too-long', limit: LETTER_LIMITS.body });
      else if (step.language === 'mn' && !paragraphsOf(step.body).every(isMongolianScript))
        problems.push({ field: 'body', code: 'not-mongolian-script' });
      if (typeof step.publish !== 'boolean') problems.push({ field: 'publish', code: 'unknown-value' });
      break;
    case 'start':
      break;
    default:
      problems.push({ field: 'action', code: 'unknown-value' });
  }
  return problems;
}

/** A step applied: the letter as it is now, and whether it is published. */
export interface AppliedDeskStep {
  readonly letter: Letter;
  readonly published: boolean;
}

/**
 * Applies a validated step taken at `at` (ISO timestamp) by `staff` to a letter, through the
 * letter workflow (`transitionLetter`). Throws {@link DeskForbiddenError} when the member may not
 * take it and {@link DeskConflictError} when the letter's status no longer allows it (someone
 * else took a step first); call {@link validateDeskStep} first.
 */
export function applyDeskStep(
  staff: StaffMember,
  letter: Letter,
  step: DeskStep,
  at: string,
  wasPublished = false,
): AppliedDeskStep {
  if (!staffSeesLetter(staff, letter))
    throw new DeskForbiddenError(`Letter ${letter.id} is not on ${staff.username}'s desk.`);
  const allowedForRole =
    staff.role === 'dispatcher'
      ? step.action === 'accept' || step.action === 'mark-invalid' || step.action === 'mark-duplicate'
      : step.action === 'start' || step.action === 'reply';
  if (!allowedForRole) throw new DeskForbiddenError(`A ${staff.role} does not "${step.action}" letters.`);
  if (!deskActions(staff, letter).includes(step.action)) throw new DeskConflictError(step.action, null);
  const to = STEP_STATUS[step.action];
  const next = transitionLetter(letter, to, {
    at,
    orgCode: staff.orgCode,
    ...(step.action === 'accept' ? { handlingOrgCode: step.handlingOrgCode } : {}),
    ...(step.action === 'mark-invalid' || step.action === 'mark-duplicate' ? { note: step.note } : {}),
    ...(step.action === 'reply'
      ? { reply: { body: paragraphsOf(step.body), orgCode: staff.orgCode, at, language: step.language } }
      : {}),
  });
  const published = step.action === 'reply' ? step.publish && letter.public : wasPublished;
  return { letter: next, published };
}
