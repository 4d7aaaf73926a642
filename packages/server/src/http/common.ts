// Pieces every route uses: who is asking, reading a JSON body, and the "too many" answer.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Hono's environment for the server's routes. */
export interface ServerEnv {
  Variables: {
    /** The client's address as a trusted proxy names it (`createApp`'s `trustProxy`); the socket's otherwise. */
    clientAddress?: string;
  };
}

/** The address a request came from, as the rate limits count it. */
export function clientAddress<E extends ServerEnv>(c: Context<E>): string {
  const set = (c as unknown as Context<ServerEnv>).get('clientAddress');
  if (set) return set;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (tests calling app.request): one bucket for all.
    return 'unknown';
  }
}

/** The request's JSON body, or a 400 answer to return when it is not a JSON object. */
export async function readJson<T>(c: Context): Promise<T | Response> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json'))
    return c.json({ error: 'bad-request', reason: 'the body must be application/json' }, 415);
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return c.json({ error: 'bad-request', reason: 'the body is not JSON' }, 400);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return c.json({ error: 'bad-request', reason: 'the body must be a JSON object' }, 400);
  return body as T;
}

/** 429 with `Retry-After`. */
export function tooMany(c: Context, retryAfterSeconds: number): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json({ error: 'rate-limited', retryAfterSeconds }, 429);
}
