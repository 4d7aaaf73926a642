// The public side of one site's mailboxes and surveys, kept in PostgreSQL: the same FormAdapter the
// elements speak to, so the HTTP routes are a thin layer over it and the rules are the ones every
// backend applies (validation from @bichig/cluster/forms, the workflow and statistics from
// @bichig/cluster).
import {
  chinaDateOf,
  chinaTimestamp,
  currentStatus,
  letterStatistics,
  pageWindow,
  type Letter,
  type Survey,
} from '@bichig/cluster';
import {
  QUERY_CODE_PATTERN,
  SubmissionInvalidError,
  SurveyClosedError,
  UnknownRecordError,
  letterFlagsOrStatus,
  normalizeQueryCode,
  randomQueryCode,
  receivedLetter,
  surveyResultsOf,
  tallySurveyAnswers,
  surveyIsOpen,
  validateLetterDraft,
  validateSurveyAnswers,
  type FormAdapter,
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
} from '@bichig/cluster/forms';
import type { Database, Queryable } from '../db/database.js';
import { loadCalendar, loadMailboxes } from './site-records.js';

/** What a {@link SiteForms} needs besides the database. */
export interface SiteFormsOptions {
  /** The clock; `() => new Date()` by default. Tests pin it. */
  readonly now?: () => Date;
  /** Makes query codes; random 10-character codes without look-alikes by default. */
  readonly queryCode?: () => string;
}

/** Whether a database error is a unique-key violation (a query code already taken). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** The letters and surveys of one site, in the database. */
export class SiteForms implements FormAdapter {
  readonly #db: Database;
  readonly #siteId: string;
  readonly #now: () => Date;
  readonly #queryCode: () => string;

  constructor(db: Database, siteId: string, options: SiteFormsOptions = {}) {
    this.#db = db;
    this.#siteId = siteId;
    this.#now = options.now ?? (() => new Date());
    this.#queryCode = options.queryCode ?? (() => randomQueryCode());
  }

  #today(): string {
    return chinaDateOf(this.#now().toISOString());
  }

  async submitLetter(draft: LetterDraft): Promise<LetterReceipt> {
    const problems = validateLetterDraft(draft);
    const mailboxes = await loadMailboxes(this.#db, this.#siteId);
    if (!problems.some((p) => p.field === 'mailboxId') && !mailboxes.has(draft.mailboxId))
      problems.push({ field: 'mailboxId', code: 'unknown-value' });
    if (problems.length) throw new SubmissionInvalidError(problems);
    const submittedAt = chinaTimestamp(this.#now());
    for (let attempt = 0; ; attempt++) {
      const queryCode = this.#queryCode();
      if (!QUERY_CODE_PATTERN.test(queryCode))
        throw new Error(`The query code generator returned "${queryCode}", not 8–12 uppercase letters or digits.`);
      const [{ n } = { n: 0 }] = await this.#db.query<{ n: string }>(`select nextval('letter_numbers') as n`);
      const letter = receivedLetter(draft, `letter-web-${n}`, queryCode, submittedAt);
      try {
        await insertLetter(this.#db, this.#siteId, letter, {
          contact: { ...draft.contact },
          published: false,
        });
        return { queryCode, submittedAt };
      } catch (error) {
        // Another letter has this code (or this id, imported): draw again, a few times.
        if (!isUniqueViolation(error) || attempt >= 20) throw error;
      }
    }
  }

  async lookupLetter(queryCode: string): Promise<LetterLookup | null> {
    const rows = await this.#db.query<{ data: Letter }>(
      `select data from letters where site_id = $1 and query_code = $2`,
      [this.#siteId, normalizeQueryCode(queryCode)],
    );
    const letter = rows[0]?.data;
    if (!letter) return null;
    const [mailboxes, calendar] = await Promise.all([loadMailboxes(this.#db, this.#siteId), loadCalendar(this.#db)]);
    return { letter, flags: letterFlagsOrStatus(letter, mailboxes.get(letter.mailboxId), calendar, this.#today()) };
  }

  async listRepliedLetters(query: RepliedLettersQuery = {}): Promise<LetterPage> {
    const where = `site_id = $1 and published and status = 'replied' and ($2::text is null or mailbox_id = $2)`;
    const params = [this.#siteId, query.mailboxId ?? null];
    const [{ total } = { total: 0 }] = await this.#db.query<{ total: number }>(
      `select count(*)::int as total from letters where ${where}`,
      params,
    );
    const { page, pageSize, pageCount, start } = pageWindow(total, query.page, query.pageSize, 10);
    const rows = await this.#db.query<{ data: Letter }>(
      `select data from letters where ${where}
       order by coalesce(replied_at, submitted_at) desc, id limit $3 offset $4`,
      [...params, pageSize, start],
    );
    return { items: rows.map((r) => r.data), total, page, pageSize, pageCount };
  }

  /**
   * Statistics over every letter the site holds, private ones included (only counts and rates are
   * answered), computed by @bichig/cluster's `letterStatistics`.
   */
  async letterStatistics(query: StatisticsQuery = {}): Promise<MailboxStatistics> {
    const [mailboxes, calendar] = await Promise.all([loadMailboxes(this.#db, this.#siteId), loadCalendar(this.#db)]);
    if (query.mailboxId && !mailboxes.has(query.mailboxId)) throw new UnknownRecordError('mailbox', query.mailboxId);
    const rows = await this.#db.query<{ data: Letter }>(
      `select data from letters where site_id = $1 and ($2::text is null or mailbox_id = $2)`,
      [this.#siteId, query.mailboxId ?? null],
    );
    const { overall, byDepartment } = letterStatistics(
      rows.map((r) => r.data),
      {
        mailboxes,
        calendar,
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
      },
    );
    const rowsByDepartment = [...byDepartment]
      .map(([orgCode, statistics]) => ({ orgCode, statistics }))
      .sort((a, b) => b.statistics.received - a.statistics.received || (a.orgCode < b.orgCode ? -1 : 1));
    return { overall, byDepartment: rowsByDepartment };
  }

  async submitSurvey(surveyId: string, answers: SurveyAnswers): Promise<SurveyReceipt> {
    return this.#db.transaction(async (tx) => {
      const survey = await lockSurvey(tx, this.#siteId, surveyId);
      const today = this.#today();
      if (!surveyIsOpen(survey, today)) throw new SurveyClosedError(surveyId, survey.opensAt, survey.closesAt, today);
      const problems = validateSurveyAnswers(survey, answers);
      if (problems.length) throw new SubmissionInvalidError(problems);
      tallySurveyAnswers(survey, answers);
      await tx.query(`update surveys set data = $3 where site_id = $1 and id = $2`, [
        this.#siteId,
        surveyId,
        JSON.stringify(survey),
      ]);
      await tx.query(
        `insert into survey_responses (site_id, survey_id, answers, submitted_at) values ($1, $2, $3, $4)`,
        [this.#siteId, surveyId, JSON.stringify(answers), this.#now().toISOString()],
      );
      return { responses: survey.responses };
    });
  }

  async surveyResults(surveyId: string): Promise<SurveyResults> {
    const rows = await this.#db.query<{ data: Survey }>(`select data from surveys where site_id = $1 and id = $2`, [
      this.#siteId,
      surveyId,
    ]);
    const survey = rows[0]?.data;
    if (!survey) throw new UnknownRecordError('survey', surveyId);
    const textQuestions = survey.questions.filter((q) => q.kind === 'text').map((q) => q.id);
    const counts = new Map<string, number>();
    if (textQuestions.length) {
      const answered = await this.#db.query<{ question: string; n: number }>(
        `select q.question, count(*)::int as n
           from survey_responses r, jsonb_each(r.answers) as q(question, answer)
          where r.site_id = $1 and r.survey_id = $2 and jsonb_typeof(q.answer) = 'string' and q.answer <> '""'::jsonb
          group by q.question`,
        [this.#siteId, surveyId],
      );
      for (const row of answered) counts.set(row.question, row.n);
    }
    return surveyResultsOf(survey, (questionId) => counts.get(questionId) ?? 0);
  }
}

async function lockSurvey(tx: Queryable, siteId: string, surveyId: string): Promise<Survey> {
  const rows = await tx.query<{ data: Survey }>(`select data from surveys where site_id = $1 and id = $2 for update`, [
    siteId,
    surveyId,
  ]);
  const survey = rows[0]?.data;
  if (!survey) throw new UnknownRecordError('survey', surveyId);
  return survey;
}

/** What is stored beside a letter. */
export interface LetterExtras {
  readonly contact: unknown;
  readonly published: boolean;
}

/** Stores a new letter. */
export async function insertLetter(db: Queryable, siteId: string, letter: Letter, extras: LetterExtras): Promise<void> {
  await db.query(
    `insert into letters (site_id, id, mailbox_id, query_code, status, handling_org_code, public, published,
                          submitted_at, replied_at, data, contact)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      siteId,
      letter.id,
      letter.mailboxId,
      letter.queryCode,
      currentStatus(letter),
      letter.handlingOrgCode ?? null,
      letter.public,
      extras.published,
      letter.submittedAt,
      letter.reply?.at ?? null,
      JSON.stringify(letter),
      extras.contact === undefined || extras.contact === null ? null : JSON.stringify(extras.contact),
    ],
  );
}
