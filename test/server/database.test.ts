// The database layer on both engines: migrations apply once, an import run again adds only what is
// new and keeps what the desk changed, and a server that cannot be reached is a clear error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseError, MIGRATIONS, importCluster, migrate, openDatabase, type Database } from '@bichig/server';
import { BACKENDS, fixtureCluster } from './support.js';

for (const backend of BACKENDS) {
  describe(`@bichig/server database on ${backend.name}`, () => {
    let db: Database;
    let drop: () => Promise<void>;
    before(async () => {
      ({ db, drop } = await backend.open());
    });
    after(async () => drop?.());

    it('applies every migration once', async () => {
      assert.deepEqual(
        await migrate(db),
        MIGRATIONS.map((m) => m.version),
      );
      assert.deepEqual(await migrate(db), []);
      const tables = await db.query<{ name: string }>(
        `select table_name as name from information_schema.tables where table_schema = current_schema() order by 1`,
      );
      assert.deepEqual(
        tables.map((t) => t.name),
        [
          'cluster_settings',
          'departments',
          'letters',
          'mailboxes',
          'schema_migrations',
          'search_files',
          'sessions',
          'sites',
          'staff',
          'survey_responses',
          'surveys',
        ],
      );
    });

    it('imports a site once: run again, it adds nothing and keeps a letter the desk changed', async () => {
      const cluster = await fixtureCluster();
      const first = await importCluster(db, cluster, ['xlgl-mn']);
      assert.equal(first.letters, cluster.site('xlgl-mn').letters.length);
      const [row] = await db.query<{ id: string }>(`select id from letters where status = 'received' limit 1`);
      assert.ok(row);
      await db.query(`update letters set status = 'accepted', version = version + 1 where id = $1`, [row.id]);
      const second = await importCluster(db, cluster, ['xlgl-mn']);
      assert.equal(second.letters, 0);
      const [kept] = await db.query<{ status: string }>(`select status from letters where id = $1`, [row.id]);
      assert.equal(kept?.status, 'accepted');
      // Only public replies are published; private letters are kept for the desk, unpublished.
      const published = await db.query<{ public: boolean; status: string }>(
        `select public, status from letters where published`,
      );
      assert.ok(published.length > 0);
      assert.ok(published.every((l) => l.public && l.status === 'replied'));
    });

    it('rolls a failed transaction back', async () => {
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.query(`insert into cluster_settings (key, value) values ('probe', '1')`);
          throw new Error('stop');
        }),
        /stop/,
      );
      assert.equal((await db.query(`select 1 from cluster_settings where key = 'probe'`)).length, 0);
    });
  });
}

describe('@bichig/server openDatabase', () => {
  it('says which server it could not reach, without its password', async () => {
    await assert.rejects(openDatabase({ url: 'postgres://someone:secret@127.0.0.1:1/nowhere' }), (error: unknown) => {
      assert.ok(error instanceof DatabaseError);
      assert.match(error.message, /127\.0\.0\.1:1/);
      assert.equal(error.message.includes('secret'), false);
      return true;
    });
  });
});
