// An adapter that keeps everything in memory: for tests, stories and demos without a backend.
// It applies the same rules a real backend must: drafts are validated, stored letters are in the
// shape @bichig/cluster loads, statuses and statistics come from @bichig/cluster's letter workflow.
import {
  chinaDateOf,
  chinaTimestamp,
  currentStatus,
  letterStatistics,
  pageWindow,
  repliedAt,
  sumLetterStatistics,
  type Cluster,
  type Letter,
  type LetterFlags,
  type Mailbox,
  type Survey,
  type WorkCalendar,
} from '@bichig/cluster';
import {
  SubmissionInvalidError,
  SurveyClosedError,
  UnknownRecordError,
  type FormAdapter,
  type LetterContact,
  type LetterDraft,
  type LetterLookup,
  type LetterPage,
  type LetterReceipt,
  type MailboxStatistics,
  type RepliedLettersQuery,
  type StatisticsQuery,
  type SurveyAnswers,
  type SurveyReceipt,
  type SurveyResults,
  QUERY_CODE_PATTERN,
  answeredText,
  letterFlagsOrStatus,
  normalizeQueryCode,
  randomQueryCode,
  receivedLetter,
  surveyResultsOf,
  tallySurveyAnswers,
  surveyIsOpen,
  validateLetterDraft,
  validateSurveyAnswers,
} from '@bichig/cluster/forms';

/** What a {@link MemoryFormAdapter} starts with. */
export interface MemoryFormAdapterOptions {
  /** The mailboxes letters may be sent to. */
  readonly mailboxes: readonly Mailbox[];
  /**
   * Letters already received (copied; the originals are not changed). Where a mailbox carries its
   * published statistics, these are the letters those figures already count.
   */
  readonly letters?: readonly Letter[];
  /**
   * Letters sent since the mailboxes' published statistics were taken (e.g. kept in the visitor's
   * browser): held like `letters`, and counted on top of those figures. Letters submitted through
   * the adapter join them.
   */
  readonly sentLetters?: readonly Letter[];
  /** Surveys, with their published vote counts (copied). */
  readonly surveys?: readonly Survey[];
  /** The work calendar for deadlines and on-time statistics. */
  readonly calendar: WorkCalendar;
  /** The clock; `() => new Date()` by default. Tests pin it. */
  readonly now?: () => Date;
  /** Makes query codes; random 10-character codes without look-alike characters by default. */
  readonly queryCode?: () => string;
  /** Delay every answer by this many milliseconds, to show loading states in stories. */
  readonly latencyMs?: number;
}

// The cluster's own, kept in this module's exports for code that took it from here.
export { chinaTimestamp };

/**
 * A {@link FormAdapter} holding letters and survey answers in memory. Create it from a loaded
 * cluster with {@link MemoryFormAdapter.fromCluster}, or from the records themselves.
 */
export class MemoryFormAdapter implements FormAdapter {
  readonly #mailboxes: Map<string, Mailbox>;
  readonly #letters: Letter[];
  /** The letters of {@link MemoryFormAdapterOptions.sentLetters} and those submitted here. */
  readonly #sent = new Set<Letter>();
  readonly #contacts = new Map<string, LetterContact>();
  readonly #surveys: Map<string, Survey>;
  readonly #answers = new Map<string, SurveyAnswers[]>();
  readonly #calendar: WorkCalendar;
  readonly #now: () => Date;
  readonly #queryCode: () => string;
  readonly #latencyMs: number;
  #nextLetter = 1;

  constructor(options: MemoryFormAdapterOptions) {
    this.#mailboxes = new Map(options.mailboxes.map((m) => [m.id, structuredClone(m)]));
    this.#letters = (options.letters ?? []).map((l) => structuredClone(l));
    for (const letter of options.sentLetters ?? []) {
      const copy = structuredClone(letter);
      this.#letters.push(copy);
      this.#sent.add(copy);
    }
    this.#surveys = new Map((options.surveys ?? []).map((s) => [s.id, structuredClone(s)]));
    this.#calendar = options.calendar;
    this.#now = options.now ?? (() => new Date());
    this.#queryCode = options.queryCode ?? (() => randomQueryCode());
    this.#latencyMs = options.latencyMs ?? 0;
  }

  /** An adapter with the mailboxes, letters and surveys of one site of a loaded cluster. */
  static fromCluster(
    cluster: Cluster,
    siteId: string,
    options: Omit<MemoryFormAdapterOptions, 'mailboxes' | 'letters' | 'surveys' | 'calendar'> = {},
  ): MemoryFormAdapter {
    const site = cluster.site(siteId);
    return new MemoryFormAdapter({
      ...options,
      mailboxes: site.mailboxes,
      letters: site.letters,
      surveys: site.surveys,
      calendar: cluster.calendar,
    });
  }

  /** Every stored letter (copies), oldest first: what a back office would see. */
  letters(): Letter[] {
    return this.#letters.map((l) => structuredClone(l));
  }

  /** The contact details given with a letter submitted through this adapter. */
  contactOf(queryCode: string): LetterContact | undefined {
    return this.#contacts.get(queryCode);
  }

  /** Every answer set submitted to a survey through this adapter, in order (copies). */
  surveyAnswers(surveyId: string): SurveyAnswers[] {
    return (this.#answers.get(surveyId) ?? []).map((a) => structuredClone(a) as SurveyAnswers);
  }

  async #wait(): Promise<void> {
    if (this.#latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.#latencyMs));
  }

  #today(): string {
    return chinaDateOf(this.#now().toISOString());
  }

  async submitLetter(draft: LetterDraft): Promise<LetterReceipt> {
    await this.#wait();
    const problems = validateLetterDraft(draft);
    if (!problems.some((p) => p.field === 'mailboxId') && !this.#mailboxes.has(draft.mailboxId))
      problems.push({ field: 'mailboxId', code: 'unknown-value' });
    if (problems.length) throw new SubmissionInvalidError(problems);
    const taken = new Set(this.#letters.map((l) => l.queryCode));
    let queryCode = this.#queryCode();
    for (let attempt = 0; taken.has(queryCode); attempt++) {
      if (attempt > 20)
        throw new Error(`The query code generator keeps returning codes already in use (last: ${queryCode}).`);
      queryCode = this.#queryCode();
    }
    if (!QUERY_CODE_PATTERN.test(queryCode))
      throw new Error(`The query code generator returned "${queryCode}", not 8–12 uppercase letters or digits.`);
    const submittedAt = chinaTimestamp(this.#now());
    const ids = new Set(this.#letters.map((l) => l.id));
    let id: string;
    do id = `letter-new-${this.#nextLetter++}`;
    while (ids.has(id));
    const letter = receivedLetter(draft, id, queryCode, submittedAt);
    this.#letters.push(letter);
    this.#sent.add(letter);
    this.#contacts.set(queryCode, { ...draft.contact });
    return { queryCode, submittedAt };
  }

  async lookupLetter(queryCode: string): Promise<LetterLookup | null> {
    await this.#wait();
    const wanted = normalizeQueryCode(queryCode);
    const letter = this.#letters.find((l) => l.queryCode === wanted);
    if (!letter) return null;
    return { letter: structuredClone(letter), flags: this.#flags(letter) };
  }

  #flags(letter: Letter): LetterFlags {
    return letterFlagsOrStatus(letter, this.#mailboxes.get(letter.mailboxId), this.#calendar, this.#today());
  }

  async listRepliedLetters(query: RepliedLettersQuery = {}): Promise<LetterPage> {
    await this.#wait();
    const replied = this.#letters
      .filter(
        (l) => l.public && currentStatus(l) === 'replied' && (!query.mailboxId || l.mailboxId === query.mailboxId),
      )
      .sort((a, b) => Date.parse(repliedAt(b) ?? b.submittedAt) - Date.parse(repliedAt(a) ?? a.submittedAt));
    const { page, pageSize, pageCount, start, end } = pageWindow(replied.length, query.page, query.pageSize, 10);
    return {
      items: replied.slice(start, end).map((l) => structuredClone(l)),
      total: replied.length,
      page,
      pageSize,
      pageCount,
    };
  }

  /**
   * Statistics from the letters held here. A mailbox that carries its published statistics (a
   * site that publishes only its public replies) counts those, plus the letters sent since (see
   * {@link MemoryFormAdapterOptions.sentLetters}), whatever the clocks say; a date range
   * (`from`/`to`) counts the letters held here only.
   */
  async letterStatistics(query: StatisticsQuery = {}): Promise<MailboxStatistics> {
    await this.#wait();
    const mailboxes = [...this.#mailboxes.values()].filter((m) => !query.mailboxId || m.id === query.mailboxId);
    const published =
      !query.from && !query.to && mailboxes.length > 0 && mailboxes.every((m) => m.publishedStatistics)
        ? new Map(mailboxes.map((m) => [m.id, m.publishedStatistics!]))
        : undefined;
    const letters = this.#letters.filter((l) => {
      if (query.mailboxId && l.mailboxId !== query.mailboxId) return false;
      return !published?.has(l.mailboxId) || this.#sent.has(l);
    });
    const { overall, byDepartment } = letterStatistics(letters, {
      mailboxes: this.#mailboxes,
      calendar: this.#calendar,
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    });
    const overalls = [overall];
    const departments = new Map([...byDepartment].map(([orgCode, statistics]) => [orgCode, [statistics]]));
    for (const statistics of published?.values() ?? []) {
      overalls.push(statistics.overall);
      for (const row of statistics.byDepartment) {
        const parts = departments.get(row.orgCode) ?? [];
        parts.push(row.statistics);
        departments.set(row.orgCode, parts);
      }
    }
    const rows = [...departments]
      .map(([orgCode, parts]) => ({ orgCode, statistics: sumLetterStatistics(parts) }))
      .sort((a, b) => b.statistics.received - a.statistics.received || (a.orgCode < b.orgCode ? -1 : 1));
    return { overall: sumLetterStatistics(overalls), byDepartment: rows };
  }

  #survey(surveyId: string): Survey {
    const survey = this.#surveys.get(surveyId);
    if (!survey) throw new UnknownRecordError('survey', surveyId);
    return survey;
  }

  async submitSurvey(surveyId: string, answers: SurveyAnswers): Promise<SurveyReceipt> {
    await this.#wait();
    const survey = this.#survey(surveyId);
    const today = this.#today();
    if (!surveyIsOpen(survey, today)) throw new SurveyClosedError(surveyId, survey.opensAt, survey.closesAt, today);
    const problems = validateSurveyAnswers(survey, answers);
    if (problems.length) throw new SubmissionInvalidError(problems);
    tallySurveyAnswers(survey, answers);
    let stored = this.#answers.get(surveyId);
    if (!stored) this.#answers.set(surveyId, (stored = []));
    stored.push(structuredClone(answers) as SurveyAnswers);
    return { responses: survey.responses };
  }

  async surveyResults(surveyId: string): Promise<SurveyResults> {
    await this.#wait();
    const survey = this.#survey(surveyId);
    const submitted = this.#answers.get(surveyId) ?? [];
    return surveyResultsOf(survey, (questionId) => submitted.filter((a) => answeredText(a, questionId)).length);
  }
}
