// A FormAdapter for a JSON HTTP API. The endpoints and their shapes are documented in the
// package README ("The form adapter"); every answer is checked before an element sees it, so a
// misbehaving server gives a clear AdapterRequestError rather than a broken page.
import {
  AdapterRequestError,
  SubmissionInvalidError,
  SurveyClosedError,
  UnknownRecordError,
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
import {
  adapterBaseUrl,
  isCount,
  isLetter,
  isObject,
  isProblems,
  requestJson,
  type JsonAnswer,
} from '../../internal/http-json.js';

/** Where and how a {@link HttpFormAdapter} talks to its backend. */
export interface HttpFormAdapterOptions {
  /** The API's base URL; endpoint paths are resolved against it (end it with `/`). */
  readonly baseUrl: string | URL;
  /** The fetch to use (default: the global one), e.g. one that adds authentication. */
  readonly fetch?: typeof fetch;
  /** Extra headers on every request (a CSRF token, for example). */
  readonly headers?: Readonly<Record<string, string>>;
}

function isStatistics(value: unknown): boolean {
  const rate = (r: unknown) => r === null || typeof r === 'number';
  return (
    isObject(value) &&
    isCount(value.received) &&
    isCount(value.answered) &&
    rate(value.answerRate) &&
    isCount(value.onTime) &&
    rate(value.onTimeRate)
  );
}

/**
 * A {@link FormAdapter} that calls a JSON HTTP API:
 *
 * | method | path | body → answer |
 * |---|---|---|
 * | POST | `letters` | LetterDraft → 201 LetterReceipt · 422 `{ problems }` |
 * | GET | `letters/{queryCode}` | → 200 LetterLookup · 404 |
 * | GET | `replied-letters?mailboxId&page&pageSize` | → 200 LetterPage |
 * | GET | `letter-statistics?mailboxId&from&to` | → 200 MailboxStatistics |
 * | POST | `surveys/{id}/responses` | `{ answers }` → 201 SurveyReceipt · 422 `{ problems }` · 409 `{ opensAt, closesAt, today }` · 404 |
 * | GET | `surveys/{id}/results` | → 200 SurveyResults · 404 |
 */
export class HttpFormAdapter implements FormAdapter {
  readonly #base: URL;
  readonly #fetch: typeof fetch;
  readonly #headers: Readonly<Record<string, string>>;

  constructor(options: HttpFormAdapterOptions) {
    this.#base = adapterBaseUrl('HttpFormAdapter', options.baseUrl);
    // Bound: a bare `fetch` called as a method of another object throws "Illegal invocation".
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#headers = options.headers ?? {};
  }

  async #request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<JsonAnswer> {
    return requestJson(this.#fetch, this.#base, { method, path, body, headers: this.#headers });
  }

  #fail(label: string, status: number): never {
    throw new AdapterRequestError('http', label, `the server answered ${status}`, status);
  }

  #bad(label: string, status: number, what: string): never {
    throw new AdapterRequestError('bad-response', label, `the answer is not ${what}`, status);
  }

  async submitLetter(draft: LetterDraft): Promise<LetterReceipt> {
    const { status, json, label } = await this.#request('POST', 'letters', draft);
    if (status === 422 && isObject(json) && isProblems(json.problems)) throw new SubmissionInvalidError(json.problems);
    if (status !== 200 && status !== 201) this.#fail(label, status);
    if (
      !isObject(json) ||
      typeof json.queryCode !== 'string' ||
      !/^[0-9A-Z]{8,12}$/.test(json.queryCode) ||
      typeof json.submittedAt !== 'string'
    ) {
      this.#bad(label, status, 'a receipt { queryCode, submittedAt }');
    }
    return { queryCode: json.queryCode, submittedAt: json.submittedAt };
  }

  async lookupLetter(queryCode: string): Promise<LetterLookup | null> {
    const code = queryCode.trim().toUpperCase();
    // A code that cannot exist is not sent: it could not be found, and it might be a path.
    if (!/^[0-9A-Z]{8,12}$/.test(code)) return null;
    const { status, json, label } = await this.#request('GET', `letters/${code}`);
    if (status === 404) return null;
    if (status !== 200) this.#fail(label, status);
    if (!isObject(json) || !isLetter(json.letter) || !isObject(json.flags) || typeof json.flags.status !== 'string')
      this.#bad(label, status, 'a letter lookup { letter, flags }');
    return json as unknown as LetterLookup;
  }

  async listRepliedLetters(query: RepliedLettersQuery = {}): Promise<LetterPage> {
    const params = new URLSearchParams();
    if (query.mailboxId) params.set('mailboxId', query.mailboxId);
    if (query.page !== undefined) params.set('page', String(query.page));
    if (query.pageSize !== undefined) params.set('pageSize', String(query.pageSize));
    const { status, json, label } = await this.#request('GET', `replied-letters${params.size ? `?${params}` : ''}`);
    if (status !== 200) this.#fail(label, status);
    if (
      !isObject(json) ||
      !Array.isArray(json.items) ||
      !json.items.every(isLetter) ||
      !isCount(json.total) ||
      !isCount(json.page) ||
      !isCount(json.pageSize) ||
      !isCount(json.pageCount)
    ) {
      this.#bad(label, status, 'a page of letters { items, total, page, pageSize, pageCount }');
    }
    return json as unknown as LetterPage;
  }

  async letterStatistics(query: StatisticsQuery = {}): Promise<MailboxStatistics> {
    const params = new URLSearchParams();
    if (query.mailboxId) params.set('mailboxId', query.mailboxId);
    if (query.from) params.set('from', query.from);
    if (query.to) params.set('to', query.to);
    const { status, json, label } = await this.#request('GET', `letter-statistics${params.size ? `?${params}` : ''}`);
    if (status !== 200) this.#fail(label, status);
    if (
      !isObject(json) ||
      !isStatistics(json.overall) ||
      !Array.isArray(json.byDepartment) ||
      !json.byDepartment.every(
        (row) => isObject(row) && typeof row.orgCode === 'string' && isStatistics(row.statistics),
      )
    ) {
      this.#bad(label, status, 'statistics { overall, byDepartment }');
    }
    return json as unknown as MailboxStatistics;
  }

  async submitSurvey(surveyId: string, answers: SurveyAnswers): Promise<SurveyReceipt> {
    const { status, json, label } = await this.#request('POST', `surveys/${encodeURIComponent(surveyId)}/responses`, {
      answers,
    });
    if (status === 422 && isObject(json) && isProblems(json.problems)) throw new SubmissionInvalidError(json.problems);
    if (status === 409 && isObject(json) && typeof json.opensAt === 'string' && typeof json.closesAt === 'string') {
      throw new SurveyClosedError(
        surveyId,
        json.opensAt,
        json.closesAt,
        typeof json.today === 'string' ? json.today : '',
      );
    }
    if (status === 404) throw new UnknownRecordError('survey', surveyId);
    if (status !== 200 && status !== 201) this.#fail(label, status);
    if (!isObject(json) || !isCount(json.responses)) this.#bad(label, status, 'a receipt { responses }');
    return { responses: json.responses };
  }

  async surveyResults(surveyId: string): Promise<SurveyResults> {
    const { status, json, label } = await this.#request('GET', `surveys/${encodeURIComponent(surveyId)}/results`);
    if (status === 404) throw new UnknownRecordError('survey', surveyId);
    if (status !== 200) this.#fail(label, status);
    const valid =
      isObject(json) &&
      isCount(json.responses) &&
      Array.isArray(json.questions) &&
      json.questions.every(
        (q) =>
          isObject(q) &&
          typeof q.questionId === 'string' &&
          Array.isArray(q.options) &&
          q.options.every((o) => isObject(o) && typeof o.optionId === 'string' && isCount(o.votes)),
      );
    if (!valid) this.#bad(label, status, 'survey results { responses, questions }');
    return { ...(json as unknown as SurveyResults), surveyId };
  }
}
