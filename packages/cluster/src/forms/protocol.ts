/**
 * The form protocol: the one interface through which the interactive columns (mailbox, survey)
 * submit and look things up, its shapes and its errors. The browser side implements it in
 * @bichig/elements (`MemoryFormAdapter`, `HttpFormAdapter`, `OutboxFormAdapter`); the server side
 * (@bichig/server) answers the same shapes over HTTP. Both sides import it from here, so a letter
 * is the same thing on the phone and on the department's desk.
 *
 * Every shape here is plain JSON (no Maps, no Dates), so an implementation can send it over the
 * wire unchanged. Letters, mailboxes, surveys and statistics are @bichig/cluster's types.
 */
import type { LetterFlags, LetterStatistics } from '../letters.js';
import type { Language, Letter, LetterPurpose } from '../schema/index.js';

/** How the writer of a letter can be reached. Never published; only the handling department sees it. */
export interface LetterContact {
  /** The writer's name. */
  readonly name: string;
  /** A telephone number: digits, spaces and hyphens, optionally a leading +. */
  readonly phone: string;
  /** An e-mail address, optional. */
  readonly email?: string;
}

/** A letter as the writer submits it, before it has a query code. */
export interface LetterDraft {
  /** The mailbox it is sent to. */
  readonly mailboxId: string;
  /** Consult, suggest, complain or praise. */
  readonly purpose: LetterPurpose;
  /** The language it is written in; `mn` letters must be in traditional Mongolian script. */
  readonly language: Language;
  /** Subject line, exactly as typed. */
  readonly subject: string;
  /** The letter, exactly as typed (line breaks separate paragraphs). */
  readonly body: string;
  /** How to reach the writer. */
  readonly contact: LetterContact;
  /** Whether the writer agrees to publish the letter with its reply. */
  readonly public: boolean;
}

/** What the writer gets back on submitting: the code to look the letter up with. */
export interface LetterReceipt {
  /** The query code (查询码), 8–12 uppercase letters or digits. */
  readonly queryCode: string;
  /** When the letter was received (ISO timestamp with offset). */
  readonly submittedAt: string;
}

/** A letter as its writer sees it when looking it up: the letter (no contact details) and its flags. */
export interface LetterLookup {
  readonly letter: Letter;
  /** Status, deadline, overdue and on-time flags, as of the day of the lookup. */
  readonly flags: LetterFlags;
}

/** Which replied letters to list. */
export interface RepliedLettersQuery {
  /** Only letters to this mailbox (all mailboxes of the site when absent). */
  readonly mailboxId?: string;
  /** 1-based page; 1 by default. */
  readonly page?: number;
  /** Letters per page; 10 by default. */
  readonly pageSize?: number;
}

/** One page of the public list of replied letters, newest reply first. */
export interface LetterPage {
  readonly items: readonly Letter[];
  /** Letters on all pages. */
  readonly total: number;
  /** This page, clamped to the pages there are. */
  readonly page: number;
  readonly pageSize: number;
  /** Number of pages, at least 1. */
  readonly pageCount: number;
}

/** Which letters the statistics cover. */
export interface StatisticsQuery {
  /** Only letters to this mailbox. */
  readonly mailboxId?: string;
  /** Letters submitted on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Letters submitted on or before this date (YYYY-MM-DD). */
  readonly to?: string;
}

/** The public statistics of a mailbox: overall and per handling department. */
export interface MailboxStatistics {
  readonly overall: LetterStatistics;
  /** One row per department that handled letters, most letters first. */
  readonly byDepartment: readonly { readonly orgCode: string; readonly statistics: LetterStatistics }[];
}

/**
 * Answers to a survey, by question id: the chosen option ids for choice questions (one for
 * `single`), the text exactly as typed for `text` questions. Unanswered questions are left out.
 */
export type SurveyAnswers = Readonly<Record<string, readonly string[] | string>>;

/** What the respondent gets back. */
export interface SurveyReceipt {
  /** Responses received so far, this one included. */
  readonly responses: number;
}

/** The published results of a survey. */
export interface SurveyResults {
  readonly surveyId: string;
  /** Responses received. */
  readonly responses: number;
  /** Votes per option of each choice question, and the number of text answers of each text question. */
  readonly questions: readonly {
    readonly questionId: string;
    readonly options: readonly { readonly optionId: string; readonly votes: number }[];
    /** For text questions: how many answered it (the texts themselves are not published). */
    readonly textAnswers?: number;
  }[];
}

/**
 * The backend of the interactive columns. Implement it to connect the elements to a site's own
 * systems. Methods reject with a {@link FormAdapterError} subclass; the elements show the error
 * and keep what the user typed.
 */
export interface FormAdapter {
  /** Submits a letter. Rejects with {@link SubmissionInvalidError} when the draft does not validate. */
  submitLetter(draft: LetterDraft): Promise<LetterReceipt>;
  /** Looks a letter up by its query code; `null` when no letter has that code. */
  lookupLetter(queryCode: string): Promise<LetterLookup | null>;
  /** The public list of replied letters (only letters whose writer agreed to publish them). */
  listRepliedLetters(query?: RepliedLettersQuery): Promise<LetterPage>;
  /** The public statistics. */
  letterStatistics(query?: StatisticsQuery): Promise<MailboxStatistics>;
  /**
   * Submits answers to a survey. Rejects with {@link SubmissionInvalidError} for invalid answers
   * and {@link SurveyClosedError} outside the survey's dates.
   */
  submitSurvey(surveyId: string, answers: SurveyAnswers): Promise<SurveyReceipt>;
  /** The survey's results so far. */
  surveyResults(surveyId: string): Promise<SurveyResults>;
}

/** Fields of a letter draft a problem can be about. */
export type LetterField =
  'mailboxId' | 'purpose' | 'language' | 'subject' | 'body' | 'contact.name' | 'contact.phone' | 'contact.email';

/** Why a value was refused. The elements turn the code into a localized message. */
export type ProblemCode =
  /** Nothing (or only spaces) was given. */
  | 'required'
  /** Longer than `limit` characters. */
  | 'too-long'
  /** Shorter than `limit` characters. */
  | 'too-short'
  /** A Mongolian field that is not in traditional Mongolian script (Latin or Cyrillic letters, or no Mongolian letters). */
  | 'not-mongolian-script'
  /** Not a telephone number. */
  | 'invalid-phone'
  /** Not an e-mail address. */
  | 'invalid-email'
  /** Not one of the allowed values (a purpose, a language, an option id, a mailbox). */
  | 'unknown-value'
  /** More than one option for a single-choice question. */
  | 'one-only';

/** One problem with a submission: which field (or question id) and why. */
export interface SubmissionProblem {
  /** A {@link LetterField} for letters; the question id for surveys. */
  readonly field: string;
  readonly code: ProblemCode;
  /** The length limit, for `too-long` and `too-short`. */
  readonly limit?: number;
}

/** Base class of every error an adapter rejects with. */
export class FormAdapterError extends Error {
  override readonly name: string = 'FormAdapterError';
}

/** The submission did not validate; `problems` says which fields and why. Nothing was stored. */
export class SubmissionInvalidError extends FormAdapterError {
  override readonly name = 'SubmissionInvalidError';
  constructor(readonly problems: readonly SubmissionProblem[]) {
    super(
      `The submission was refused: ${problems.map((p) => `${p.field} ${p.code}${p.limit !== undefined ? ` (${p.limit})` : ''}`).join('; ')}`,
    );
  }
}

/** The survey is not open on this day (before it opens or after it closes). */
export class SurveyClosedError extends FormAdapterError {
  override readonly name = 'SurveyClosedError';
  constructor(
    readonly surveyId: string,
    readonly opensAt: string,
    readonly closesAt: string,
    readonly today: string,
  ) {
    super(`Survey ${surveyId} takes answers from ${opensAt} to ${closesAt}; today is ${today}.`);
  }
}

/** The mailbox or survey named in a request does not exist. */
export class UnknownRecordError extends FormAdapterError {
  override readonly name = 'UnknownRecordError';
  constructor(
    readonly kind: 'mailbox' | 'survey',
    readonly id: string,
  ) {
    super(`There is no ${kind} with id "${id}".`);
  }
}

/** The backend could not be reached, answered with an HTTP error, or answered with something that is not the documented shape. */
export class AdapterRequestError extends FormAdapterError {
  override readonly name = 'AdapterRequestError';
  constructor(
    /** `network`: no answer; `http`: an error status; `bad-response`: not the documented JSON. */
    readonly kind: 'network' | 'http' | 'bad-response',
    /** The request, e.g. `POST /letters`. */
    readonly request: string,
    reason: string,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`${request}: ${reason}`, options);
  }
}

/** The backend did not answer a submission within the form's time limit; it may or may not have stored it. */
export class SubmissionTimeoutError extends FormAdapterError {
  override readonly name = 'SubmissionTimeoutError';
  constructor(
    /** What was being submitted, e.g. `submitLetter`. */
    readonly request: string,
    /** The limit, in milliseconds. */
    readonly timeoutMs: number,
  ) {
    super(`${request}: no answer within ${timeoutMs} ms`);
  }
}

/** The adapter resolved, but not with a receipt (e.g. `undefined`): the submission is not confirmed. */
export class MissingReceiptError extends FormAdapterError {
  override readonly name = 'MissingReceiptError';
  constructor(
    readonly request: string,
    /** What the adapter resolved with. */
    readonly received: unknown,
  ) {
    super(`${request} resolved with ${describe(received)} instead of a receipt`);
  }
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  try {
    return `${typeof value} ${JSON.stringify(value)?.slice(0, 80) ?? ''}`;
  } catch {
    return typeof value;
  }
}
