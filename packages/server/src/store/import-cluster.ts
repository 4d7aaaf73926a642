// Importing a cluster's records into the database: the calendar, every site with its mailboxes,
// letters (private ones too: the desk needs them) and surveys, and the departments letters can be
// routed to. Run once (`npm run db:seed`); running it again adds what is new and keeps every letter
// the desk has changed since.
import { currentStatus, type Cluster, type Org } from '@bichig/cluster';
import type { Database } from '../db/database.js';
import { insertLetter } from './site-forms.js';

/** What an import did. */
export interface ImportSummary {
  readonly sites: number;
  readonly mailboxes: number;
  /** Letters added (letters already there are kept as they are). */
  readonly letters: number;
  readonly surveys: number;
}

/**
 * The departments a site's dispatcher routes letters to: the site's own organisation, those that
 * report to it, and any that handled its letters before.
 */
export function routingDepartments(cluster: Cluster, siteId: string): Org[] {
  const site = cluster.site(siteId);
  const codes = new Set([site.orgCode]);
  for (const org of cluster.orgs.values()) if (org.parentCode === site.orgCode) codes.add(org.code);
  for (const letter of site.letters) if (letter.handlingOrgCode) codes.add(letter.handlingOrgCode);
  return [...codes].map((code) => cluster.orgs.get(code)).filter((org): org is Org => org !== undefined);
}

/** Imports the sites of a loaded cluster (all of them unless `siteIds` names some). */
export async function importCluster(
  db: Database,
  cluster: Cluster,
  siteIds: readonly string[] = [...cluster.sites.keys()],
): Promise<ImportSummary> {
  let mailboxes = 0;
  let letters = 0;
  let surveys = 0;
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into cluster_settings (key, value) values ('calendar', $1)
       on conflict (key) do update set value = excluded.value`,
      [JSON.stringify(cluster.calendar.data)],
    );
    for (const siteId of siteIds) {
      const site = cluster.site(siteId);
      await tx.query(
        `insert into sites (id, name, org_code) values ($1, $2, $3)
         on conflict (id) do update set name = excluded.name, org_code = excluded.org_code`,
        [site.id, JSON.stringify(site.name), site.orgCode],
      );
      for (const org of routingDepartments(cluster, siteId)) {
        await tx.query(
          `insert into departments (site_id, org_code, name) values ($1, $2, $3)
           on conflict (site_id, org_code) do update set name = excluded.name`,
          [site.id, org.code, JSON.stringify(org.name)],
        );
      }
      for (const mailbox of site.mailboxes) {
        await tx.query(
          `insert into mailboxes (site_id, id, data) values ($1, $2, $3)
           on conflict (site_id, id) do update set data = excluded.data`,
          [site.id, mailbox.id, JSON.stringify(mailbox)],
        );
        mailboxes++;
      }
      for (const letter of site.letters) {
        const known = await tx.query(`select 1 from letters where site_id = $1 and id = $2`, [site.id, letter.id]);
        if (known.length) continue;
        // A replied letter whose writer agreed is already on the site's list of replies.
        await insertLetter(tx, site.id, letter, {
          contact: null,
          published: letter.public && currentStatus(letter) === 'replied',
        });
        letters++;
      }
      for (const survey of site.surveys) {
        const inserted = await tx.query(
          `insert into surveys (site_id, id, data) values ($1, $2, $3)
           on conflict (site_id, id) do nothing returning id`,
          [site.id, survey.id, JSON.stringify(survey)],
        );
        surveys += inserted.length;
      }
    }
  });
  return { sites: siteIds.length, mailboxes, letters, surveys };
}
