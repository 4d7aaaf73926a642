// The records the forms and the desk read beside letters: the cluster's work calendar, a site's
// mailboxes and the departments letters can be routed to.
import { WorkCalendar, type Localized, type Mailbox, type WorkCalendarData } from '@bichig/cluster';
import type { DeskDepartment } from '@bichig/cluster/forms';
import type { Queryable } from '../db/database.js';

/** The database holds no cluster yet: run the seed (`npm run db:seed`) or import one. */
export class NotSeededError extends Error {
  override readonly name = 'NotSeededError';
  constructor(what: string) {
    super(`The database holds no ${what}: import a cluster first (npm run db:seed -w @bichig/server).`);
  }
}

/** The cluster's work calendar. */
export async function loadCalendar(db: Queryable): Promise<WorkCalendar> {
  const rows = await db.query<{ value: WorkCalendarData }>(`select value from cluster_settings where key = 'calendar'`);
  const data = rows[0]?.value;
  if (!data) throw new NotSeededError('work calendar');
  return new WorkCalendar(data);
}

/** A site's mailboxes by id. */
export async function loadMailboxes(db: Queryable, siteId: string): Promise<Map<string, Mailbox>> {
  const rows = await db.query<{ data: Mailbox }>(`select data from mailboxes where site_id = $1 order by id`, [siteId]);
  return new Map(rows.map((r) => [r.data.id, r.data]));
}

/** The departments of a site letters can be routed to, by code. */
export async function loadDepartments(db: Queryable, siteId: string): Promise<DeskDepartment[]> {
  const rows = await db.query<{ org_code: string; name: Localized }>(
    `select org_code, name from departments where site_id = $1 order by org_code`,
    [siteId],
  );
  return rows.map((r) => ({ orgCode: r.org_code, name: r.name }));
}

/** Whether the site exists. */
export async function siteExists(db: Queryable, siteId: string): Promise<boolean> {
  return (await db.query(`select 1 from sites where id = $1`, [siteId])).length > 0;
}
