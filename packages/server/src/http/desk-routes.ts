// The staff desk's API (`HttpDeskAdapter` in @bichig/elements speaks it), mounted at `/api/desk`.
// A session is an httpOnly, SameSite=Strict cookie scoped to this path; every change (POST,
// DELETE) must carry the session's CSRF token in `x-csrf-token`; sign-in attempts are limited per
// name and per address.
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  DeskConflictError,
  DeskForbiddenError,
  SubmissionInvalidError,
  type DeskLettersQuery,
  type DeskStep,
  type StaffMember,
} from '@bichig/cluster/forms';
import type { Database } from '../db/database.js';
import { NO_ACCOUNT_HASH, verifyPassword } from '../security/passwords.js';
import { RateLimiter } from '../security/rate-limit.js';
import { StaffDesk } from '../store/desk.js';
import { SESSION_HOURS, createSession, endSession, findStaff, sessionOf } from '../store/staff.js';
import { clientAddress, readJson, tooMany, type ServerEnv } from './common.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'bichig_desk';

/** How the desk's routes are set up. */
export interface DeskRoutesOptions {
  /** The clock; tests pin it. */
  readonly now?: () => Date;
  /**
   * Whether the cookie is `Secure` (sent over HTTPS only; browsers also send it to http://localhost).
   * True by default; false only for a test server reached over plain HTTP by another name.
   */
  readonly secureCookies?: boolean;
  /** Failed sign-ins allowed per name and per address in a window (default 10 per 15 minutes). */
  readonly signIn?: { readonly limit: number; readonly windowMs: number };
}

type DeskEnv = ServerEnv & { Variables: { staff: StaffMember; csrfToken: string; token: string } };

const VIEWS = new Set(['open', 'closed', 'all']);

/** The desk's routes. */
export function deskRoutes(db: Database, options: DeskRoutesOptions = {}): Hono<DeskEnv> {
  const app = new Hono<DeskEnv>();
  const now = options.now ?? (() => new Date());
  const limit = options.signIn ?? { limit: 10, windowMs: 15 * 60_000 };
  const byName = new RateLimiter(limit);
  const byAddress = new RateLimiter({ limit: limit.limit * 5, windowMs: limit.windowMs });
  const cookie = {
    path: '/api/desk',
    httpOnly: true,
    secure: options.secureCookies ?? true,
    sameSite: 'Strict' as const,
  };

  app.post('/session', async (c) => {
    const body = await readJson<{ username?: unknown; password?: unknown }>(c);
    if (body instanceof Response) return body;
    const username = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const wait = Math.max(byName.take(username), byAddress.take(clientAddress(c)));
    if (wait) return tooMany(c, wait);
    const found = username ? await findStaff(db, username) : null;
    // An unknown name costs a hash check too, so the answer's time does not say which names exist.
    const ok = await verifyPassword(password, found?.passwordHash ?? NO_ACCOUNT_HASH);
    if (!found || !ok) return c.json({ error: 'sign-in' }, 401);
    byName.reset(username);
    const session = await createSession(db, found.member.username, now());
    setCookie(c, SESSION_COOKIE, session.token, { ...cookie, maxAge: SESSION_HOURS * 3600 });
    return c.json({ staff: found.member, csrfToken: session.csrfToken });
  });

  /** The request's live session (its cookie's token and who it signs in), or null. */
  const sessionFor = async (c: Context) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await sessionOf(db, token, now()) : null;
    return token && session ? { token, ...session } : null;
  };

  // Asking whether one is signed in is no error: without a session, 200 `{ staff: null }` (a 401
  // would put an error in the browser's console at every visit of the desk).
  app.get('/session', async (c) => {
    const session = await sessionFor(c);
    return c.json(session ? { staff: session.staff, csrfToken: session.csrfToken } : { staff: null });
  });

  // Everything below needs a session; changes need its CSRF token too.
  app.use('*', async (c, next) => {
    const session = await sessionFor(c);
    if (!session) return c.json({ error: 'not-signed-in' }, 401);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.header('x-csrf-token') !== session.csrfToken)
      return c.json({ error: 'forbidden', reason: 'the request lacks the session’s CSRF token' }, 403);
    c.set('staff', session.staff);
    c.set('csrfToken', session.csrfToken);
    c.set('token', session.token);
    await next();
  });

  app.delete('/session', async (c) => {
    await endSession(db, c.get('token'));
    deleteCookie(c, SESSION_COOKIE, cookie);
    return c.body(null, 204);
  });

  const desk = (c: Context<DeskEnv>) => new StaffDesk(db, c.get('staff'), now);

  app.get('/letters', async (c) => {
    const view = c.req.query('view');
    const page = Number(c.req.query('page') ?? '1');
    const pageSize = Number(c.req.query('pageSize') ?? '20');
    const mailboxId = c.req.query('mailboxId');
    const query: DeskLettersQuery = {
      ...(view && VIEWS.has(view) ? { view: view as DeskLettersQuery['view'] } : {}),
      ...(mailboxId ? { mailboxId } : {}),
      ...(Number.isFinite(page) ? { page } : {}),
      ...(Number.isFinite(pageSize) ? { pageSize } : {}),
    };
    return c.json(await desk(c).listLetters(query));
  });

  app.get('/letters/:id', async (c) => {
    const letter = await desk(c).letter(c.req.param('id'));
    return letter ? c.json(letter) : c.json({ error: 'not-found' }, 404);
  });

  app.get('/departments', async (c) => c.json({ items: await desk(c).departments() }));

  app.post('/letters/:id/steps', async (c) => {
    const step = await readJson<DeskStep>(c);
    if (step instanceof Response) return step;
    try {
      const letter = await desk(c).takeStep(c.req.param('id'), step);
      return letter ? c.json(letter) : c.json({ error: 'not-found' }, 404);
    } catch (error) {
      if (error instanceof SubmissionInvalidError) return c.json({ problems: error.problems }, 422);
      if (error instanceof DeskForbiddenError) return c.json({ error: 'forbidden', reason: error.reason }, 403);
      if (error instanceof DeskConflictError) return c.json({ error: 'conflict', letter: error.letter }, 409);
      throw error;
    }
  });

  return app;
}
