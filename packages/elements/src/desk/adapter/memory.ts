// A staff desk that keeps everything in memory: for tests, stories and demos without a server.
// It applies the rules a real desk backend must, from @bichig/cluster: who sees which letter, which
// steps they may take, validation of each step, the letter workflow, deadlines on the work calendar.
import {
  chinaDateOf,
  chinaTimestamp,
  currentStatus,
  type Cluster,
  type Letter,
  type LetterFlags,
  type Mailbox,
  type WorkCalendar,
} from '@bichig/cluster';
import {
  DeskConflictError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  SubmissionInvalidError,
  applyDeskStep,
  deskActions,
  deskLetterPage,
  letterFlagsOrStatus,
  staffSeesLetter,
  validateDeskStep,
  type DeskAdapter,
  type DeskDepartment,
  type DeskLetter,
  type DeskLetterPage,
  type DeskLettersQuery,
  type DeskStep,
  type LetterContact,
  type StaffMember,
} from '@bichig/cluster/forms';

/** A member of staff and the password they sign in with (kept in memory as given: for demos only). */
export interface StaffAccount {
  readonly member: StaffMember;
  readonly password: string;
}

/** What a {@link MemoryDeskAdapter} starts with. */
export interface MemoryDeskAdapterOptions {
  /** Who may sign in. */
  readonly accounts: readonly StaffAccount[];
  /** The mailboxes the letters were sent to. */
  readonly mailboxes: readonly Mailbox[];
  /** The letters (copied; the originals are not changed). */
  readonly letters: readonly Letter[];
  /** How to reach the writers, by letter id. */
  readonly contacts?: Readonly<Record<string, LetterContact>>;
  /** The departments letters can be routed to. */
  readonly departments: readonly DeskDepartment[];
  /** The work calendar for deadlines. */
  readonly calendar: WorkCalendar;
  /** The clock; `() => new Date()` by default. Tests pin it. */
  readonly now?: () => Date;
  /** Who is signed in at the start (a username of `accounts`); nobody by default. */
  readonly signedIn?: string;
  /** Failed sign-ins allowed per minute before {@link RateLimitedError}; 5 by default. */
  readonly signInAttempts?: number;
  /** Delay every answer by this many milliseconds, to show loading states in stories. */
  readonly latencyMs?: number;
}

const RATE_WINDOW_MS = 60_000;

/**
 * A {@link DeskAdapter} holding letters in memory. Create it from a loaded cluster with
 * {@link MemoryDeskAdapter.fromCluster}, or from the records themselves. Published replies start as
 * the replied public letters.
 */
export class MemoryDeskAdapter implements DeskAdapter {
  readonly #accounts: Map<string, StaffAccount>;
  readonly #mailboxes: Map<string, Mailbox>;
  readonly #letters: Map<string, Letter>;
  readonly #contacts: Map<string, LetterContact>;
  readonly #published = new Set<string>();
  readonly #departments: readonly DeskDepartment[];
  readonly #calendar: WorkCalendar;
  readonly #now: () => Date;
  readonly #signInAttempts: number;
  readonly #latencyMs: number;
  #failedSignIns: number[] = [];
  #staff: StaffMember | undefined;

  constructor(options: MemoryDeskAdapterOptions) {
    this.#accounts = new Map(options.accounts.map((a) => [a.member.username, structuredClone(a)]));
    this.#mailboxes = new Map(options.mailboxes.map((m) => [m.id, structuredClone(m)]));
    this.#letters = new Map(options.letters.map((l) => [l.id, structuredClone(l)]));
    this.#contacts = new Map(Object.entries(options.contacts ?? {}).map(([id, c]) => [id, { ...c }]));
    for (const letter of this.#letters.values())
      if (letter.public && currentStatus(letter) === 'replied') this.#published.add(letter.id);
    this.#departments = options.departments.map((d) => structuredClone(d));
    this.#calendar = options.calendar;
    this.#now = options.now ?? (() => new Date());
    this.#signInAttempts = options.signInAttempts ?? 5;
    this.#latencyMs = options.latencyMs ?? 0;
    if (options.signedIn !== undefined) {
      const account = this.#accounts.get(options.signedIn);
      if (!account) throw new Error(`MemoryDeskAdapter: signedIn "${options.signedIn}" is not one of the accounts.`);
      this.#staff = account.member;
    }
  }

  /**
   * A desk over one site of a loaded cluster: its mailboxes and letters, and as departments the
   * site's organisation and the departments under it.
   */
  static fromCluster(
    cluster: Cluster,
    siteId: string,
    accounts: readonly StaffAccount[],
    options: Omit<MemoryDeskAdapterOptions, 'accounts' | 'mailboxes' | 'letters' | 'departments' | 'calendar'> = {},
  ): MemoryDeskAdapter {
    const site = cluster.site(siteId);
    const departments = [...cluster.orgs.values()]
      .filter((org) => org.code === site.orgCode || (org.parentCode === site.orgCode && org.kind === 'department'))
      .map((org) => ({ orgCode: org.code, name: org.name }));
    return new MemoryDeskAdapter({
      ...options,
      accounts,
      mailboxes: site.mailboxes,
      letters: site.letters,
      departments,
      calendar: cluster.calendar,
    });
  }

  /** Every letter as it is now (copies): what the portal would read. */
  letters(): Letter[] {
    return [...this.#letters.values()].map((l) => structuredClone(l));
  }

  /** Whether the letter's reply is published on the portal. */
  isPublished(letterId: string): boolean {
    return this.#published.has(letterId);
  }

  /** Ends the session, as a server does when it times out: the next call rejects with {@link NotSignedInError}. */
  endSession(): void {
    this.#staff = undefined;
  }

  /**
   * Takes a step as another member (`username`), outside any session: what a colleague's desk does
   * meanwhile. For tests and demos of a letter that changes while it is shown.
   */
  takeStepAs(username: string, letterId: string, step: DeskStep): DeskLetter {
    const account = this.#accounts.get(username);
    if (!account) throw new Error(`MemoryDeskAdapter: no account "${username}".`);
    return this.#apply(account.member, letterId, step);
  }

  async #wait(): Promise<void> {
    if (this.#latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.#latencyMs));
  }

  #member(): StaffMember {
    if (!this.#staff) throw new NotSignedInError();
    return this.#staff;
  }

  #flags(letter: Letter): LetterFlags {
    const today = chinaDateOf(this.#now().toISOString());
    return letterFlagsOrStatus(letter, this.#mailboxes.get(letter.mailboxId), this.#calendar, today);
  }

  #deskLetter(staff: StaffMember, letter: Letter): DeskLetter {
    const mailbox = this.#mailboxes.get(letter.mailboxId);
    return {
      letter: structuredClone(letter),
      contact: this.#contacts.has(letter.id) ? { ...this.#contacts.get(letter.id)! } : null,
      flags: this.#flags(letter),
      published: this.#published.has(letter.id),
      mailbox: { id: letter.mailboxId, name: structuredClone(mailbox?.name ?? { zh: letter.mailboxId }) },
      actions: deskActions(staff, letter),
    };
  }

  #apply(staff: StaffMember, letterId: string, step: DeskStep): DeskLetter {
    const letter = this.#letters.get(letterId);
    if (!letter || !staffSeesLetter(staff, letter))
      throw new DeskForbiddenError(`There is no letter "${letterId}" on ${staff.username}'s desk.`);
    const problems = validateDeskStep(step, new Set(this.#departments.map((d) => d.orgCode)));
    if (problems.length) throw new SubmissionInvalidError(problems);
    let applied;
    try {
      applied = applyDeskStep(staff, letter, step, chinaTimestamp(this.#now()), this.#published.has(letterId));
    } catch (error) {
      if (error instanceof DeskConflictError)
        throw new DeskConflictError(error.action, this.#deskLetter(staff, letter));
      throw error;
    }
    this.#letters.set(letterId, applied.letter);
    if (applied.published) this.#published.add(letterId);
    else this.#published.delete(letterId);
    return this.#deskLetter(staff, applied.letter);
  }

  async signIn(username: string, password: string): Promise<StaffMember> {
    await this.#wait();
    const now = this.#now().getTime();
    this.#failedSignIns = this.#failedSignIns.filter((at) => now - at < RATE_WINDOW_MS);
    if (this.#failedSignIns.length >= this.#signInAttempts)
      throw new RateLimitedError(Math.ceil((this.#failedSignIns[0]! + RATE_WINDOW_MS - now) / 1000));
    const account = this.#accounts.get(username);
    if (!account || account.password !== password) {
      this.#failedSignIns.push(now);
      throw new SignInError();
    }
    this.#staff = account.member;
    return structuredClone(account.member);
  }

  async signOut(): Promise<void> {
    await this.#wait();
    this.#staff = undefined;
  }

  async currentStaff(): Promise<StaffMember | null> {
    await this.#wait();
    return this.#staff ? structuredClone(this.#staff) : null;
  }

  async listLetters(query: DeskLettersQuery = {}): Promise<DeskLetterPage> {
    await this.#wait();
    const staff = this.#member();
    const mine = [...this.#letters.values()].filter((l) => staffSeesLetter(staff, l));
    return deskLetterPage(
      mine.map((l) => this.#deskLetter(staff, l)),
      query,
    );
  }

  async letter(id: string): Promise<DeskLetter | null> {
    await this.#wait();
    const staff = this.#member();
    const letter = this.#letters.get(id);
    return letter && staffSeesLetter(staff, letter) ? this.#deskLetter(staff, letter) : null;
  }

  async departments(): Promise<readonly DeskDepartment[]> {
    await this.#wait();
    this.#member();
    return this.#departments.map((d) => structuredClone(d));
  }

  async takeStep(letterId: string, step: DeskStep): Promise<DeskLetter> {
    await this.#wait();
    return this.#apply(this.#member(), letterId, step);
  }
}
