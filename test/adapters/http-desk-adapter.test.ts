// HttpDeskAdapter against a fake fetch: every documented answer of the desk's HTTP API, mapped to
// its result or error; the CSRF token on every POST and DELETE (asked for with GET session when the
// adapter has none); answers not of the documented shape are AdapterRequestErrors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpDeskAdapter, CSRF_HEADER } from '../../packages/elements/src/desk/adapter/http.js';
import {
  AdapterRequestError,
  DeskConflictError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  SubmissionInvalidError,
  type DeskLetter,
  type StaffMember,
} from '@bichig/cluster/forms';

const STAFF: StaffMember = {
  username: 'bgs',
  name: '盟行政公署办公室',
  siteId: 'xlgl',
  orgCode: '111525009MDLRLRJ15',
  role: 'dispatcher',
  mailboxIds: ['leader', 'messages'],
};

const DESK_LETTER: DeskLetter = {
  letter: {
    id: 'letter-1',
    mailboxId: 'leader',
    queryCode: 'ABCD2345EF',
    purpose: 'consult',
    language: 'zh',
    subject: '草场补贴',
    body: ['请问补贴何时发放？'],
    public: true,
    submittedAt: '2026-11-18T16:16:00+08:00',
    history: [{ status: 'received', at: '2026-11-18T16:16:00+08:00' }],
  },
  contact: { name: '巴特尔', phone: '13800000000' },
  flags: { status: 'received', overdue: false },
  published: false,
  mailbox: { id: 'leader', name: { zh: '盟长信箱', mn: 'ᠴᠢᠭᠤᠯᠭᠠᠨ ᠳᠠᠷᠤᠭ᠎ᠠ ᠶᠢᠨ ᠰᠢᠭᠤᠳᠠᠭᠠᠨ ᠬᠠᠶᠢᠷᠴᠠᠭ' } },
  actions: ['accept', 'mark-invalid', 'mark-duplicate'],
};

interface Call {
  method: string;
  path: string;
  search: string;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}
type Reply = { status: number; body?: unknown; headers?: Record<string, string>; raw?: string } | Error;

/** A fetch that answers from `route` and records every call. */
function fakeServer(route: (call: Call) => Reply) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const call: Call = {
      method: init.method ?? 'GET',
      path: url.pathname,
      search: url.search,
      headers,
      body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
      credentials: init.credentials,
    };
    calls.push(call);
    const reply = route(call);
    if (reply instanceof Error) throw reply;
    const text = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    return new Response(reply.status === 204 ? null : text, { status: reply.status, headers: reply.headers ?? {} });
  };
  return { fetch, calls };
}

const BASE = 'https://desk.example/api/desk/';
const session = { status: 200, body: { staff: STAFF, csrfToken: 'token-1' } };

/** A server with a session (token-1), answering `route` for everything else. */
function signedInServer(route: (call: Call) => Reply = () => ({ status: 500 })) {
  return fakeServer((call) => (call.path === '/api/desk/session' && call.method === 'GET' ? session : route(call)));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

describe('HttpDeskAdapter: session', () => {
  it('signs in with POST session, keeps the token and sends it on the next POST', async () => {
    const { fetch, calls } = fakeServer((call) => {
      if (call.method === 'POST' && call.path === '/api/desk/session') return session;
      if (call.method === 'POST') return { status: 200, body: DESK_LETTER };
      return { status: 500 };
    });
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    const staff = await adapter.signIn('bgs', 'secret');
    assert.equal(staff.username, 'bgs');
    assert.deepEqual(calls[0]!.body, { username: 'bgs', password: 'secret' });
    assert.equal(calls[0]!.credentials, 'same-origin');
    await adapter.takeStep('letter-1', { action: 'start' });
    assert.equal(calls.length, 2, 'no GET session: the token is known');
    assert.equal(calls[1]!.headers[CSRF_HEADER], 'token-1');
    assert.equal(calls[1]!.path, '/api/desk/letters/letter-1/steps');
    assert.deepEqual(calls[1]!.body, { action: 'start' });
  });

  it('a wrong name or password (401 sign-in) is a SignInError', async () => {
    const { fetch } = fakeServer(() => ({ status: 401, body: { error: 'sign-in' } }));
    const error = await rejection(new HttpDeskAdapter({ baseUrl: BASE, fetch }).signIn('bgs', 'wrong'));
    assert.equal(error instanceof SignInError, true);
  });

  it('429 on sign-in is a RateLimitedError with the seconds of the body, else of Retry-After', async () => {
    const fromBody = fakeServer(() => ({
      status: 429,
      body: { error: 'rate-limited', retryAfterSeconds: 42 },
      headers: { 'Retry-After': '42' },
    }));
    const error = await rejection(new HttpDeskAdapter({ baseUrl: BASE, fetch: fromBody.fetch }).signIn('a', 'b'));
    assert.equal(error instanceof RateLimitedError, true);
    assert.equal((error as RateLimitedError).retryAfterSeconds, 42);
    const fromHeader = fakeServer(() => ({ status: 429, raw: 'Too many', headers: { 'Retry-After': '30' } }));
    const other = await rejection(new HttpDeskAdapter({ baseUrl: BASE, fetch: fromHeader.fetch }).signIn('a', 'b'));
    assert.equal((other as RateLimitedError).retryAfterSeconds, 30);
  });

  it('currentStaff: 200 is the member; 200 { staff: null } and 401 not-signed-in are null', async () => {
    const inServer = signedInServer();
    assert.equal(
      (await new HttpDeskAdapter({ baseUrl: BASE, fetch: inServer.fetch }).currentStaff())?.name,
      STAFF.name,
    );
    const outServer = fakeServer(() => ({ status: 401, body: { error: 'not-signed-in' } }));
    assert.equal(await new HttpDeskAdapter({ baseUrl: BASE, fetch: outServer.fetch }).currentStaff(), null);
    const emptyServer = fakeServer(() => ({ status: 200, body: { staff: null } }));
    assert.equal(await new HttpDeskAdapter({ baseUrl: BASE, fetch: emptyServer.fetch }).currentStaff(), null);
  });

  it('after a reload (no token) a step first asks GET session for the token', async () => {
    const { fetch, calls } = signedInServer(() => ({ status: 200, body: DESK_LETTER }));
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch, credentials: 'include' });
    await adapter.takeStep('letter 1/x', { action: 'mark-invalid', note: '无关内容' });
    assert.deepEqual(
      calls.map((c) => `${c.method} ${c.path}`),
      ['GET /api/desk/session', 'POST /api/desk/letters/letter%201%2Fx/steps'],
    );
    assert.equal(calls[1]!.headers[CSRF_HEADER], 'token-1');
    assert.equal(calls[1]!.credentials, 'include');
    assert.equal(calls[0]!.headers[CSRF_HEADER], undefined, 'no token on GET');
  });

  it('a stale token (signed in again in another tab) is renewed from GET session and the step sent once more', async () => {
    let current = 'token-1';
    const { fetch, calls } = fakeServer((call) => {
      if (call.path.endsWith('/session') && call.method === 'POST') return session;
      if (call.path.endsWith('/session') && call.method === 'GET')
        return { status: 200, body: { staff: STAFF, csrfToken: current } };
      if (call.headers[CSRF_HEADER] !== current)
        return { status: 403, body: { error: 'forbidden', reason: 'the request lacks the session’s CSRF token' } };
      return { status: 200, body: DESK_LETTER };
    });
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    await adapter.signIn('bgs', 'secret');
    current = 'token-2';
    await adapter.takeStep('letter-1', { action: 'start' });
    assert.deepEqual(
      calls.slice(1).map((c) => `${c.method} ${c.headers[CSRF_HEADER] ?? '-'}`),
      ['POST token-1', 'GET -', 'POST token-2'],
    );
  });

  it('a real refusal (the token did not change) is a DeskForbiddenError, sent once', async () => {
    const { fetch, calls } = signedInServer(() => ({ status: 403, body: { error: 'forbidden', reason: 'not yours' } }));
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    const error = await rejection(adapter.takeStep('x', { action: 'start' }));
    assert.equal((error as DeskForbiddenError).reason, 'not yours');
    assert.deepEqual(
      calls.map((c) => c.method),
      ['GET', 'POST', 'GET'],
    );
  });

  it('a step with no session at all is a NotSignedInError, and nothing is posted', async () => {
    const { fetch, calls } = fakeServer(() => ({ status: 401, body: { error: 'not-signed-in' } }));
    const error = await rejection(new HttpDeskAdapter({ baseUrl: BASE, fetch }).takeStep('x', { action: 'start' }));
    assert.equal(error instanceof NotSignedInError, true);
    assert.deepEqual(
      calls.map((c) => c.method),
      ['GET'],
    );
  });

  it('signs out with DELETE session carrying the token (204), then asks for the session again before a POST', async () => {
    const { fetch, calls } = signedInServer((call) =>
      call.method === 'DELETE' ? { status: 204 } : { status: 200, body: DESK_LETTER },
    );
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    await adapter.signOut();
    assert.deepEqual(
      calls.map((c) => `${c.method} ${c.path}`),
      ['GET /api/desk/session', 'DELETE /api/desk/session'],
    );
    assert.equal(calls[1]!.headers[CSRF_HEADER], 'token-1');
    await adapter.takeStep('letter-1', { action: 'start' });
    assert.equal(calls[2]!.method, 'GET', 'the token was forgotten on signing out');
  });

  it('signing out with nobody signed in does nothing', async () => {
    const { fetch, calls } = fakeServer(() => ({ status: 401, body: { error: 'not-signed-in' } }));
    await new HttpDeskAdapter({ baseUrl: BASE, fetch }).signOut();
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.method, 'GET');
  });

  it('a session ended on the server (401 not-signed-in on any request) is a NotSignedInError and forgets the token', async () => {
    let ended = false;
    const { fetch, calls } = fakeServer((call) => {
      if (call.path.endsWith('/session') && call.method === 'POST') return session;
      if (ended) return { status: 401, body: { error: 'not-signed-in' } };
      return { status: 200, body: DESK_LETTER };
    });
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    await adapter.signIn('bgs', 'secret');
    ended = true;
    for (const call of [
      () => adapter.listLetters(),
      () => adapter.letter('letter-1'),
      () => adapter.departments(),
      () => adapter.takeStep('letter-1', { action: 'start' }),
    ])
      assert.equal((await rejection(call())) instanceof NotSignedInError, true);
    const before = calls.length;
    await rejection(adapter.takeStep('letter-1', { action: 'start' }));
    assert.equal(calls[before]!.method, 'GET', 'no token any more: asks for the session first');
  });

  it('429 on any request is a RateLimitedError', async () => {
    const { fetch } = signedInServer(() => ({ status: 429, body: { error: 'rate-limited', retryAfterSeconds: 5 } }));
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    const error = await rejection(adapter.listLetters());
    assert.equal((error as RateLimitedError).retryAfterSeconds, 5);
  });
});

describe('HttpDeskAdapter: letters', () => {
  const page = { items: [DESK_LETTER], total: 1, page: 1, pageSize: 20, pageCount: 1, overdue: 0 };

  it('lists letters with view, mailbox, page and page size in the query', async () => {
    const { fetch, calls } = signedInServer(() => ({ status: 200, body: page }));
    const result = await new HttpDeskAdapter({ baseUrl: BASE, fetch }).listLetters({
      view: 'closed',
      mailboxId: 'leader',
      page: 2,
      pageSize: 10,
    });
    assert.equal(result.total, 1);
    assert.equal(calls[0]!.path, '/api/desk/letters');
    assert.equal(calls[0]!.search, '?view=closed&mailboxId=leader&page=2&pageSize=10');
  });

  it('a letter by id (URI-encoded); 404 is null', async () => {
    const { fetch, calls } = signedInServer((call) =>
      call.path.endsWith('/gone') ? { status: 404 } : { status: 200, body: DESK_LETTER },
    );
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    assert.equal((await adapter.letter('letter-1'))?.letter.id, 'letter-1');
    assert.equal(await adapter.letter('gone'), null);
    await adapter.letter('a?b');
    assert.equal(calls.at(-1)!.path, '/api/desk/letters/a%3Fb');
  });

  it('departments are the items of the answer', async () => {
    const { fetch } = signedInServer(() => ({
      status: 200,
      body: { items: [{ orgCode: 'X', name: { zh: '教育局' } }] },
    }));
    const departments = await new HttpDeskAdapter({ baseUrl: BASE, fetch }).departments();
    assert.equal(departments.length, 1);
    assert.equal(departments[0]!.orgCode, 'X');
  });

  it('step answers: 403 forbidden, 404, 409 conflict with the letter now, 422 problems', async () => {
    const now = { ...DESK_LETTER, actions: [], flags: { status: 'accepted', overdue: false } };
    const answers: Record<string, Reply> = {
      forbidden: { status: 403, body: { error: 'forbidden', reason: 'not yours' } },
      missing: { status: 404 },
      conflict: { status: 409, body: { error: 'conflict', letter: now } },
      gone: { status: 409, body: { error: 'conflict', letter: null } },
      invalid: { status: 422, body: { problems: [{ field: 'note', code: 'required' }] } },
    };
    const { fetch } = signedInServer((call) => answers[call.path.split('/')[4]!]!);
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    const forbidden = await rejection(adapter.takeStep('forbidden', { action: 'start' }));
    assert.equal(forbidden instanceof DeskForbiddenError, true);
    assert.equal((forbidden as DeskForbiddenError).reason, 'not yours');
    assert.equal(
      (await rejection(adapter.takeStep('missing', { action: 'start' }))) instanceof DeskForbiddenError,
      true,
    );
    const conflict = await rejection(adapter.takeStep('conflict', { action: 'accept', handlingOrgCode: 'X' }));
    assert.equal(conflict instanceof DeskConflictError, true);
    assert.equal((conflict as DeskConflictError).action, 'accept');
    assert.equal((conflict as DeskConflictError).letter?.flags.status, 'accepted');
    const gone = await rejection(adapter.takeStep('gone', { action: 'start' }));
    assert.equal((gone as DeskConflictError).letter, null);
    const invalid = await rejection(adapter.takeStep('invalid', { action: 'mark-invalid', note: '' }));
    assert.equal(invalid instanceof SubmissionInvalidError, true);
    assert.equal((invalid as SubmissionInvalidError).problems[0]!.field, 'note');
  });
});

describe('HttpDeskAdapter: failures', () => {
  const kindOf = async (promise: Promise<unknown>) => {
    const error = await rejection(promise);
    assert.equal(error instanceof AdapterRequestError, true, String(error));
    return (error as AdapterRequestError).kind;
  };

  it('no answer is a network AdapterRequestError', async () => {
    const { fetch } = fakeServer(() => new TypeError('Failed to fetch'));
    assert.equal(await kindOf(new HttpDeskAdapter({ baseUrl: BASE, fetch }).signIn('a', 'b')), 'network');
  });

  it('an undocumented status is an http AdapterRequestError with the status', async () => {
    const { fetch } = signedInServer(() => ({ status: 500, raw: 'boom' }));
    const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
    const error = await rejection(adapter.listLetters());
    assert.equal((error as AdapterRequestError).kind, 'http');
    assert.equal((error as AdapterRequestError).status, 500);
    assert.equal(await kindOf(adapter.departments()), 'http');
    assert.equal(await kindOf(adapter.takeStep('x', { action: 'start' })), 'http');
    const unknown401 = fakeServer(() => ({ status: 401, body: { error: 'something-else' } }));
    assert.equal(
      await kindOf(new HttpDeskAdapter({ baseUrl: BASE, fetch: unknown401.fetch }).signIn('a', 'b')),
      'http',
    );
  });

  it('bodies not of the documented shape are bad-response AdapterRequestErrors', async () => {
    const sessionServer = (body: unknown) => fakeServer(() => ({ status: 200, body }));
    const broken = [
      { staff: STAFF },
      { staff: { ...STAFF, role: 'admin' }, csrfToken: 't' },
      { staff: { ...STAFF, mailboxIds: 'leader' }, csrfToken: 't' },
    ];
    for (const body of broken)
      assert.equal(
        await kindOf(new HttpDeskAdapter({ baseUrl: BASE, fetch: sessionServer(body).fetch }).signIn('a', 'b')),
        'bad-response',
      );
    const notJson = fakeServer(() => ({ status: 200, raw: '<html>' }));
    assert.equal(
      await kindOf(new HttpDeskAdapter({ baseUrl: BASE, fetch: notJson.fetch }).currentStaff()),
      'bad-response',
    );
    const letterShapes: unknown[] = [
      { ...DESK_LETTER, actions: ['delete'] },
      { ...DESK_LETTER, published: 'yes' },
      { ...DESK_LETTER, letter: { ...DESK_LETTER.letter, body: 'one string' } },
      { ...DESK_LETTER, contact: { name: 'x' } },
      { ...DESK_LETTER, mailbox: { id: 'leader' } },
    ];
    for (const body of letterShapes) {
      const { fetch } = signedInServer(() => ({ status: 200, body }));
      const adapter = new HttpDeskAdapter({ baseUrl: BASE, fetch });
      assert.equal(await kindOf(adapter.letter('x')), 'bad-response');
      assert.equal(await kindOf(adapter.takeStep('x', { action: 'start' })), 'bad-response');
    }
    const pages = [{ items: [DESK_LETTER], total: 1, page: 1, pageSize: 20, pageCount: 1 }, { items: {} }];
    for (const body of pages) {
      const { fetch } = signedInServer(() => ({ status: 200, body }));
      assert.equal(await kindOf(new HttpDeskAdapter({ baseUrl: BASE, fetch }).listLetters()), 'bad-response');
    }
    const departments = signedInServer(() => ({ status: 200, body: { items: [{ orgCode: 1 }] } }));
    assert.equal(
      await kindOf(new HttpDeskAdapter({ baseUrl: BASE, fetch: departments.fetch }).departments()),
      'bad-response',
    );
    for (const reply of [
      { status: 403, body: { error: 'forbidden' } },
      { status: 409, body: { error: 'conflict', letter: { nope: true } } },
      { status: 422, body: { problems: 'many' } },
      { status: 429, raw: '' },
    ] as Reply[]) {
      const { fetch } = signedInServer(() => reply);
      assert.equal(
        await kindOf(new HttpDeskAdapter({ baseUrl: BASE, fetch }).takeStep('x', { action: 'start' })),
        'bad-response',
      );
    }
  });

  it('a base URL that is not a URL is a TypeError naming the adapter', () => {
    assert.throws(() => new HttpDeskAdapter({ baseUrl: 'no scheme here' }), /HttpDeskAdapter: baseUrl/);
  });
});
