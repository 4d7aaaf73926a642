// The staff desk over HTTP. The endpoints and their shapes are in the package README ("The staff
// desk's HTTP API"); every answer is checked before the desk sees it. The session is an httpOnly
// cookie the script never reads; what the script holds is the CSRF token of the last session
// answer, sent with every POST and DELETE (after a reload it has none, and asks for the session first).
import {
  DeskConflictError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  SubmissionInvalidError,
  type DeskAction,
  type DeskAdapter,
  type DeskDepartment,
  type DeskLetter,
  type DeskLetterPage,
  type DeskLettersQuery,
  type DeskStep,
  type StaffMember,
} from '@bichig/cluster/forms';
import {
  adapterBaseUrl,
  badResponse,
  isCount,
  isLetter,
  isObject,
  isProblems,
  isStringArray,
  requestJson,
  unexpectedStatus,
  type JsonAnswer,
} from '../../internal/http-json.js';

/** Where and how a {@link HttpDeskAdapter} talks to its backend. */
export interface HttpDeskAdapterOptions {
  /** The desk API's base URL, e.g. `/api/desk/`; endpoint paths are resolved against it (end it with `/`). */
  readonly baseUrl: string | URL;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Whether the session cookie goes with the requests: `same-origin` (default) or `include` (an API on another origin). */
  readonly credentials?: 'same-origin' | 'include';
}

/** The header that carries the CSRF token on every POST and DELETE. */
export const CSRF_HEADER = 'x-csrf-token';

const DESK_ACTIONS: readonly string[] = ['accept', 'start', 'reply', 'mark-invalid', 'mark-duplicate'];
const isLocalized = (value: unknown): boolean =>
  isObject(value) && (typeof value.zh === 'string' || typeof value.mn === 'string');

function isStaffMember(value: unknown): value is StaffMember {
  return (
    isObject(value) &&
    typeof value.username === 'string' &&
    typeof value.name === 'string' &&
    typeof value.siteId === 'string' &&
    typeof value.orgCode === 'string' &&
    (value.role === 'dispatcher' || value.role === 'handler') &&
    isStringArray(value.mailboxIds)
  );
}

function isDeskLetter(value: unknown): value is DeskLetter {
  if (!isObject(value) || !isLetter(value.letter)) return false;
  const { contact, flags, mailbox, actions } = value;
  return (
    (contact === null ||
      (isObject(contact) && typeof contact.name === 'string' && typeof contact.phone === 'string')) &&
    isObject(flags) &&
    typeof flags.status === 'string' &&
    typeof flags.overdue === 'boolean' &&
    typeof value.published === 'boolean' &&
    isObject(mailbox) &&
    typeof mailbox.id === 'string' &&
    isLocalized(mailbox.name) &&
    isStringArray(actions) &&
    actions.every((a) => DESK_ACTIONS.includes(a))
  );
}

function isDeskLetterPage(value: unknown): value is DeskLetterPage {
  return (
    isObject(value) &&
    Array.isArray(value.items) &&
    value.items.every(isDeskLetter) &&
    isCount(value.total) &&
    isCount(value.page) &&
    isCount(value.pageSize) &&
    isCount(value.pageCount) &&
    isCount(value.overdue)
  );
}

const isDepartment = (value: unknown): value is DeskDepartment =>
  isObject(value) && typeof value.orgCode === 'string' && isLocalized(value.name);

/** Seconds to wait from a 429: the body's `retryAfterSeconds`, else the Retry-After header (seconds or a date). */
function retryAfter(answer: JsonAnswer): number {
  if (isObject(answer.json) && isCount(answer.json.retryAfterSeconds)) return answer.json.retryAfterSeconds;
  const header = answer.headers.get('retry-after')?.trim();
  if (header && /^\d+$/.test(header)) return Number(header);
  const at = header ? Date.parse(header) : NaN;
  if (!Number.isNaN(at)) return Math.max(0, Math.ceil((at - Date.now()) / 1000));
  return badResponse(answer, 'a rate limit { retryAfterSeconds } or a Retry-After header');
}

/**
 * A {@link DeskAdapter} that calls the desk's JSON HTTP API:
 *
 * | method | path | body → answer |
 * |---|---|---|
 * | POST | `session` | `{ username, password }` → 200 `{ staff, csrfToken }` · 401 `{ error: 'sign-in' }` · 429 `{ error: 'rate-limited', retryAfterSeconds }` |
 * | GET | `session` | → 200 `{ staff, csrfToken }` · 401 `{ error: 'not-signed-in' }` |
 * | DELETE | `session` | → 204 |
 * | GET | `letters?view&mailboxId&page&pageSize` | → 200 DeskLetterPage |
 * | GET | `letters/{id}` | → 200 DeskLetter · 404 |
 * | GET | `departments` | → 200 `{ items: DeskDepartment[] }` |
 * | POST | `letters/{id}/steps` | DeskStep → 200 DeskLetter · 403 `{ error: 'forbidden', reason }` · 404 · 409 `{ error: 'conflict', letter }` · 422 `{ problems }` |
 *
 * Any request: 401 `{ error: 'not-signed-in' }` → `NotSignedInError`; 429 → `RateLimitedError`;
 * no answer, another status, or a body not of this shape → `AdapterRequestError`.
 */
export class HttpDeskAdapter implements DeskAdapter {
  readonly #base: URL;
  readonly #fetch: typeof fetch;
  readonly #credentials: RequestCredentials;
  /** The CSRF token of the last session answer; kept in memory only. */
  #csrfToken: string | undefined;

  constructor(options: HttpDeskAdapterOptions) {
    this.#base = adapterBaseUrl('HttpDeskAdapter', options.baseUrl);
    // Bound: a bare `fetch` called as a method of another object throws "Illegal invocation".
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#credentials = options.credentials ?? 'same-origin';
  }

  /** Sends a request, mapping what any request may answer (401 not signed in, 429). */
  async #send(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<JsonAnswer> {
    const headers = method !== 'GET' && this.#csrfToken ? { [CSRF_HEADER]: this.#csrfToken } : undefined;
    const answer = await requestJson(this.#fetch, this.#base, {
      method,
      path,
      body,
      credentials: this.#credentials,
      ...(headers ? { headers } : {}),
    });
    if (answer.status === 429) throw new RateLimitedError(retryAfter(answer));
    if (answer.status === 401 && isObject(answer.json) && answer.json.error === 'not-signed-in') {
      this.#csrfToken = undefined;
      throw new NotSignedInError();
    }
    return answer;
  }

  /**
   * A POST or DELETE of a session: makes sure there is a CSRF token first (asks for the session
   * after a reload). A 403 may mean the token is stale — the member signed in again in another tab,
   * which gave the shared cookie a new session — so the session's token is asked for once more, and
   * the request sent again only if it changed (a real refusal keeps its token and is returned).
   */
  async #change(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<JsonAnswer> {
    if (this.#csrfToken === undefined && (await this.#session()) === null) throw new NotSignedInError();
    const sent = this.#csrfToken;
    const answer = await this.#send(method, path, body);
    if (answer.status !== 403) return answer;
    if ((await this.#session()) === null) throw new NotSignedInError();
    return this.#csrfToken === sent ? answer : this.#send(method, path, body);
  }

  /** Reads a `{ staff, csrfToken }` answer and keeps its token. */
  #signedIn(answer: JsonAnswer): StaffMember {
    const json = answer.json;
    if (!isObject(json) || !isStaffMember(json.staff) || typeof json.csrfToken !== 'string' || json.csrfToken === '')
      badResponse(answer, 'a session { staff, csrfToken }');
    this.#csrfToken = json.csrfToken;
    return json.staff;
  }

  /** GET session: the member, or null when nobody is signed in. */
  async #session(): Promise<StaffMember | null> {
    let answer: JsonAnswer;
    try {
      answer = await this.#send('GET', 'session');
    } catch (error) {
      if (error instanceof NotSignedInError) return null;
      throw error;
    }
    if (answer.status !== 200) unexpectedStatus(answer);
    // Asked with no session, a server may answer 200 `{ staff: null }` (no error in the console).
    if (isObject(answer.json) && answer.json.staff === null) {
      this.#csrfToken = undefined;
      return null;
    }
    return this.#signedIn(answer);
  }

  async signIn(username: string, password: string): Promise<StaffMember> {
    // No token is asked for first: before signing in there is no session to take one from.
    const answer = await this.#send('POST', 'session', { username, password });
    if (answer.status === 401 && isObject(answer.json) && answer.json.error === 'sign-in') throw new SignInError();
    if (answer.status !== 200) unexpectedStatus(answer);
    return this.#signedIn(answer);
  }

  async signOut(): Promise<void> {
    let answer: JsonAnswer;
    try {
      answer = await this.#change('DELETE', 'session');
    } catch (error) {
      // Nobody was signed in (any more): signing out has nothing to do.
      if (error instanceof NotSignedInError) return;
      throw error;
    }
    if (answer.status !== 204 && answer.status !== 200) unexpectedStatus(answer);
    this.#csrfToken = undefined;
  }

  currentStaff(): Promise<StaffMember | null> {
    return this.#session();
  }

  async listLetters(query: DeskLettersQuery = {}): Promise<DeskLetterPage> {
    const params = new URLSearchParams();
    if (query.view) params.set('view', query.view);
    if (query.mailboxId) params.set('mailboxId', query.mailboxId);
    if (query.page !== undefined) params.set('page', String(query.page));
    if (query.pageSize !== undefined) params.set('pageSize', String(query.pageSize));
    const answer = await this.#send('GET', `letters${params.size ? `?${params}` : ''}`);
    if (answer.status !== 200) unexpectedStatus(answer);
    if (!isDeskLetterPage(answer.json))
      badResponse(answer, 'a page of desk letters { items, total, page, pageSize, pageCount, overdue }');
    return answer.json;
  }

  async letter(id: string): Promise<DeskLetter | null> {
    const answer = await this.#send('GET', `letters/${encodeURIComponent(id)}`);
    if (answer.status === 404) return null;
    if (answer.status !== 200) unexpectedStatus(answer);
    if (!isDeskLetter(answer.json))
      badResponse(answer, 'a desk letter { letter, contact, flags, published, mailbox, actions }');
    return answer.json;
  }

  async departments(): Promise<readonly DeskDepartment[]> {
    const answer = await this.#send('GET', 'departments');
    if (answer.status !== 200) unexpectedStatus(answer);
    const json = answer.json;
    if (!isObject(json) || !Array.isArray(json.items) || !json.items.every(isDepartment))
      badResponse(answer, 'departments { items: [{ orgCode, name }] }');
    return json.items as DeskDepartment[];
  }

  async takeStep(letterId: string, step: DeskStep): Promise<DeskLetter> {
    const answer = await this.#change('POST', `letters/${encodeURIComponent(letterId)}/steps`, step);
    const json = answer.json;
    switch (answer.status) {
      case 200:
        if (!isDeskLetter(json)) badResponse(answer, 'a desk letter');
        return json;
      case 403:
        if (!isObject(json) || json.error !== 'forbidden' || typeof json.reason !== 'string')
          badResponse(answer, "a refusal { error: 'forbidden', reason }");
        throw new DeskForbiddenError(json.reason);
      case 404:
        throw new DeskForbiddenError(`There is no letter "${letterId}" on this desk.`);
      case 409:
        if (!isObject(json) || json.error !== 'conflict' || (json.letter !== null && !isDeskLetter(json.letter)))
          badResponse(answer, "a conflict { error: 'conflict', letter }");
        throw new DeskConflictError(step.action as DeskAction, json.letter as DeskLetter | null);
      case 422:
        if (!isObject(json) || !isProblems(json.problems)) badResponse(answer, 'problems { problems }');
        throw new SubmissionInvalidError(json.problems);
      default:
        return unexpectedStatus(answer);
    }
  }
}
