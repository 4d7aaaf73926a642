// What the HTTP adapters (the forms' HttpFormAdapter, the desk's HttpDeskAdapter) share: one JSON
// request that turns a failure to reach the server or an answer that is not JSON into an
// AdapterRequestError, and the checks of the shapes both read (letters, problems), so a misbehaving
// server gives a clear error rather than a broken page.
import { AdapterRequestError, type SubmissionProblem } from '@bichig/cluster/forms';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((s) => typeof s === 'string');
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A stored letter (`Letter` of @bichig/cluster), as far as the elements read it. */
export function isLetter(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.queryCode === 'string' &&
    typeof value.subject === 'string' &&
    isStringArray(value.body) &&
    typeof value.submittedAt === 'string' &&
    Array.isArray(value.history) &&
    value.history.length > 0 &&
    value.history.every((e) => isObject(e) && typeof e.status === 'string' && typeof e.at === 'string') &&
    (value.reply === undefined ||
      (isObject(value.reply) && isStringArray(value.reply.body) && typeof value.reply.at === 'string'))
  );
}

export function isProblems(value: unknown): value is SubmissionProblem[] {
  return (
    Array.isArray(value) && value.every((p) => isObject(p) && typeof p.field === 'string' && typeof p.code === 'string')
  );
}

/** The base URL of an adapter, resolved against the page; a `TypeError` naming the adapter when it is not a URL. */
export function adapterBaseUrl(adapter: string, baseUrl: string | URL): URL {
  try {
    return new URL(baseUrl, globalThis.document?.baseURI);
  } catch (cause) {
    throw new TypeError(`${adapter}: baseUrl ${JSON.stringify(String(baseUrl))} is not a URL`, { cause });
  }
}

/** An answer: its status, its JSON body (`undefined` when empty), its headers and the request's label for errors. */
export interface JsonAnswer {
  readonly status: number;
  readonly json: unknown;
  readonly headers: Headers;
  /** e.g. `POST /api/desk/letters/x/steps`. */
  readonly label: string;
}

export interface JsonRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Resolved against `base`. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly credentials?: RequestCredentials;
}

/**
 * Sends one request. Rejects with `AdapterRequestError` `network` when there is no answer, and
 * `bad-response` when a successful answer is not JSON (an error answer that is not JSON gives
 * `json: undefined`, for the caller to map by its status).
 */
export async function requestJson(fetcher: typeof fetch, base: URL, request: JsonRequest): Promise<JsonAnswer> {
  const url = new URL(request.path, base);
  const label = `${request.method} ${url.pathname}${url.search}`;
  const body = request.body;
  let response: Response;
  try {
    response = await fetcher(url, {
      method: request.method,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...request.headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(request.credentials ? { credentials: request.credentials } : {}),
    });
  } catch (cause) {
    throw new AdapterRequestError('network', label, 'the server could not be reached', undefined, { cause });
  }
  let json: unknown;
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new AdapterRequestError('network', label, 'the answer was cut off', response.status, { cause });
  }
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    if (response.ok)
      throw new AdapterRequestError('bad-response', label, 'the answer is not JSON', response.status, { cause });
  }
  return { status: response.status, json, headers: response.headers, label };
}

/** An error status nobody documented for this request. */
export function unexpectedStatus(answer: JsonAnswer): never {
  throw new AdapterRequestError('http', answer.label, `the server answered ${answer.status}`, answer.status);
}

/** A documented status with a body not of the documented shape. */
export function badResponse(answer: JsonAnswer, what: string): never {
  throw new AdapterRequestError('bad-response', answer.label, `the answer is not ${what}`, answer.status);
}
