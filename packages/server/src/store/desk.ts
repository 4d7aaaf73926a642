// The staff desk of one signed-in member: their letters, with the contact the public never sees,
// and the steps they take, applied by @bichig/cluster/forms' `applyDeskStep` and stored with an
// optimistic version check, so two members acting on one letter cannot both succeed.
import {
  LetterWorkflowError,
  chinaDateOf,
  chinaTimestamp,
  type Letter,
  type Mailbox,
  type WorkCalendar,
} from '@bichig/cluster';
import {
  DeskConflictError,
  SubmissionInvalidError,
  applyDeskStep,
  deskActions,
  deskLetterPage,
  letterFlagsOrStatus,
  staffSeesLetter,
  validateDeskStep,
  type DeskDepartment,
  type DeskLetter,
  type DeskLetterPage,
  type DeskLettersQuery,
  type DeskStep,
  type LetterContact,
  type StaffMember,
} from '@bichig/cluster/forms';
import type { Database } from '../db/database.js';
import { loadCalendar, loadDepartments, loadMailboxes } from './site-records.js';

interface LetterRow extends Record<string, unknown> {
  data: Letter;
  contact: LetterContact | null;
  published: boolean;
  version: number;
}

/** What the desk reads beside letters, loaded once per request. */
interface DeskContext {
  readonly mailboxes: Map<string, Mailbox>;
  readonly calendar: WorkCalendar;
  readonly today: string;
}

/** One member's desk. */
export class StaffDesk {
  readonly #db: Database;
  readonly #staff: StaffMember;
  readonly #now: () => Date;

  constructor(db: Database, staff: StaffMember, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#staff = staff;
    this.#now = now;
  }

  async #context(): Promise<DeskContext> {
    const [mailboxes, calendar] = await Promise.all([
      loadMailboxes(this.#db, this.#staff.siteId),
      loadCalendar(this.#db),
    ]);
    return { mailboxes, calendar, today: chinaDateOf(this.#now().toISOString()) };
  }

  #deskLetter(row: LetterRow, context: DeskContext): DeskLetter {
    const letter = row.data;
    const mailbox = context.mailboxes.get(letter.mailboxId);
    return {
      letter,
      contact: row.contact,
      flags: letterFlagsOrStatus(letter, mailbox, context.calendar, context.today),
      published: row.published,
      mailbox: { id: letter.mailboxId, name: mailbox?.name ?? { zh: letter.mailboxId } },
      actions: deskActions(this.#staff, letter),
    };
  }

  /** The member's letters: of their mailboxes, and for a handler routed to their department. */
  async listLetters(query: DeskLettersQuery = {}): Promise<DeskLetterPage> {
    const staff = this.#staff;
    const mailboxIds = query.mailboxId
      ? staff.mailboxIds.filter((id) => id === query.mailboxId)
      : [...staff.mailboxIds];
    const rows = await this.#db.query<LetterRow>(
      `select data, contact, published, version from letters
        where site_id = $1 and mailbox_id = any($2::text[]) and ($3::text is null or handling_org_code = $3)
          and (not $4::boolean or status in ('received', 'accepted', 'in-progress'))`,
      [
        staff.siteId,
        mailboxIds,
        staff.role === 'handler' ? staff.orgCode : null,
        // Open letters are among these; which of them wait for this member, deskLetterPage decides.
        (query.view ?? 'open') === 'open',
      ],
    );
    const context = await this.#context();
    return deskLetterPage(
      rows.map((row) => this.#deskLetter(row, context)),
      query,
    );
  }

  async #row(id: string): Promise<LetterRow | null> {
    const rows = await this.#db.query<LetterRow>(
      `select data, contact, published, version from letters where site_id = $1 and id = $2`,
      [this.#staff.siteId, id],
    );
    const row = rows[0];
    return row && staffSeesLetter(this.#staff, row.data) ? row : null;
  }

  /** One of the member's letters, or null (also for a letter that exists but is not theirs). */
  async letter(id: string): Promise<DeskLetter | null> {
    const row = await this.#row(id);
    return row ? this.#deskLetter(row, await this.#context()) : null;
  }

  /** The departments of the member's site. */
  departments(): Promise<DeskDepartment[]> {
    return loadDepartments(this.#db, this.#staff.siteId);
  }

  /**
   * Takes a step. Rejects with SubmissionInvalidError for a step that does not validate,
   * DeskForbiddenError for a letter or step not the member's, DeskConflictError (with the letter
   * as it is now) when someone else changed it first; answers null for a letter that is not there.
   */
  async takeStep(letterId: string, step: DeskStep): Promise<DeskLetter | null> {
    const departments = new Set((await this.departments()).map((d) => d.orgCode));
    const problems = validateDeskStep(step, departments);
    if (problems.length) throw new SubmissionInvalidError(problems);
    const row = await this.#row(letterId);
    if (!row) return null;
    const context = await this.#context();
    let applied;
    try {
      applied = applyDeskStep(this.#staff, row.data, step, chinaTimestamp(this.#now()), row.published);
    } catch (error) {
      // The workflow refusing (e.g. a step timed before the letter's last one, a clock set back) is
      // answered as a conflict with the letter as it is, not as a server error.
      if (error instanceof DeskConflictError || error instanceof LetterWorkflowError)
        throw new DeskConflictError(step.action, this.#deskLetter(row, context));
      throw error;
    }
    const { letter, published } = applied;
    const updated = await this.#db.query<LetterRow>(
      `update letters set data = $3, status = $4, handling_org_code = $5, published = $6, replied_at = $7,
              version = version + 1
        where site_id = $1 and id = $2 and version = $8
        returning data, contact, published, version`,
      [
        this.#staff.siteId,
        letterId,
        JSON.stringify(letter),
        letter.history[letter.history.length - 1]!.status,
        letter.handlingOrgCode ?? null,
        published,
        letter.reply?.at ?? null,
        row.version,
      ],
    );
    const stored = updated[0];
    if (!stored) {
      const now = await this.#row(letterId);
      throw new DeskConflictError(step.action, now ? this.#deskLetter(now, context) : null);
    }
    return this.#deskLetter(stored, context);
  }
}
