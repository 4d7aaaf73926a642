// The demo cluster's staff: one dispatcher per site with mailboxes (the site's own organisation,
// every mailbox) and one handler per department its letters are routed to. Passwords are given
// or drawn at random, and written where only the one who seeded can read them.
import { randomBytes } from 'node:crypto';
import type { Cluster } from '@bichig/cluster';
import type { Database } from './db/database.js';
import { routingDepartments } from './store/import-cluster.js';
import { findStaff, putStaff, type NewStaff } from './store/staff.js';

/** The sign-in name of a site's dispatcher and of a department's handler there. */
export function staffUsername(siteId: string, orgCode?: string): string {
  return orgCode ? `${siteId}.${orgCode.toLowerCase()}` : `${siteId}.dispatch`;
}

/** The desk accounts of the given sites; each gets `password`, or its own random one. */
export function demoStaff(cluster: Cluster, siteIds: readonly string[], password?: string): NewStaff[] {
  const accounts: NewStaff[] = [];
  const draw = () => password ?? randomBytes(12).toString('base64url');
  for (const siteId of siteIds) {
    const site = cluster.site(siteId);
    if (!site.mailboxes.length) continue;
    const mailboxIds = site.mailboxes.map((m) => m.id);
    const siteOrg = cluster.orgs.get(site.orgCode);
    accounts.push({
      username: staffUsername(siteId),
      name: `${siteOrg?.shortName?.zh ?? siteOrg?.name.zh ?? site.name.zh ?? siteId} · 分办`,
      siteId,
      orgCode: site.orgCode,
      role: 'dispatcher',
      mailboxIds,
      password: draw(),
    });
    for (const org of routingDepartments(cluster, siteId)) {
      accounts.push({
        username: staffUsername(siteId, org.code),
        name: org.shortName?.zh ?? org.name.zh ?? org.code,
        siteId,
        orgCode: org.code,
        role: 'handler',
        mailboxIds,
        password: draw(),
      });
    }
  }
  return accounts;
}

/**
 * Stores the accounts that are not there yet and answers them; an account already there keeps its
 * password (a seed run again must not lock staff out).
 */
export async function seedStaff(db: Database, accounts: readonly NewStaff[]): Promise<NewStaff[]> {
  const added: NewStaff[] = [];
  for (const account of accounts) {
    if (await findStaff(db, account.username)) continue;
    await putStaff(db, account);
    added.push(account);
  }
  return added;
}
