// Staff accounts and their sessions. A session is a random token in an httpOnly cookie; the
// database keeps only its SHA-256, beside the CSRF token the desk sends back with every change.
import { createHash, randomBytes } from 'node:crypto';
import type { StaffMember, StaffRole } from '@bichig/cluster/forms';
import type { Queryable } from '../db/database.js';
import { hashPassword } from '../security/passwords.js';

/** How long a session lasts: a working day. */
export const SESSION_HOURS = 10;

interface StaffRow extends Record<string, unknown> {
  username: string;
  site_id: string;
  name: string;
  org_code: string;
  role: StaffRole;
  mailbox_ids: string[];
  password_hash: string;
}

function memberOf(row: StaffRow): StaffMember {
  return {
    username: row.username,
    name: row.name,
    siteId: row.site_id,
    orgCode: row.org_code,
    role: row.role,
    mailboxIds: row.mailbox_ids,
  };
}

/** A member of staff and their password (hashed before it is stored). */
export interface NewStaff extends StaffMember {
  readonly password: string;
}

/** Adds a member of staff, or replaces one with the same name. */
export async function putStaff(db: Queryable, staff: NewStaff): Promise<StaffMember> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(staff.username))
    throw new RangeError(`"${staff.username}" is not a sign-in name: 3–64 lowercase letters, digits, dots, hyphens.`);
  const hash = await hashPassword(staff.password);
  await db.query(
    `insert into staff (username, site_id, name, org_code, role, mailbox_ids, password_hash)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (username) do update set site_id = excluded.site_id, name = excluded.name, org_code = excluded.org_code,
       role = excluded.role, mailbox_ids = excluded.mailbox_ids, password_hash = excluded.password_hash`,
    [staff.username, staff.siteId, staff.name, staff.orgCode, staff.role, JSON.stringify(staff.mailboxIds), hash],
  );
  const { password: _password, ...member } = staff;
  return member;
}

/** A member of staff with their password hash, by name. */
export async function findStaff(
  db: Queryable,
  username: string,
): Promise<{ member: StaffMember; passwordHash: string } | null> {
  const rows = await db.query<StaffRow>(`select * from staff where username = $1`, [username]);
  const row = rows[0];
  return row ? { member: memberOf(row), passwordHash: row.password_hash } : null;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A new session: the cookie's token and the CSRF token. */
export async function createSession(
  db: Queryable,
  username: string,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.query(`delete from sessions where expires_at <= $1`, [now.toISOString()]);
  await db.query(
    `insert into sessions (token_hash, username, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5)`,
    [tokenHash(token), username, csrfToken, now.toISOString(), expiresAt.toISOString()],
  );
  return { token, csrfToken, expiresAt };
}

/** Who a session token belongs to, while it lasts. */
export async function sessionOf(
  db: Queryable,
  token: string,
  now: Date,
): Promise<{ staff: StaffMember; csrfToken: string } | null> {
  const rows = await db.query<StaffRow & { csrf_token: string }>(
    `select s.*, x.csrf_token from sessions x join staff s on s.username = x.username
      where x.token_hash = $1 and x.expires_at > $2`,
    [tokenHash(token), now.toISOString()],
  );
  const row = rows[0];
  return row ? { staff: memberOf(row), csrfToken: row.csrf_token } : null;
}

/** Ends a session. */
export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query(`delete from sessions where token_hash = $1`, [tokenHash(token)]);
}
