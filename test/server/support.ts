// The server's tests run on both databases it supports: embedded PGlite (in memory) and a
// PostgreSQL server (scripts/ensure-postgres.mjs finds, installs or starts one). Each test database
// on the server is a schema of its own, dropped at the end, so test files may run side by side.
import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import pg from 'pg';
import type { Cluster } from '@bichig/cluster';
import { loadXilingolFixture } from '@bichig/fixtures';
import { createApp, importCluster, migrate, openDatabase, type AppOptions, type Database } from '@bichig/server';
import { ensurePostgres } from '../../scripts/ensure-postgres.mjs';

/** A database the tests can open, and how to throw it away. */
export interface Backend {
  readonly name: 'PGlite' | 'PostgreSQL';
  open(): Promise<{ db: Database; drop: () => Promise<void> }>;
}

export const BACKENDS: readonly Backend[] = [
  {
    name: 'PGlite',
    async open() {
      const db = await openDatabase();
      return { db, drop: () => db.close() };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const url = ensurePostgres();
      if (!url) throw new Error('No PostgreSQL server for the tests: see scripts/ensure-postgres.mjs.');
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      const db = await openDatabase({ url: scoped.toString() });
      return {
        db,
        async drop() {
          await db.close();
          await admin.query(`drop schema ${schema} cascade`);
          await admin.end();
        },
      };
    },
  },
];

let fixture: Promise<Cluster> | undefined;
/** The Xilingol fixture cluster, loaded once per file. */
export function fixtureCluster(): Promise<Cluster> {
  fixture ??= loadXilingolFixture().then((r) => r.cluster);
  return fixture;
}

/** A migrated database holding the given sites of the fixture. */
export async function seededDatabase(backend: Backend, siteIds: readonly string[]) {
  const opened = await backend.open();
  await migrate(opened.db);
  const cluster = await fixtureCluster();
  await importCluster(opened.db, cluster, siteIds);
  return { ...opened, cluster };
}

/** The app listening on a free port of 127.0.0.1. */
export async function listen(
  db: Database,
  options: AppOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp(db, options);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
